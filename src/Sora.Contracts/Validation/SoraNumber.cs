using System.ComponentModel;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Validation;

/// <summary>The spec's number keywords that need more than a comparison (used by generated validators).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SoraNumber
{
    /// <summary>
    /// Whether <paramref name="value"/> is a multiple of <paramref name="step"/> (<c>multipleOf</c>): its quotient is
    /// within rounding of a whole number, since the quotient of two doubles is exact only when both are.
    /// </summary>
    public static bool IsMultipleOf(double value, double step) => NumberRule.IsMultipleOf(value, step);
}
