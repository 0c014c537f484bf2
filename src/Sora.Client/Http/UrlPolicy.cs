namespace Sora.Client.Http;

/// <summary>Which URLs the client may call, which may receive the API key, and how a URL is shown in messages and logs.</summary>
internal static class UrlPolicy
{
    /// <summary>https anywhere; plain http only to a loopback host, unless insecure http is allowed.</summary>
    public static bool IsAllowed(Uri url, bool allowInsecureHttp) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && (allowInsecureHttp || url.IsLoopback)));

    /// <summary>
    /// Whether <paramref name="url"/> has the scheme, host and port of <paramref name="baseAddress"/>: only then may it
    /// carry the key (a media URL on a CDN or a redirect elsewhere must not).
    /// </summary>
    public static bool IsSameOrigin(Uri url, Uri baseAddress) =>
        url.IsAbsoluteUri
        && Uri.Compare(url, baseAddress, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>
    /// Scheme, host, port and path: no user info and no query, since signed media URLs carry their token in the query.
    /// </summary>
    public static string Describe(Uri url) =>
        url.IsAbsoluteUri ? url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : "(relative URL)";
}
