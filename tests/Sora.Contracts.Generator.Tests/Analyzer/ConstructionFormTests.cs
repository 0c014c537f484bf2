using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// Each SORA0xx diagnostic, positive and negative, in each way a request is constructed: builder chain (Build and
/// TryBuild), object creation with an initializer, constructor argument, target-typed <c>new</c> and <c>with</c>.
/// Expected diagnostics are marked in the snippet (<c>{|SORA001:...|}</c>): id and span are both asserted, and any
/// other SORA diagnostic fails the test.
/// </summary>
public sealed class ConstructionFormTests
{
    public static TheoryData<Form> AllForms() => new(RequestForms.All);

    /// <summary>The forms that create a whole request, where a property not written is known to be absent.</summary>
    public static TheoryData<Form> CompleteForms() => new(RequestForms.All.Where(f => f != Form.With));

    private static Task<AnalyzerRun> Verify(Form form, string? prompt, string? provider, params (string, string)[] values) =>
        VerifyAsync(RequestForms.Snippet(RequestForms.Expression(form, prompt, values)), provider);

    /// <summary>Like <see cref="Verify"/>, with <paramref name="expected"/> at the span marked <c>{|#0:...|}</c>.</summary>
    private static Task<AnalyzerRun> Expect(Form form, string? prompt, string? provider, Microsoft.CodeAnalysis.Testing.DiagnosticResult expected, params (string, string)[] values) =>
        VerifyAsync(RequestForms.Snippet(RequestForms.Expression(form, prompt, values)), provider, expected.WithLocation(0));

    // ---- SORA001: combination not allowed ----

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora001_LandscapeSizeWithSora2(Form form) =>
        Expect(
            form,
            null,
            null,
            Diagnostic("SORA001").WithMessage("size 1792x1024 is not allowed when model is sora-2: size must be 720x1280 or 1280x720")
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations),
            ("Model", "\"sora-2\""),
            ("Size", "{|#0:\"1792x1024\"|}"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora001_PortraitSizeWithADatedNonProModel(Form form) =>
        Verify(form, null, null, ("Model", "\"sora-2-2025-12-08\""), ("Size", "{|SORA001:\"1024x1792\"|}"));

    [Theory]
    [MemberData(nameof(CompleteForms))]
    public Task Sora001_ModelAbsentMeansTheDefaultSora2WhichIsNotPro(Form form) =>
        Expect(
            form,
            null,
            null,
            Diagnostic("SORA001").WithMessage("size 1792x1024 is not allowed when model is not set (sora-2 by default): size must be 720x1280 or 1280x720")
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations),
            ("Size", "{|#0:\"1792x1024\"|}"));

    [Fact]
    public Task Sora001_NotReportedForAWithThatDoesNotSetTheModel() =>
        // The request being copied may well have a pro model: a with knows only what it sets.
        Verify(Form.With, null, null, ("Size", "\"1792x1024\""));

