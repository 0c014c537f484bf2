using System.Reflection;

namespace Sora.Contracts.Benchmarks;

/// <summary>Files embedded at build time (see the csproj), so the benchmarks need no paths at run time.</summary>
internal static class Embedded
{
    /// <summary>spec/sora.openapi.yaml as it was when the benchmarks were built.</summary>
    public static string SpecText { get; } = ReadText("sora.openapi.yaml");

    /// <summary>The System.Text.Json source generator of the SDK that built the benchmarks.</summary>
    public static byte[] StjSourceGenerator() => ReadBytes("System.Text.Json.SourceGeneration.dll");

    private static string ReadText(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(string name)
    {
        using var stream = Open(name);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static Stream Open(string name) =>
        typeof(Embedded).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The resource '{name}' is not embedded in {typeof(Embedded).Assembly.GetName().Name}.");
}
