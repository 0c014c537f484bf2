using System.Diagnostics.CodeAnalysis;
using System.Net.Mime;
using Sora.Contracts;
using Sora.Contracts.Http;
using Sora.Contracts.Validation;
using Sora.Shared;

namespace Sora.Client.Http;

/// <summary>
/// Checks a request body against the spec, narrowed to the provider, and picks its wire form. Violations are thrown
/// before anything is sent, as the builder throws them.
/// </summary>
internal static class RequestBodies
{
    /// <summary>
    /// The create body: multipart when an image file is attached (the provider must accept multipart), otherwise the
    /// form the provider's profile lists first (UniGateway documents multipart; the others JSON).
    /// </summary>
    /// <exception cref="SoraValidationException">The request breaks a rule, or holds a file the provider cannot receive.</exception>
    public static Func<HttpContent> ForCreate(CreateVideoRequest request, SoraProvider? provider)
    {
        IReadOnlyList<SoraViolation> violations = [.. request.Validate(provider).Violations, .. RequiredByProvider(request, provider)];
        var files = ((ISoraRequestBody)request).GetFiles();
        var accepted = provider?.CreateContentTypes ?? SoraOperations.CreateVideo.RequestContentTypes;
        bool multipart;
        if (files.Count > 0)
        {
            multipart = true;
            if (!accepted.Contains(MediaTypeNames.Multipart.FormData, StringComparer.OrdinalIgnoreCase))
            {
                violations = [.. violations, new SoraViolation(
                    files[0].Name,
                    SoraViolationCodes.UnsupportedByProvider,
                    $"{files[0].Name} as an uploaded file needs {MediaTypeNames.Multipart.FormData}, which provider {provider?.Id} does not accept; send a reference object instead")];
            }
        }
        else
        {
            multipart = string.Equals(PreferredForm(accepted), MediaTypeNames.Multipart.FormData, StringComparison.OrdinalIgnoreCase);
        }

        if (violations.Count > 0)
        {
            throw new SoraValidationException(nameof(CreateVideoRequest), violations);
        }

        return multipart ? () => SoraHttpContent.CreateMultipart(request) : () => SoraHttpContent.CreateJson(request);
    }

    /// <summary>The remix body: JSON unless it holds a file.</summary>
    /// <exception cref="SoraValidationException">The request breaks a rule.</exception>
    public static Func<HttpContent> ForRemix(RemixVideoRequest request, SoraProvider? provider)
    {
        IReadOnlyList<SoraViolation> violations = [.. request.Validate(provider).Violations, .. RequiredByProvider(request, provider)];
        if (violations.Count > 0)
        {
            throw new SoraValidationException(nameof(RemixVideoRequest), violations);
        }

        return () => SoraHttpContent.Create(request);
    }

    // A property the provider demands although the spec lets it be left out (LiteLLM's model): said before sending.
    private static IEnumerable<SoraViolation> RequiredByProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T request, SoraProvider? provider)
        where T : class =>
        provider is not null && ProviderRequirements.FirstMissing(request, provider) is { } missing
            ? [new SoraViolation(missing, SoraViolationCodes.MissingRequired, $"{missing} is required with provider {provider.Id}")]
            : [];

    private static string PreferredForm(IReadOnlyList<string> accepted) =>
        accepted.FirstOrDefault(type =>
            string.Equals(type, MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(type, MediaTypeNames.Multipart.FormData, StringComparison.OrdinalIgnoreCase))
        ?? MediaTypeNames.Application.Json;
}
