using Sora.Contracts;

namespace Sora.Cli.Commands;

/// <summary>Where a downloaded medium goes when <c>--out</c> is not given: <c>&lt;id&gt;.&lt;subtype of its media type&gt;</c>.</summary>
internal static class MediaFile
{
    /// <exception cref="CliUsageException">No path was given and the variant's media type is unknown.</exception>
    public static string PathFor(string? requested, string videoId, VideoContentVariant variant)
    {
        if (requested is not null)
        {
            return Path.GetFullPath(requested);
        }

        return variant.MediaType?.Split('/', ';') is [_, var subtype, ..] && subtype.Trim().Length > 0
            ? Path.GetFullPath(videoId + "." + subtype.Trim())
            : throw new CliUsageException($"pass --out: the spec gives no media type for variant '{variant.Value}'.");
    }
}
