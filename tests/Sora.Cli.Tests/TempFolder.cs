namespace Sora.Cli.Tests;

/// <summary>A fresh folder per test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(PathName);

    public string PathName { get; } = Path.Combine(Path.GetTempPath(), "sora-cli-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => Path.Combine(PathName, name);

    public string[] Files() => Directory.GetFiles(PathName).Select(Path.GetFileName).ToArray()!;

    public void Dispose() => Directory.Delete(PathName, recursive: true);
}
