namespace Sora.Cli.Journal;

/// <summary>
/// The per-user folder the job journal lives in: <c>$SORA_HOME</c> when set (tests and portable installs), else
/// <c>%LOCALAPPDATA%\sora</c> on Windows, else <c>$XDG_DATA_HOME/sora</c> or <c>~/.local/share/sora</c>.
/// </summary>
internal static class JournalFolder
{
    public const string HomeVariable = "SORA_HOME";

    private const string Name = "sora";

    public static string For(CliIo io)
    {
        if (NonBlank(io.Environment(HomeVariable)) is { } home)
        {
            return io.FullPath(home);
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(NonBlank(io.Environment("LOCALAPPDATA")) ?? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), Name);
        }

        if (NonBlank(io.Environment("XDG_DATA_HOME")) is { } data && Path.IsPathRooted(data))
        {
            return Path.Combine(data, Name);
        }

        var user = NonBlank(io.Environment("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(user, ".local", "share", Name);
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
