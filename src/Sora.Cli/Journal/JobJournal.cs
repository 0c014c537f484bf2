using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sora.Cli.Journal;

/// <summary>
/// The local record of every job the CLI starts, so a crash, a kill or a lost network never loses a paid job: an
/// append-only file of JSON lines, each written whole and flushed to disk before the command goes on. A line torn by
/// a crash (the last one, without its line break) is skipped when read, and the next record starts on a fresh line.
/// </summary>
internal sealed class JobJournal(string path)
{
    public const string FileName = "jobs.jsonl";

    /// <summary>The journal file.</summary>
    public string Path { get; } = path;

    public static JobJournal For(CliIo io) => new(System.IO.Path.Combine(JournalFolder.For(io), FileName));

    /// <summary>Appends one record and flushes it to the disk.</summary>
    /// <exception cref="IOException">The journal cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The journal's folder is not writable.</exception>
    public void Append(JournalEntry entry)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var line = Serialize(entry);
        using var file = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, 1, FileOptions.None);
        var torn = false;
        if (file.Length > 0)
        {
            file.Seek(-1, SeekOrigin.End);
            torn = file.ReadByte() != '\n';
        }

        file.Seek(0, SeekOrigin.End);
        if (torn)
        {
            file.WriteByte((byte)'\n');
        }

        file.Write(line);
        file.WriteByte((byte)'\n');
        file.Flush(flushToDisk: true);
    }

    /// <summary>Every job recorded, oldest first, with its last known state; an absent journal holds none.</summary>
    /// <exception cref="IOException">The journal exists but cannot be read.</exception>
    public IReadOnlyList<JournaledJob> ReadJobs()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var jobs = new List<JournaledJob>();
        var index = new Dictionary<(string, string), int>();
        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(file, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (Parse(line) is not { } entry)
            {
                continue;
            }

            var key = (entry.BaseUrl, entry.Id);
            if (entry.Event == JournalEntry.Created)
            {
                index[key] = jobs.Count;
                jobs.Add(new JournaledJob(entry) { Status = entry.Status, Progress = entry.Progress, Updated = entry.At });
            }
            else if (index.TryGetValue(key, out var at))
            {
                jobs[at] = entry.Event == JournalEntry.Saved
                    ? jobs[at] with { SavedTo = entry.Path, Updated = entry.At }
                    : jobs[at] with { Status = entry.Status ?? jobs[at].Status, Progress = entry.Progress ?? jobs[at].Progress, Updated = entry.At };
            }
        }

        return jobs;
    }

    private static byte[] Serialize(JournalEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("event", entry.Event);
            writer.WriteString("at", entry.At.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("id", entry.Id);
            writer.WriteString("base_url", entry.BaseUrl);
            WriteIfSet(writer, "provider", entry.Provider);
            if (entry.Request is { } request)
            {
                writer.WriteStartObject("request");
                writer.WriteString("prompt", request.Prompt);
                WriteIfSet(writer, "model", request.Model);
                WriteIfSet(writer, "size", request.Size);
                WriteIfSet(writer, "seconds", request.Seconds);
                WriteIfSet(writer, "image", request.Image);
                WriteIfSet(writer, "remix_of", request.RemixOf);
                writer.WriteEndObject();
            }

            WriteIfSet(writer, "path", entry.Path);
            WriteIfSet(writer, "status", entry.Status);
            if (entry.Progress is { } progress)
            {
                writer.WriteNumber("progress", progress);
            }

            if (entry.Bytes is { } bytes)
            {
                writer.WriteNumber("bytes", bytes);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    // A torn or foreign line is no record: null, and reading goes on with the next one.
    private static JournalEntry? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "event") is not { } kind || Text(root, "id") is not { } id || Text(root, "base_url") is not { } baseUrl)
            {
                return null;
            }

            return new JournalEntry(kind, id, baseUrl)
            {
                At = DateTimeOffset.TryParse(Text(root, "at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : default,
                Provider = Text(root, "provider"),
                Request = root.TryGetProperty("request", out var request) && request.ValueKind == JsonValueKind.Object
                    ? new JournalRequest(Text(request, "prompt") ?? string.Empty, Text(request, "model"), Text(request, "size"), Text(request, "seconds"), Text(request, "image"), Text(request, "remix_of"))
                    : null,
                Path = Text(root, "path"),
                Status = Text(root, "status"),
                Progress = root.TryGetProperty("progress", out var progress) && progress.TryGetInt32(out var percent) ? percent : null,
                Bytes = root.TryGetProperty("bytes", out var bytes) && bytes.TryGetInt64(out var length) ? length : null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
