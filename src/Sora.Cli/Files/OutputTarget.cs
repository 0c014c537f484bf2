namespace Sora.Cli.Files;

/// <summary>
/// Checks where a medium will be saved before anything is created or downloaded: a paid job must not run for minutes
/// only to find that its file cannot be written. Each refusal says what is wrong in the user's terms and that nothing
/// was started (the caller's consequence, such as "nothing was created").
/// </summary>
internal static class OutputTarget
{
    /// <summary>The full path of an explicit <c>--out</c>, checked; null when none was given.</summary>
    /// <exception cref="CliUsageException">The path is empty, a folder, in a missing or unwritable folder, or taken without <c>--force</c>.</exception>
    public static string? Check(CliIo io, string? requested, bool force, string consequence)
    {
        if (requested is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(requested))
        {
            throw new CliUsageException($"--out is empty: give a file path such as cat.mp4 ({consequence}).");
        }

        var path = io.FullPath(requested);
        if (Directory.Exists(path))
        {
            throw new CliUsageException($"--out '{requested}' is a folder: give a file path such as {Path.Combine(requested, "cat.mp4")} ({consequence}).");
        }

        if (File.Exists(path) && !force)
        {
            throw new CliUsageException($"'{path}' already exists: pass --force to replace it, or choose another --out ({consequence}).");
        }

        CheckFolder(Path.GetDirectoryName(path)!, consequence);
        return path;
    }

    /// <summary>Whether a file can be created in <paramref name="folder"/>, by creating and deleting one.</summary>
    /// <exception cref="CliUsageException">The folder is missing or refuses a new file.</exception>
    public static void CheckFolder(string folder, string consequence)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliUsageException($"the folder '{folder}' does not exist: create it or choose another --out ({consequence}).");
        }

        // Permissions alone do not tell (ACLs, read-only mounts, quotas): only a real file does.
        var probe = Path.Combine(folder, ".sora-write-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write in the folder '{folder}': choose another --out ({consequence}).");
        }
    }
}
