using Sora.Contracts.Validation;

namespace Sora.Cli.Output;

/// <summary>
/// How a violation reads: <c>SORA004 size: size must be 720x1280 or 1280x720 with provider ezmodel (unsupported_by_provider)</c>.
/// The id is the violation's own (<see cref="SoraViolation.DiagnosticId"/>): the analyzer diagnostic that flags the same
/// rule at compile time, so a command-line verdict and a build error name the same thing; violations the analyzer
/// cannot see (an image file's pixels) carry none.
/// </summary>
internal static class ViolationText
{
    public static string Format(SoraViolation violation) =>
        (violation.DiagnosticId is { } id ? id + " " : string.Empty)
        + violation.Param + ": " + Message(violation) + " (" + violation.Code + ")";

    // The spec's wording where it shows its machinery: a pattern the user never wrote, or the parameter named twice.
    private static string Message(SoraViolation violation)
    {
        var message = violation.Message;
        var named = violation.Param + ": ";
        if (message.StartsWith(named, StringComparison.Ordinal))
        {
            message = message[named.Length..];
        }

        return violation.Code == SoraViolationCodes.InvalidFormat && message.EndsWith(@"must match the pattern \S", StringComparison.Ordinal)
            ? violation.Param + " must not be empty or only spaces"
            : message;
    }
}
