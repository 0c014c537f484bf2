using System.ComponentModel;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Validation;

/// <summary>
/// The "must be" message of a value set too large to spell out at every property that uses it. A generated validator
/// builds it from the value type's known values, and only when it rejects a value, so each call site holds one call
/// instead of every value, and a valid request still allocates nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SoraAllowedValues
{
    /// <summary>
    /// "<paramref name="property"/> must be a, b or c", listing <paramref name="values"/> in order, word for word the
    /// message a generated literal gives for a small set.
    /// </summary>
    /// <typeparam name="T">A generated value type, whose <see cref="object.ToString"/> is its wire value.</typeparam>
    /// <param name="property">The property's JSON name.</param>
    /// <param name="values">The value type's known values, in the spec's order.</param>
    public static string MustBe<T>(string property, IReadOnlyList<T> values)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(values);
        return RuleMessages.MustBe(property, values);
    }
}
