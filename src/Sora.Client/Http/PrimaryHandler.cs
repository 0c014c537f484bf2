namespace Sora.Client.Http;

/// <summary>
/// The handler under every client this library creates. It does not follow redirects: .NET would carry a custom
/// header such as <c>api-key</c> to whatever host a redirect names, so the client follows them itself and decides per
/// hop whether the key may go along.
/// </summary>
internal static class PrimaryHandler
{
    public static HttpMessageHandler Create() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        // Long-lived clients still see DNS changes (a gateway moving hosts).
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
