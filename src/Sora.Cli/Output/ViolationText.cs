using Microsoft.CodeAnalysis;
using Sora.Contracts.Generator.Diagnostics;
using Sora.Contracts.Validation;

namespace Sora.Cli.Output;

/// <summary>
/// How a violation reads: <c>SORA004 size: size must be 720x1280 or 1280x720 with provider ezmodel (unsupported_by_provider)</c>.
/// The id is the analyzer diagnostic that flags the same rule at compile time, so a command-line verdict and a build
/// error name the same thing; violations the analyzer cannot see (an image file's pixels) carry none.
/// </summary>
internal static class ViolationText
{
    public static string Format(SoraViolation violation) =>
        (AnalyzerDiagnostic(violation.Code) is { } descriptor ? descriptor.Id + " " : string.Empty)
        + violation.Param + ": " + violation.Message + " (" + violation.Code + ")";

    private static DiagnosticDescriptor? AnalyzerDiagnostic(string code) => code switch
    {
        SoraViolationCodes.InvalidCombination => RequestDiagnostics.CombinationNotAllowed,
        SoraViolationCodes.InvalidValue => RequestDiagnostics.ValueOutsideEnum,
        SoraViolationCodes.UnsupportedByProvider => RequestDiagnostics.NotSupportedByProvider,
        SoraViolationCodes.MissingRequired or SoraViolationCodes.TooShort or SoraViolationCodes.TooLong or SoraViolationCodes.InvalidFormat => RequestDiagnostics.InvalidText,
        _ => null,
    };
}
