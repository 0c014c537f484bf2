using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Validation;

/// <summary>One broken rule: the parameter, a machine-readable code and an API-style message.</summary>
/// <param name="Param">The request parameter at fault, as named on the wire (<c>size</c>).</param>
/// <param name="Code">A code from <see cref="SoraViolationCodes"/>.</param>
/// <param name="Message">What is wrong and what is allowed ("size must be 720x1280 or 1280x720").</param>
public readonly record struct SoraViolation(string Param, string Code, string Message)
{
    /// <summary>
    /// The SORA0xx id of the analyzer rule that flags the same broken rule in a literal at compile time, so that a
    /// run-time verdict and a build error name the same thing; null for a rule no literal can break (an uploaded
    /// image's content, a pattern that could not tell).
    /// </summary>
    public string? DiagnosticId => DiagnosticIds.Of(Code);

    /// <summary>The message and its code.</summary>
    public override string ToString() => Message + " (" + Code + ")";
}
