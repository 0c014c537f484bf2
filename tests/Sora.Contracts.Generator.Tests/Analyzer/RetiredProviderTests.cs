using Microsoft.CodeAnalysis;
using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// SORA007: the <c>SoraProvider</c> MSBuild property names a profile the spec marks retired. One warning per
/// compilation with the spec's date; the profile's rules still judge the requests; a live profile gets none.
/// </summary>
public sealed class RetiredProviderTests
{
    private const string Request = """
            public static CreateVideoRequest M() => new("p") { Seconds = {|SORA002:6|} };
        """;

    [Theory]
    [InlineData("openai", "openai", "2026-09-24")]
    [InlineData("azure", "azure", "2026-10-15")]
    [InlineData(" Azure ", "azure", "2026-10-15")]
    public async Task ARetiredProfileIsOneSora007WithItsDate_AndItsRulesStillApply(string configured, string id, string date)
    {
        var run = await VerifyAsync(
            InClass(Request),
            configured,
            Diagnostic("SORA007").WithMessage($"The SoraProvider MSBuild property is '{id}', a profile whose service no longer runs (retired {date}); its rules still judge the requests"));

        var retired = run.Single("SORA007");
        Assert.Equal(DiagnosticSeverity.Warning, retired.Severity);
        Assert.Equal(Location.None, retired.Location);
    }

    [Fact]
    public Task ARetiredProfileIsReportedEvenWhenNoRequestIsBuilt() =>
        VerifyAsync(InClass("public static int M() => 1;"), "openai", Diagnostic("SORA007"));

    [Fact]
    public Task ARetiredProfileIsReportedOnceForAWholeCompilation()
    {
        var test = Test(InClass(Request), "azure", Diagnostic("SORA007"));
        for (var i = 0; i < 3; i++)
        {
            test.TestState.Sources.Add(($"/src/Consumer/More{i}.cs", Usings + $"namespace Consumer{i};\ninternal static class D\n{{\n{Request}\n}}\n"));
        }

        return RunAsync(test);
    }

    [Theory]
    [InlineData("ezmodel")]
    [InlineData("unigateway")]
    [InlineData("gptge")]
    public Task ALiveProfileGetsNoSora007(string provider) =>
        VerifyAsync(InClass(Request), provider);

    [Fact]
    public Task AnUnknownProfileIsSora006Only_NotAlsoSora007() =>
        VerifyAsync(InClass(Request), "acme", Diagnostic("SORA006"));
}
