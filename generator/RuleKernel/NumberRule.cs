using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sora.Contracts.RuleKernel;

/// <summary>
/// The spec's number keywords (<c>minimum</c>, <c>exclusiveMinimum</c>, <c>maximum</c>, <c>exclusiveMaximum</c>,
/// <c>multipleOf</c>), each bound written as the spec writes it: which ones a value breaks, in the order a generated
/// validator checks them, with the message each violation carries.
/// </summary>
internal static class NumberRule
{
    /// <summary>The message of every bound <paramref name="value"/> (a JSON number) breaks; none when it is not a number.</summary>
    public static IEnumerable<string> Broken(string property, string value, string? minimum, string? exclusiveMinimum, string? maximum, string? exclusiveMaximum, string? multipleOf)
    {
        if (!TryRead(value, out var number))
        {
            yield break;
        }

        if (minimum is not null && TryRead(minimum, out var min) && number < min)
        {
            yield return RuleMessages.AtLeast(property, minimum);
        }

        if (exclusiveMinimum is not null && TryRead(exclusiveMinimum, out var exMin) && number <= exMin)
        {
            yield return RuleMessages.GreaterThan(property, exclusiveMinimum);
        }

        if (maximum is not null && TryRead(maximum, out var max) && number > max)
        {
            yield return RuleMessages.AtMost(property, maximum);
        }

        if (exclusiveMaximum is not null && TryRead(exclusiveMaximum, out var exMax) && number >= exMax)
        {
            yield return RuleMessages.LessThan(property, exclusiveMaximum);
        }

        if (multipleOf is not null && !IsMultipleOf(value, multipleOf))
        {
            yield return RuleMessages.MultipleOf(property, multipleOf);
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a multiple of <paramref name="step"/>: exactly for whole numbers, and for
    /// others when the quotient is within rounding of a whole number (the quotient of two doubles is exact only when both are).
    /// </summary>
    public static bool IsMultipleOf(string value, string step)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            && long.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var wholeStep) && wholeStep != 0)
        {
            return whole % wholeStep == 0;
        }

        return !TryRead(value, out var number) || !TryRead(step, out var by) || IsMultipleOf(number, by);
    }

    /// <summary>The rounding-tolerant test on doubles, as a validator of a floating-point property runs it.</summary>
    public static bool IsMultipleOf(double value, double step)
    {
        var steps = value / step;
        return Math.Abs(steps - Math.Round(steps)) <= 1e-9 * Math.Max(1d, Math.Abs(steps));
    }

    /// <summary>A spec's number as a finite double (invariant culture): <c>NaN</c> and infinities are not numbers here.</summary>
    public static bool TryRead(string text, out double number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && !double.IsInfinity(number) && !double.IsNaN(number);
}
