namespace Sora.Client.Tests.EndToEnd;

/// <summary>A fresh folder per test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sora-e2e-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public IReadOnlyList<string> Entries() => Directory.EnumerateFileSystemEntries(Path).Select(System.IO.Path.GetFileName).ToList()!;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
