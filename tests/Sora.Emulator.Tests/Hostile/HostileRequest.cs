namespace Sora.Emulator.Tests.Hostile;

/// <summary>
/// One hostile request. <paramref name="Target"/> is the path and query exactly as sent (already percent-encoded),
/// from the server's root, so it can leave the profile's base path. <paramref name="Headers"/> are added without
/// validation; with <paramref name="Key"/> false the request carries no key of its own.
/// </summary>
internal sealed record HostileRequest(string Kind, string Method, string Target, HttpContent? Content = null, bool Key = true, IReadOnlyList<KeyValuePair<string, string>>? Headers = null)
{
    public HttpRequestMessage ToMessage(SoraEmulator emulator)
    {
        // The target goes on the wire as written: no dot segment is removed and no escape undone on the client side.
        var uri = new Uri(emulator.BaseAddress.GetLeftPart(UriPartial.Authority) + Target, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        var request = new HttpRequestMessage(new HttpMethod(Method), uri) { Content = Content };
        if (Key)
        {
            var apiKeyHeader = emulator.Provider.Auth == "api-key";
            request.Headers.TryAddWithoutValidation(apiKeyHeader ? "api-key" : "Authorization", apiKeyHeader ? emulator.ApiKey : "Bearer " + emulator.ApiKey);
        }

        foreach (var header in Headers ?? Array.Empty<KeyValuePair<string, string>>())
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return request;
    }

    public override string ToString() => $"{Kind}: {Method} {(Target.Length > 120 ? Target[..120] + "..." : Target)}";
}
