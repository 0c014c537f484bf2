namespace Sora.Contracts.Validation;

/// <summary>One broken rule: the parameter, a machine-readable code and an API-style message.</summary>
/// <param name="Param">The request parameter at fault, as named on the wire (<c>size</c>).</param>
/// <param name="Code">A code from <see cref="SoraViolationCodes"/>.</param>
/// <param name="Message">What is wrong and what is allowed ("size must be 720x1280 or 1280x720").</param>
public readonly record struct SoraViolation(string Param, string Code, string Message)
{
    /// <summary>The message and its code.</summary>
    public override string ToString() => Message + " (" + Code + ")";
}
