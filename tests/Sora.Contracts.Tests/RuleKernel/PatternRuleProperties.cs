using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Tests.RuleKernel;

/// <summary>
/// Random spec patterns (well-formed ones built from regex pieces, nested quantifiers and the constructs only the
/// backtracking engine runs, as well as random garbage that is no regular expression) against random values,
/// hostile ones included: the kernel never throws, each evaluation returns (within the one timeout), and the spec
/// parser's validity check agrees with what compiles.
/// </summary>
public sealed class PatternRuleProperties
{
    [Property(MaxTest = 200, Arbitrary = new[] { typeof(PatternArbitraries) })]
    public Property EvaluatingAnyPatternOnAnyValue_NeverThrows_AndAlwaysReturns(SpecPattern pattern, SpecValue value)
    {
        var compiled = PatternRule.TryCompile(pattern.Text, out var regex, out var error);
        var valid = PatternRule.IsValid(pattern.Text, out var validityError);
        if (!compiled)
        {
            return (!valid && regex is null && error.Length > 0 && validityError == error).Classify(true, "not a regular expression");
        }

        if (!valid)
        {
            return false.Label("IsValid refuses a pattern TryCompile compiles: " + validityError);
        }

        var decided = PatternRule.TryMatch(regex!, value.Text, out var matches);
        var linear = regex!.Options.HasFlag(RegexOptions.NonBacktracking);
        return (decided || !matches)
            .Classify(linear, "linear engine")
            .Classify(!linear, "backtracking engine")
            .Classify(!decided, "cannot tell (timed out)");
    }

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(PatternArbitraries) })]
    public Property TheLinearEngine_GivesTheBacktrackingEnginesVerdict_WheneverThatOneFinishes(SpecPattern pattern, SpecValue value)
    {
        if (!PatternRule.TryCompile(pattern.Text, out var regex, out _) || !regex!.Options.HasFlag(RegexOptions.NonBacktracking))
        {
            return true.Classify(true, "not on the linear engine");
        }

        // Only a reference: a shorter timeout keeps the run short, and a value it cannot decide is left out.
        var reference = new Regex(PatternDialect.ToDotNet(pattern.Text), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
        bool expected;
        try
        {
            expected = reference.IsMatch(value.Text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true.Classify(true, "backtracking engine timed out");
        }

        return (PatternRule.TryMatch(regex, value.Text, out var matches) && matches == expected)
            .Label($"pattern {pattern.Text} on '{value.Text}': the backtracking engine says {expected}");
    }
}

/// <summary>A pattern as a spec might hold it (or garbage that is not one).</summary>
public sealed record SpecPattern(string Text)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>A value to check against a pattern.</summary>
public sealed record SpecValue(string Text)
{
    /// <inheritdoc/>
    public override string ToString() => Text.Replace("\n", "\\n", StringComparison.Ordinal);
}

/// <summary>The generators of <see cref="SpecPattern"/> and <see cref="SpecValue"/>.</summary>
public static class PatternArbitraries
{
    // Mostly 'a', the letter the hostile values are made of, so that nested quantifiers have something to backtrack over.
    private static readonly string[] Atoms =
    [
        "a", "a", "a", "b", "!", ".", @"\d", @"\w", @"\s", @"\S", "[ab]", "[^b]", "[a-z]", @"[\u0000-\u001F]", @"\u202E",
        @"\p{L}", @"\$", "[$]", "[]a]",
    ];

    private static readonly string[] Anchors = ["^", "$", @"\b"];

    // Constructs only the backtracking engine runs.
    private static readonly string[] Lookarounds = ["(?=", "(?!", "(?<=", "(?<!"];

    private static readonly string[] Quantifiers = ["", "", "*", "+", "?", "{2}", "{1,3}", "{2,}", "*?", "+?"];

    private static readonly char[] Garbage = @"()[]{}*+?|\^$.-,:=!<>a1bk".ToCharArray();

    /// <summary>Mostly well-formed patterns, a quarter random garbage.</summary>
    public static Arbitrary<SpecPattern> Patterns() =>
        Gen.Frequency(
                (3, Gen.Sized(size => Expression(Math.Min(size, 12)))),
                (1, Gen.Elements(Garbage).ArrayOf().Select(chars => new string(chars))))
            .Select(text => new SpecPattern(text))
            .ToArbitrary();

    /// <summary>Short values over a small alphabet, and the hostile 'aaa...a!' shapes that make backtracking explode.</summary>
    public static Arbitrary<SpecValue> Values() =>
        Gen.Frequency(
                (2, Gen.Elements('a', 'b', '!', ' ', '\n', '$', '\u202E').ArrayOf().Select(chars => new string(chars))),
                (2, Gen.Choose(1, 60).Select(n => new string('a', n) + "!")),
                (1, Gen.Choose(1, 60).Select(n => new string('a', n))))
            .Select(text => new SpecValue(text))
            .ToArbitrary();

    private static Gen<string> Expression(int size) =>
        Gen.Choose(1, 3).SelectMany(count => Term(size).ListOf(count)).Select(terms => string.Concat(terms));

    private static Gen<string> Term(int size)
    {
        var atom = Quantified(Gen.Elements(Atoms));
        if (size <= 1)
        {
            return atom;
        }

        var inner = Gen.Sized(_ => Expression(size / 2));
        return Gen.Frequency(
            (4, atom),
            (1, Gen.Elements(Anchors)),
            (2, Quantified(inner.Select(e => "(" + e + ")"))),
            (1, Quantified(Gen.Zip(inner, inner).Select(p => "(" + p.Item1 + "|" + p.Item2 + ")"))),
            (2, inner.Select(e => "((" + e + ")+)+")),
            (2, Gen.Zip(Gen.Elements(Lookarounds), inner).Select(p => p.Item1 + "((" + p.Item2 + ")+)+$)")),
            (1, inner.Select(e => "((" + e + ")+)+\\1")),
            (1, inner.Select(e => "(?>(" + e + ")+)")));
    }

    private static Gen<string> Quantified(Gen<string> term) =>
        Gen.Zip(term, Gen.Elements(Quantifiers)).Select(p => p.Item1 + p.Item2);
}
