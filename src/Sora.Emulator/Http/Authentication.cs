using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Sora.Contracts;

namespace Sora.Emulator.Http;

/// <summary>
/// Checks the key the way the profile says it travels: <c>Authorization: Bearer</c> or an <c>api-key</c> header, or
/// bare in one of the profile's <see cref="SoraProvider.KeyHeaders"/> (LiteLLM's <c>x-litellm-api-key</c>).
/// </summary>
internal static class Authentication
{
    private const string ApiKeyHeader = "api-key";
    private const string ApiKeyScheme = "api-key";
    private const string BearerPrefix = "Bearer ";

    public static bool UsesApiKeyHeader(EmulatorState state) => string.Equals(state.Provider.Auth, ApiKeyScheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the request carries the right key; otherwise the 401 to send (which never repeats what was sent).</summary>
    public static IResult? Check(HttpRequest request, EmulatorState state)
    {
        string? presented;
        string expectedForm;
        if (state.Provider.KeyHeaders.FirstOrDefault(name => request.Headers.ContainsKey(name)) is { } keyHeader)
        {
            presented = request.Headers[keyHeader].ToString();
            expectedForm = "the " + keyHeader + " header";
        }
        else if (UsesApiKeyHeader(state))
        {
            presented = request.Headers[ApiKeyHeader].ToString();
            expectedForm = "an api-key header";
        }
        else
        {
            var header = request.Headers.Authorization.ToString();
            presented = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
            expectedForm = "an Authorization: Bearer header";
        }

        if (string.IsNullOrEmpty(presented))
        {
            return ApiErrors.Unauthorized($"No API key was sent; send it in {expectedForm}.");
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(state.ApiKey))
            ? null
            : ApiErrors.Unauthorized("Incorrect API key provided.");
    }

    /// <summary>Whether a request carries any credential at all (a <c>video_url</c> fetch should carry none).</summary>
    public static bool CarriesCredential(HttpRequest request, SoraProvider provider) =>
        request.Headers.ContainsKey(ApiKeyHeader) || request.Headers.ContainsKey("Authorization") || provider.KeyHeaders.Any(request.Headers.ContainsKey);
}
