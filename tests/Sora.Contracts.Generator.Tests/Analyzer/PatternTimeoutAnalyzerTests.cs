using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// The analyzer runs a spec pattern on the rule kernel, as the validator does: nested quantifiers are decided on the
/// linear engine even on a hostile literal, and a lookahead or backreference that runs out of time is "cannot tell",
/// so no diagnostic at all (never a false SORA005). The spec is the consumer fixture
/// tests/Sora.Contracts.SpecSwap.Tests/hostile-patterns.openapi.yaml, whose Validate() the SpecSwap tests run.
/// </summary>
public sealed class PatternTimeoutAnalyzerTests
{
    private static readonly string Hostile = new string('a', 40) + "!";

    private static readonly Lazy<string> HostileSpec = new(() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Sora.Contracts.SpecSwap.Tests", "hostile-patterns.openapi.yaml")));

    private static Task<AnalyzerRun> VerifyHostile(string members, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        RunAsync(TestWithSpec(
            "using System;\nusing Acme.Patterns;\n\nnamespace Consumer;\n\ninternal static class C\n{\n" + members + "\n}\n",
            new SpecFile("/consumer/specs/hostile-patterns.openapi.yaml", HostileSpec.Value, "Acme.Patterns"),
            null,
            expected));

    [Fact]
    public Task NestedQuantifiersOnAHostileLiteral_AreDecided_AndReported() =>
        VerifyHostile(
            $$"""
                public static CreateLabelRequest Hostile() => new({|#0:"{{Hostile}}"|});
                public static CreateLabelRequest Fits() => new("{{new string('a', 41)}}");
            """,
            Diagnostic("SORA005").WithLocation(0).WithMessage("nested is not matching its pattern: nested must match the pattern (a+)+$"));

    [Fact]
    public Task ALookaheadOrBackreferenceThatRunsOutOfTime_CannotTell_SoNothingIsReported() =>
        VerifyHostile($$"""
                public static CreateLabelRequest Lookahead() => new("a") { Lookahead = "{{Hostile}}" };
                public static CreateLabelRequest Backreference() => new CreateLabelRequest.Builder("a").WithBackreference("{{Hostile}}").Build();
            """);

    [Fact]
    public Task ALookaheadOrBackreferenceThatFinishes_IsJudged() =>
        VerifyHostile("""
                public static CreateLabelRequest Fails() => new("a") { Lookahead = {|SORA005:"b"|}, Backreference = {|SORA005:"a"|} };
                public static CreateLabelRequest Matches() => new("a") { Lookahead = "aaaa", Backreference = "aa" };
            """);
}
