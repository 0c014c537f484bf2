using Acme.Patterns;
using Sora.Contracts.Validation;

namespace Acme.Video.Tests;

/// <summary>
/// hostile-patterns.openapi.yaml, a consumer spec whose patterns backtrack catastrophically: Validate() returns a
/// violation for every one of them and never throws. Nested quantifiers run on the linear engine and are decided; a
/// lookahead or a backreference runs on the backtracking engine, whose timeout becomes a pattern_timeout violation.
/// </summary>
public sealed class HostilePatternTests
{
    /// <summary>41 characters: 'a' forty times, then one that makes every pattern fail after trying 2^40 ways.</summary>
    private static readonly string Hostile = new string('a', 40) + "!";

    [Fact]
    public void Validate_DecidesNestedQuantifiersOnAHostileValue_AsAnInvalidFormat()
    {
        SoraViolation violation = Assert.Single(new CreateLabelRequest(Hostile).Validate().Violations);

        Assert.Equal(new SoraViolation("nested", SoraViolationCodes.InvalidFormat, "nested must match the pattern (a+)+$"), violation);
    }

    [Fact]
    public void Validate_DecidesNestedQuantifiersOnAMillionCharacters()
    {
        SoraViolation violation = Assert.Single(new CreateLabelRequest(new string('a', 1_000_000) + "!").Validate().Violations);

        Assert.Equal(("nested", SoraViolationCodes.InvalidFormat), (violation.Param, violation.Code));
    }

    [Theory]
    [InlineData("aaaa")]
    [InlineData("baaa")] // the pattern is not anchored at the start
    public void Validate_AcceptsAValueThatMatchesNestedQuantifiers(string value)
    {
        Assert.True(new CreateLabelRequest(value).Validate().IsValid);
    }

    [Fact]
    public void Validate_ReportsALookaheadThatRunsOutOfTime_AsAPatternTimeoutNamingTheParameter()
    {
        SoraViolation violation = Assert.Single(new CreateLabelRequest("a") { Lookahead = Hostile }.Validate().Violations);

        Assert.Equal(
            new SoraViolation("lookahead", SoraViolationCodes.PatternTimeout, "lookahead could not be checked against the pattern ^(?=(a+)+$)"),
            violation);
    }

    [Fact]
    public void Validate_ReportsABackreferenceThatRunsOutOfTime_AsAPatternTimeout()
    {
        SoraViolation violation = Assert.Single(new CreateLabelRequest("a") { Backreference = Hostile }.Validate().Violations);

        Assert.Equal(("backreference", SoraViolationCodes.PatternTimeout), (violation.Param, violation.Code));
    }

    [Theory]
    [InlineData("aaaa", "aa", true)]
    [InlineData("b", "a", false)]
    public void Validate_DecidesTheBacktrackingPatternsWhenTheyFinishInTime(string lookahead, string backreference, bool valid)
    {
        var result = new CreateLabelRequest("a") { Lookahead = lookahead, Backreference = backreference }.Validate();

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Violations, v => Assert.Equal(SoraViolationCodes.InvalidFormat, v.Code));
    }

    [Fact]
    public void Validate_ReportsEveryHostileProperty_AndTheBuilderListsThemAll()
    {
        var builder = new CreateLabelRequest.Builder(Hostile).WithLookahead(Hostile).WithBackreference(Hostile);

        Assert.False(builder.TryBuild(out var built, out var result));
        Assert.Null(built);
        Assert.Equal(
            [("nested", SoraViolationCodes.InvalidFormat), ("lookahead", SoraViolationCodes.PatternTimeout), ("backreference", SoraViolationCodes.PatternTimeout)],
            result.Violations.Select(v => (v.Param, v.Code)));
        SoraValidationException exception = Assert.Throws<SoraValidationException>(() => builder.Build());
        Assert.Equal(3, exception.Violations.Count);
    }
}
