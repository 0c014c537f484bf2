namespace Sora.Client;

/// <summary>Why a download failed.</summary>
public enum SoraDownloadFailure
{
    /// <summary>Fewer bytes arrived than the response announced.</summary>
    Truncated,

    /// <summary>The byte count differs from the announced Content-Length in a way that is not truncation.</summary>
    LengthMismatch,

    /// <summary>The response's Content-Type is not the media type of the requested variant.</summary>
    ContentTypeMismatch,

    /// <summary>The target file exists and overwriting was not allowed.</summary>
    TargetExists,

    /// <summary>The media URL (or a redirect) uses plain http to a non-loopback host and insecure http is not allowed.</summary>
    InsecureUrl,

    /// <summary>The server redirected too often, or redirected without saying where to.</summary>
    BadRedirect,

    /// <summary>
    /// The body is, or announced that it would be, larger than <see cref="SoraClientOptions.MaxDownloadBytes"/>; reading
    /// stopped at the limit (or never began). Not retried.
    /// </summary>
    TooLarge,

    /// <summary>
    /// The body's first bytes are not those of the variant's media type, whatever its Content-Type said: an HTML or JSON
    /// page served as the video. Not retried; no byte of it was written.
    /// </summary>
    SignatureMismatch,
}
