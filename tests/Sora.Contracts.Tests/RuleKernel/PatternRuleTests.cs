using System.Text.RegularExpressions;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Tests.RuleKernel;

/// <summary>
/// The rule kernel's pattern evaluation, which the generated validators (through <c>SoraPattern</c>) and the analyzer
/// share: the engine each pattern runs on, the one timeout, and a timeout as "cannot tell" rather than an exception.
/// </summary>
public sealed class PatternRuleTests
{
    /// <summary>'a' forty times and then a character that makes every nested-quantifier pattern below fail: 2^40 paths to backtrack.</summary>
    internal static readonly string Hostile = new string('a', 40) + "!";

    [Theory]
    [InlineData(@"(a+)+$")]
    [InlineData(@"^(a|aa)+$")]
    [InlineData(@"(x+x+)+y")]
    [InlineData(@"\S")]
    [InlineData(@"^[^\u0000-\u001F]*$")]
    public void TryCompile_RunsAPatternWithoutBacktrackingConstructs_OnTheLinearEngine_WithNoTimeout(string pattern)
    {
        Assert.True(PatternRule.TryCompile(pattern, out var regex, out var error), error);

        Assert.True(regex!.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
    }

    [Theory]
    [InlineData(@"^(?=(a+)+$)")] // lookahead
    [InlineData(@"(?<!b)a")] // lookbehind
    [InlineData(@"^(a+)+\1$")] // backreference
    [InlineData(@"(?>a+)b")] // atomic group
    [InlineData(@"\Ga")] // contiguous match
    public void TryCompile_RunsAPatternTheLinearEngineRefuses_OnTheBacktrackingEngineWithTheTimeout(string pattern)
    {
        Assert.True(PatternRule.TryCompile(pattern, out var regex, out var error), error);

        Assert.False(regex!.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal(PatternRule.MatchTimeout, regex.MatchTimeout);
    }

    [Theory]
    [InlineData("(")]
    [InlineData("[a-")]
    [InlineData("a{2,1}")]
    [InlineData(@"\")]
    [InlineData("(?<=")]
    public void TryCompile_RefusesWhatIsNotARegularExpression_WithTheReason(string pattern)
    {
        Assert.False(PatternRule.TryCompile(pattern, out var regex, out var error));

        Assert.Null(regex);
        Assert.Contains(pattern, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryMatch_DecidesNestedQuantifiersOnAHostileValue_WhereBacktrackingWouldTimeOut()
    {
        Assert.True(PatternRule.TryCompile(@"(a+)+$", out var regex, out _));

        Assert.True(PatternRule.TryMatch(regex!, Hostile, out var matches));
        Assert.False(matches);
        Assert.True(PatternRule.TryMatch(regex!, new string('a', 41), out matches));
        Assert.True(matches);

        // The same pattern on the backtracking engine, for contrast: this is what Validate() used to throw.
        var backtracking = new Regex(@"(a+)+$", RegexOptions.CultureInvariant, PatternRule.MatchTimeout);
        Assert.Throws<RegexMatchTimeoutException>(() => backtracking.IsMatch(Hostile));
    }

    [Fact]
    public void TryMatch_IsLinearInTheValue_OnTheLinearEngine()
    {
        Assert.True(PatternRule.TryCompile(@"(a+)+$", out var regex, out _));

        Assert.True(PatternRule.TryMatch(regex!, new string('a', 1_000_000) + "!", out var matches));
        Assert.False(matches);
    }

    [Theory]
    [InlineData(@"^(?=(a+)+$)")]
    [InlineData(@"^(a+)+\1$")]
    public void TryMatch_SaysItCannotTell_WhenTheBacktrackingEngineRunsOutOfTime(string pattern)
    {
        Assert.True(PatternRule.TryCompile(pattern, out var regex, out _));

        Assert.False(PatternRule.TryMatch(regex!, Hostile, out var matches));
        Assert.False(matches);
    }

    [Fact]
    public void TryMatch_SaysItCannotTell_WhenTheBacktrackingEngineFailsOnThePattern()
    {
        // Found by PatternRuleProperties: the interpreter's own stack bookkeeping throws on nested lazy loops inside a
        // lookbehind (dotnet/runtime#58786). Should .NET fix it, this test fails and the catch can go.
        const string pattern = @"a(?<!((b*?|a+?.)+?)+$)";
        Assert.True(PatternRule.TryCompile(pattern, out var regex, out _));
        Assert.Throws<IndexOutOfRangeException>(() => new Regex(pattern, RegexOptions.CultureInvariant, PatternRule.MatchTimeout).IsMatch("a"));

        Assert.False(PatternRule.TryMatch(regex!, "a", out var matches));
        Assert.False(matches);
    }

    [Theory]
    [InlineData(@"^(?=(a+)+$)", "aaaa", true)]
    [InlineData(@"^(?=(a+)+$)", "b", false)]
    [InlineData(@"^(a+)+\1$", "aa", true)]
    [InlineData(@"^(a+)+\1$", "a", false)]
    public void TryMatch_DecidesTheBacktrackingEngineWithinItsTime(string pattern, string value, bool expected)
    {
        Assert.True(PatternRule.TryCompile(pattern, out var regex, out _));

        Assert.True(PatternRule.TryMatch(regex!, value, out var matches));
        Assert.Equal(expected, matches);
    }

    [Theory]
    [InlineData(@"^[a-z]+$", "abc", true)]
    [InlineData(@"^[a-z]+$", "abc\n", false)] // .NET's own $ would match before the final \n
    [InlineData(@"^[^\u0000-\u001F]*$", "sora-2\n", false)]
    [InlineData(@"^(?=[a-z]+$)", "abc\n", false)] // on the backtracking engine too
    [InlineData(@"a\$", "a$", true)]
    [InlineData(@"^[$]$", "$", true)]
    public void TryMatch_ReadsDollarAsTheEndOfTheText_AsEcma262Does(string pattern, string value, bool expected)
    {
        Assert.True(PatternRule.TryCompile(pattern, out var regex, out _));

        Assert.True(PatternRule.TryMatch(regex!, value, out var matches));
        Assert.Equal(expected, matches);
    }
}
