using Sora.Contracts.Validation;

namespace Sora.Cli.Output;

/// <summary>How a violation reads: <c>size: size must be 720x1280 or 1280x720 with provider ezmodel (unsupported_by_provider)</c>.</summary>
internal static class ViolationText
{
    public static string Format(SoraViolation violation) => violation.Param + ": " + violation.Message + " (" + violation.Code + ")";
}
