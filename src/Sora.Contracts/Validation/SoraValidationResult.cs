namespace Sora.Contracts.Validation;

/// <summary>The outcome of a validation: every violation found, none when valid. Allocates nothing when valid.</summary>
public readonly struct SoraValidationResult
{
    private readonly IReadOnlyList<SoraViolation>? _violations;

    internal SoraValidationResult(IReadOnlyList<SoraViolation>? violations) => _violations = violations;

    /// <summary>Whether no rule is broken.</summary>
    public bool IsValid => _violations is null || _violations.Count == 0;

    /// <summary>Every broken rule, in the order the checks ran (properties in spec order, then cross-field rules).</summary>
    public IReadOnlyList<SoraViolation> Violations => _violations ?? Array.Empty<SoraViolation>();

    /// <summary>Throws when any rule is broken.</summary>
    /// <param name="subject">What was validated, for the message (a type name such as <c>CreateVideoRequest</c>).</param>
    /// <exception cref="SoraValidationException">At least one rule is broken; the exception lists them all.</exception>
    public void ThrowIfInvalid(string? subject = null)
    {
        if (!IsValid)
        {
            throw new SoraValidationException(subject, Violations);
        }
    }

    /// <summary>"valid", or every violation's message, one per line.</summary>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Violations);
}
