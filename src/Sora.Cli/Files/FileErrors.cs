namespace Sora.Cli.Files;

/// <summary>Why a file the user named cannot be read, in the user's terms rather than the runtime's.</summary>
internal static class FileErrors
{
    public static string CannotRead(CliIo io, string path, Exception failure) => failure switch
    {
        _ when Directory.Exists(io.FullPath(path)) => $"'{path}' is a folder, not a file.",
        FileNotFoundException or DirectoryNotFoundException => $"'{path}' does not exist.",
        UnauthorizedAccessException => $"cannot read '{path}': permission denied.",
        _ => $"cannot read '{path}': {failure.Message}",
    };
}
