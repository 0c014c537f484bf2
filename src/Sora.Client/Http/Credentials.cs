using System.Net.Http.Headers;

namespace Sora.Client.Http;

/// <summary>
/// Puts the API key on a request the way the provider profile says: <c>Authorization: Bearer</c>, or the
/// <c>api-key</c> header. Set per request (never on <c>DefaultRequestHeaders</c>) so it goes only where it is added.
/// </summary>
internal sealed class Credentials
{
    // The two schemes x-sora-providers' `auth` may name (spec/README.md); any other value is refused at construction.
    private const string BearerAuth = "bearer";
    private const string ApiKeyAuth = "api-key";
    private const string BearerScheme = "Bearer";

    private readonly string? _key;
    private readonly bool _useApiKeyHeader;

    private Credentials(string? key, bool useApiKeyHeader)
    {
        _key = key;
        _useApiKeyHeader = useApiKeyHeader;
    }

    /// <summary>The credentials for <paramref name="auth"/> (a profile's <c>auth</c>; null means bearer), or null when it names no known scheme.</summary>
    public static Credentials? TryCreate(string? key, string? auth) =>
        auth is null || string.Equals(auth, BearerAuth, StringComparison.OrdinalIgnoreCase) ? new Credentials(NullIfEmpty(key), useApiKeyHeader: false)
        : string.Equals(auth, ApiKeyAuth, StringComparison.OrdinalIgnoreCase) ? new Credentials(NullIfEmpty(key), useApiKeyHeader: true)
        : null;

    public void Apply(HttpRequestMessage request)
    {
        if (_key is null)
        {
            return;
        }

        if (_useApiKeyHeader)
        {
            request.Headers.TryAddWithoutValidation(ApiKeyAuth, _key);
        }
        else
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(BearerScheme, _key);
        }
    }

    /// <summary>Never the key.</summary>
    public override string ToString() => _key is null ? "(no credentials)" : _useApiKeyHeader ? "api-key header (***)" : "Bearer ***";

    private static string? NullIfEmpty(string? key) => string.IsNullOrEmpty(key) ? null : key;
}
