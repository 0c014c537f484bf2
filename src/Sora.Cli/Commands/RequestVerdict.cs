using System.Globalization;
using System.Net.Mime;
using Sora.Cli.Output;
using Sora.Contracts;
using Sora.Contracts.Http;
using Sora.Contracts.RuleKernel;
using Sora.Contracts.Validation;
using Sora.Shared;

namespace Sora.Cli.Commands;

/// <summary>
/// The one judgement of a create request that <c>validate</c> prints and <c>generate</c> acts on, so the two always
/// agree: the spec's and the provider's rules (its required properties included), the body form the provider accepts (an image file needs multipart, as the
/// client requires), and the analyzer's warning for a value an open enum does not know (SORA003).
/// </summary>
/// <param name="Violations">What makes the request fail; nothing is sent while there are any.</param>
/// <param name="Warnings">What is sent as typed but cannot be checked, each a line such as <c>SORA003 model: ...</c>.</param>
internal sealed record RequestVerdict(IReadOnlyList<SoraViolation> Violations, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Violations.Count == 0;

    public static RequestVerdict Judge(CreateVideoRequest request, SoraProvider? provider)
    {
        var violations = request.Validate(provider).Violations.ToList();
        var files = ((ISoraRequestBody)request).GetFiles();
        var accepted = provider?.CreateContentTypes ?? SoraOperations.CreateVideo.RequestContentTypes;
        if (files.Count > 0 && !accepted.Contains(MediaTypeNames.Multipart.FormData, StringComparer.OrdinalIgnoreCase))
        {
            violations.Add(new SoraViolation(
                files[0].Name,
                SoraViolationCodes.UnsupportedByProvider,
                $"an uploaded image needs {MediaTypeNames.Multipart.FormData}, which provider {provider?.Id} does not accept ({string.Join(", ", accepted)}); give the image as a URL in a request file instead"));
        }

        // As the client refuses it: a property the provider demands although the spec lets it be left out.
        if (provider is not null && ProviderRequirements.FirstMissing(request, provider) is { } missing)
        {
            violations.Add(new SoraViolation(missing, SoraViolationCodes.MissingRequired, $"{missing} is required with provider {provider.Id}"));
        }

        var warnings = new List<string>();
        if (request.Model is { IsKnown: false } model)
        {
            warnings.Add(Unknown("model", model.Value, VideoModel.KnownValues.Select(v => v.Value)));
        }

        return new RequestVerdict(violations, warnings);
    }

    // As the analyzer words it, plus the known value it differs from only in letter case or by a typo.
    private static string Unknown(string property, string value, IEnumerable<string> known)
    {
        var values = known.ToList();
        var message = string.Format(CultureInfo.InvariantCulture, DiagnosticFormats.UnknownValue, property, value, ValueList.OrList(values));
        var near = values.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)) ?? Suggestion.Closest(value, values);
        return DiagnosticIds.UnknownValue + " " + property + ": " + message + (near is null ? string.Empty : $"; did you mean '{near}'?") + " It is sent as typed.";
    }
}
