using Sora.Client;

namespace Sora.Contracts.Validation;

/// <summary>
/// Thrown when a value breaks the spec's rules, before anything is sent; lists every violation, not just the first.
/// A <see cref="SoraException"/> like every other error of the toolkit, so one catch handles them all.
/// </summary>
public sealed class SoraValidationException : SoraException
{
    /// <summary>Creates the exception for <paramref name="violations"/>.</summary>
    public SoraValidationException(string? subject, IReadOnlyList<SoraViolation> violations)
        : base(Describe(subject, violations), operationId: null, videoId: null)
    {
        Subject = subject;
        Violations = violations;
    }

    /// <summary>What was validated (a type name), when known.</summary>
    public string? Subject { get; }

    /// <summary>Every broken rule.</summary>
    public IReadOnlyList<SoraViolation> Violations { get; }

    private static string Describe(string? subject, IReadOnlyList<SoraViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var head = (subject ?? "The value") + (violations.Count == 1 ? " breaks 1 rule: " : " breaks " + violations.Count + " rules: ");
        return head + string.Join("; ", violations.Select(v => v.Message));
    }
}
