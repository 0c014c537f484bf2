using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sora.Contracts;

namespace Sora.Cli.Output;

/// <summary>The one JSON document a <c>--json</c> run prints on stdout (indented, UTF-8, one trailing line break).</summary>
internal static class JsonResult
{
    private static readonly JsonWriterOptions s_options = new() { Indented = true };

    public static void Write(CliIo io, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            write(writer);
        }

        io.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        io.Out.Flush();
    }

    /// <summary>A protocol object (a job, a page, a deletion) exactly as the spec's JSON context writes it.</summary>
    public static void Write<T>(CliIo io, T value, JsonTypeInfo<T> type) => Write(io, writer => JsonSerializer.Serialize(writer, value, type));

    /// <summary>A job as the spec's JSON context writes it.</summary>
    public static void Write(CliIo io, Video video) => Write(io, video, SoraJsonContext.Default.Video);

    /// <summary>An object with one string property per pair; null values are written as JSON null.</summary>
    public static void WriteObject(CliIo io, params (string Name, string? Value)[] properties) => Write(io, writer =>
    {
        writer.WriteStartObject();
        foreach (var (name, value) in properties)
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
    });
}
