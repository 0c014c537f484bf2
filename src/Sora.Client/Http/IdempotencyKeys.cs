namespace Sora.Client.Http;

/// <summary>
/// The <c>Idempotency-Key</c> request header of the IETF httpapi draft (draft-ietf-httpapi-idempotency-key-header):
/// an RFC 8941 structured-field string, so it travels quoted. One key names one logical request that starts a job.
/// </summary>
internal static class IdempotencyKeys
{
    private const string Header = "Idempotency-Key";

    // Long enough for any GUID or ULID a caller has, short enough that no server refuses it.
    private const int MaxLength = 255;

    /// <summary>A new key: a random GUID, unique per logical request.</summary>
    public static string New() => Guid.NewGuid().ToString("D");

    /// <summary>Checks a caller's key: 1 to 255 printable ASCII characters with no quote or backslash, which a structured-field string cannot hold unescaped.</summary>
    /// <exception cref="ArgumentException">The key cannot be sent as it is.</exception>
    public static string Check(string key, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(key, parameter);
        if (key.Length > MaxLength || key.Any(c => c is < ' ' or > '~' or '"' or '\\'))
        {
            throw new ArgumentException($"An idempotency key is 1 to {MaxLength} printable ASCII characters, without '\"' or '\\'.", parameter);
        }

        return key;
    }

    public static void Apply(HttpRequestMessage request, string key) => request.Headers.TryAddWithoutValidation(Header, "\"" + key + "\"");
}
