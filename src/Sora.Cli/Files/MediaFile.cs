using Sora.Contracts;

namespace Sora.Cli.Files;

/// <summary>
/// Where a downloaded medium goes: the path the user gave, or else <c>&lt;id&gt;.&lt;subtype of its media type&gt;</c>
/// in the working folder, its name made safe (<see cref="SafeFileName"/>) since the id is only text a server chose, and
/// the key masked first: a server that echoes the key as the id must not write it into a directory listing.
/// </summary>
internal static class MediaFile
{
    /// <exception cref="CliUsageException">No path was given and the variant's media type is unknown.</exception>
    public static string PathFor(CliIo io, string? requested, string videoId, VideoContentVariant variant)
    {
        if (requested is not null)
        {
            return io.FullPath(requested);
        }

        var extension = variant.MediaType?.Split('/', ';') is [_, var subtype, ..] && subtype.Trim().Length > 0
            ? subtype.Trim()
            : throw new CliUsageException($"pass --out: the spec gives no media type for variant '{variant.Value}'.");
        return InFolder(io.WorkingDirectory, SafeFileName.StemFor(io.Text.Redact(videoId)) + "." + SafeFileName.StemFor(extension));
    }

    /// <summary>The full path of <paramref name="name"/> in <paramref name="folder"/>, checked to be there and nowhere else.</summary>
    /// <exception cref="InvalidOperationException">The name would leave the folder (a bug in the name's making).</exception>
    public static string InFolder(string folder, string name)
    {
        var home = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var path = Path.GetFullPath(name, home);
        return Path.GetDirectoryName(path) == home && Path.GetFileName(path) == name
            ? path
            : throw new InvalidOperationException($"The file name '{name}' does not stay in '{home}'.");
    }
}