    [Fact]
    public Task Sora001_NotReportedForAWithThatSetsOnlyTheModel() =>
        Verify(Form.With, null, null, ("Model", "\"sora-2\""));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora001_NotReportedWithAProModel(Form form) =>
        Verify(form, null, null, ("Model", "\"sora-2-pro\""), ("Size", "\"1792x1024\""));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora001_NotReportedWithADatedProModel(Form form) =>
        Verify(form, null, null, ("Model", "VideoModel.Sora2Pro20251006"), ("Size", "\"1024x1792\""));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora001_NotReportedFor720pWithSora2(Form form) =>
        Verify(form, null, null, ("Model", "\"sora-2\""), ("Size", "\"1280x720\""));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora001_NotReportedWhenTheModelIsUnknowable(Form form) =>
        Verify(form, null, null, ("Model", "p"), ("Size", "\"1792x1024\""));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora001_NotReportedWhenTheSizeIsUnknowable(Form form) =>
        Verify(form, null, null, ("Model", "\"sora-2\""), ("Size", "p"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora001_NotReportedWhenTheSizeIsNotSet(Form form) =>
        // The rule has no "then required": an absent size is the 720x1280 default, which every model makes.
        Verify(form, null, null, ("Model", "\"sora-2\""), ("Seconds", "8"));

    // ---- SORA002: value outside its enum ----

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora002_FiveSeconds(Form form) =>
        Expect(form, null, null, Diagnostic("SORA002").WithMessage("seconds 5 is not an allowed value: seconds must be 4, 8 or 12"), ("Seconds", "{|#0:5|}"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora002_FullHdSize(Form form) =>
        // Not also SORA001 (model absent = sora-2): a rule is not checked on a value already reported as wrong.
        Verify(form, null, null, ("Size", "{|SORA002:\"1920x1080\"|}"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora002_NotReportedForAllowedValues(Form form) =>
        Verify(form, null, null, ("Size", "\"720x1280\""), ("Seconds", "12"));

    // ---- SORA003: unknown model of the open enum ----

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora003_UnknownModelSoItsCombinationIsNotChecked(Form form) =>
        // An explicit result (not markup) also checks the severity: a warning.
        Expect(
            form,
            null,
            null,
            Diagnostic("SORA003").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning),
            ("Model", "{|#0:\"sora-3-ultra\"|}"),
            ("Size", "\"1792x1024\""));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora003_NotReportedForKnownModels(Form form) =>
        Verify(form, null, null, ("Model", "\"sora-2-pro-2025-10-06\""));

    // ---- SORA004: not supported by the chosen provider ----

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora004_LandscapeSizeOnEzmodel(Form form) =>
        Expect(
            form,
            null,
            "ezmodel",
            Diagnostic("SORA004").WithMessage("size 1792x1024 is not supported by provider ezmodel: size must be 720x1280 or 1280x720 there"),
            ("Model", "\"sora-2-pro\""),
            ("Size", "{|#0:\"1792x1024\"|}"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora004AndSora001_AreBothReportedWhenTheProviderRejectsASizeTheRuleRejectsToo(Form form) =>
        // As the validator reports both: unsupported_by_provider and invalid_combination on size.
        Verify(form, null, "ezmodel", ("Model", "\"sora-2\""), ("Size", "{|SORA004:{|SORA001:\"1792x1024\"|}|}"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora004_NotReportedForASizeTheProviderSupports(Form form) =>
        Verify(form, null, "ezmodel", ("Model", "\"sora-2-pro\""), ("Size", "\"1280x720\""));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora004_NotReportedWithoutAProvider(Form form) =>
        Verify(form, null, null, ("Model", "\"sora-2-pro\""), ("Size", "\"1792x1024\""));

    // ---- SORA005: empty or whitespace prompt ----

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora005_EmptyPrompt(Form form) =>
        Expect(form, "{|#0:\"\"|}", null, Diagnostic("SORA005").WithMessage("prompt is empty: prompt must be at least 1 character long"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora005_WhitespacePrompt(Form form) =>
        Expect(form, "{|#0:\" \\t \"|}", null, Diagnostic("SORA005").WithMessage("prompt is whitespace only: prompt must match the pattern \\S"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora005_NotReportedForAPromptWithText(Form form) =>
        Verify(form, "\" a \"", null);

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora005_NotReportedForAnUnknowablePrompt(Form form) =>
        Verify(form, "p", null);

    [Fact]
    public Task Sora005_InitializerPromptOverridesTheConstructorArgument() =>
        VerifyAsync(RequestForms.Snippet("new CreateVideoRequest(\"fine\") { Prompt = {|SORA005:\"\"|} }"));

    [Fact]
    public Task Sora005_InitializerPromptReplacesABlankConstructorArgument() =>
        // At run time the initializer's prompt is the one sent: the blank constructor argument is overwritten.
        VerifyAsync(RequestForms.Snippet("new CreateVideoRequest(\"\") { Prompt = \"fine\" }"));

    [Fact]
    public Task Sora005AppliesToEveryRequestTypeOfTheSpecRemixToo() =>
        VerifyAsync(InClass("""
                public static RemixVideoRequest Constructor() => new RemixVideoRequest({|SORA005:""|});
                public static RemixVideoRequest TargetTyped() => new({|SORA005:" "|});
                public static RemixVideoRequest Builder() => new RemixVideoRequest.Builder({|SORA005:"\t"|}).Build();
                public static RemixVideoRequest With(RemixVideoRequest r) => r with { Prompt = {|SORA005:""|} };
                public static RemixVideoRequest Fine() => new RemixVideoRequest.Builder("Make it night").Build();
            """));

    // ---- several at once, and no request at all ----

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task EveryWrongValueOfOneSiteIsReported(Form form) =>
        VerifyAsync(
            RequestForms.Snippet(RequestForms.Expression(
                form,
                "{|SORA005:\"\"|}",
                ("Model", "{|SORA004:\"sora-2-pro\"|}"),
                ("Size", "{|SORA004:\"1792x1024\"|}"),
                ("Seconds", "{|SORA002:5|}"))),
            "azure",
            RetiredNotice("azure"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task NothingSetNothingReported(Form form) =>
        Verify(form, null, "ezmodel");

    [Fact]
    public Task OtherTypesNamedLikeTheRequestAreIgnored() =>
        VerifyAsync(InClass("""
                public sealed class Builder
                {
                    public Builder(string prompt) { }
                    public Builder WithSize(string size) => this;
                    public object Build() => this;
                }

                public sealed record Request(string Prompt)
                {
                    public string? Size { get; init; }
                }

                public static object M() => new Builder("").WithSize("1792x1024").Build();
                public static Request N(Request r) => new Request("") { Size = "1920x1080" } with { Size = "1792x1024" };
            """));

    [Fact]
    public async Task GeneratedCodeIsNotAnalyzed()
    {
        // ConfigureGeneratedCodeAnalysis(None): a *.g.cs file (or one starting with <auto-generated>) is not the user's code.
        var test = new SoraAnalyzerTest().WithProvider("ezmodel");
        test.TestState.Sources.Add(("/src/Consumer/Requests.g.cs", RequestForms.Snippet("new(\"\") { Size = \"1792x1024\", Seconds = 5 }")));

        Assert.Empty((await RunAsync(test)).Diagnostics);
    }

    // ---- builder chains ----

    [Fact]
    public Task UnfinishedChainInAVariableAssumesNothingAbsent() =>
        // The model may be set later on the variable: no "model absent, so sora-2" verdict.
        VerifyAsync(RequestForms.Snippet(
            "builder.Build()",
            locals: """
                var builder = new CreateVideoRequest.Builder("p").WithSize("1792x1024");
                builder.WithModel(VideoModel.Sora2Pro);
            """));

    [Fact]
    public Task UnfinishedChainStillReportsWhatIsWrongOnItsOwn() =>
        VerifyAsync(RequestForms.Snippet(
            "builder.Build()",
            locals: """
                var builder = new CreateVideoRequest.Builder({|SORA005:""|}).WithSeconds({|SORA002:5|}).WithSize({|SORA002:"1920x1080"|});
            """));

    [Fact]
    public Task UnfinishedChainWithBothValuesKnownReportsNoCombination_BecauseALaterCallMayChangeEither() =>
        // builder.WithModel(pro) later would make it valid: a combination is judged only on a chain that ends in Build.
        VerifyAsync(RequestForms.Snippet(
            "builder.WithModel(VideoModel.Sora2Pro).Build()",
            locals: """
                var builder = new CreateVideoRequest.Builder("p").WithModel("sora-2").WithSize("1792x1024");
            """));

    [Fact]
    public Task UnfinishedChainStillReportsAValueWrongOnItsOwn() =>
        VerifyAsync(RequestForms.Snippet(
            "builder.Build()",
            locals: """
                var builder = new CreateVideoRequest.Builder("p").WithModel("sora-2").WithSize({|SORA002:"1920x1080"|});
            """));

    [Fact]
    public Task BuilderStoredBeforeAnyCallAssumesNothing() =>
        VerifyAsync(RequestForms.Snippet(
            "builder.WithSize(\"1792x1024\").Build()",
            locals: """
                var builder = new CreateVideoRequest.Builder("p");
                builder.WithModel(VideoModel.Sora2Pro);
            """));

    [Fact]
    public Task LastCallInAChainWins() =>
        VerifyAsync(RequestForms.Snippet(
            "new CreateVideoRequest.Builder(\"p\").WithSize(\"1792x1024\").WithSeconds(5).WithSize(\"1280x720\").WithSeconds(8).Build()"));

    [Fact]
    public Task LastCallInAChainWinsTheOtherWayRound() =>
        VerifyAsync(RequestForms.Snippet(
            "new CreateVideoRequest.Builder(\"p\").WithSize(\"1280x720\").WithModel(\"sora-2-pro\").WithModel(\"sora-2\").WithSize({|SORA001:\"1792x1024\"|}).Build()"));

    [Fact]
    public Task BuildWithAProviderArgumentIsStillABuild() =>
        VerifyAsync(RequestForms.Snippet("new CreateVideoRequest.Builder(\"p\").WithSize({|SORA001:\"1792x1024\"|}).Build(SoraProvider.Openai)"));

    [Fact]
    public Task TwoRequestsInOneMethodAreJudgedApart() =>
        VerifyAsync(RequestForms.Snippet(
            "second",
            locals: """
                var first = new CreateVideoRequest.Builder("p").WithModel("sora-2-pro").WithSize("1792x1024").Build();
                var second = new CreateVideoRequest.Builder("p").WithSize({|SORA001:"1792x1024"|}).Build();
            """));
}
