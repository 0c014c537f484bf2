using Sora.Testing.Hostile;

namespace Sora.Cli.Tests.Hostile;

/// <summary>
/// A fresh folder tree per test: the CLI works in <see cref="Work"/>, three levels down, with an <see cref="Outside"/>
/// folder beside it and an <see cref="Absolute"/> one at the top, all existing, so a name a server chose that escaped
/// the working folder (<c>../outside/x</c>, <c>../../../x</c>, an absolute path) would land somewhere this tree sees.
/// </summary>
internal sealed class Sandbox : IDisposable
{
    public Sandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "sora-hostile-" + Guid.NewGuid().ToString("N"));
        Work = Path.Combine(Root, "a", "b", "work");
        Outside = Path.Combine(Root, "a", "b", "outside");
        Absolute = Path.Combine(Root, "absolute");
        Directory.CreateDirectory(Work);
        Directory.CreateDirectory(Outside);
        Directory.CreateDirectory(Absolute);
    }

    public string Root { get; }

    public string Work { get; }

    public string Outside { get; }

    public string Absolute { get; }

    /// <summary>Every file in the tree that is not directly in <see cref="Work"/>.</summary>
    public string[] FilesOutsideWork() =>
        [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Where(path => Path.GetDirectoryName(path) != Work).Select(path => Path.GetRelativePath(Root, path))];

    /// <summary>The names of the files in <see cref="Work"/>, and of any folder made there.</summary>
    public string[] WorkEntries() => [.. Directory.EnumerateFileSystemEntries(Work).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>A run in <see cref="Work"/> against <paramref name="gateway"/> with <paramref name="key"/>, on an ANSI console unless told.</summary>
    public CliSetup Against(HostileGateway gateway, string key = Leaks.Key, bool ansi = true) =>
        new(new Dictionary<string, string> { ["SORA_BASE_URL"] = gateway.BaseAddress.ToString(), ["SORA_API_KEY"] = key }, Work, ansi);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
