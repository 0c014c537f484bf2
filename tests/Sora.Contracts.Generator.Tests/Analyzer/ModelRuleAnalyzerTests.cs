using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// The model's name rule (spec: VideoModel's open branch, minLength 1 and a pattern without control or bidi
/// characters), read from the generated <c>[SoraEnum]</c>: an empty model or one with U+202E is SORA005, as at run
/// time; a known model and a well-formed unknown one are judged exactly as before (nothing, and SORA003).
/// </summary>
public sealed class ModelRuleAnalyzerTests
{
    public static TheoryData<Form> AllForms() => new(RequestForms.All);

    private static Task<AnalyzerRun> Verify(Form form, string? provider, params (string, string)[] values) =>
        VerifyAsync(RequestForms.Snippet(RequestForms.Expression(form, null, values)), provider);

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora005_AnEmptyModel(Form form) =>
        VerifyAsync(
            RequestForms.Snippet(RequestForms.Expression(form, null, ("Model", "{|#0:\"\"|}"))),
            null,
            Diagnostic("SORA005").WithLocation(0).WithMessage("model is empty: model must be at least 1 character long"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task Sora005_AModelWithARightToLeftOverride(Form form) =>
        VerifyAsync(
            RequestForms.Snippet(RequestForms.Expression(form, null, ("Model", "{|#0:\"sora-2\\u202E\"|}"))),
            null,
            Diagnostic("SORA005").WithLocation(0).WithMessage(
                @"model is not matching its pattern: model must match the pattern ^[^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$"));

    [Theory]
    [InlineData("\"sora\\u0000-2\"")]
    [InlineData("\"sora-2\\n\"")] // a trailing newline: .NET's own $ would have let it through
    [InlineData("\"\\u2066sora-2\\u2069\"")]
    [InlineData("\"sora\\u061C2\"")]
    [InlineData("\"sora\\u200E2\"")]
    public Task Sora005_AModelWithAControlOrBidiCharacter(string literal) =>
        Verify(Form.Initializer, null, ("Model", "{|SORA005:" + literal + "|}"));

    [Fact]
    public Task Sora005_AConstantThatIsAnEmptyModel() =>
        VerifyAsync(RequestForms.Snippet("new CreateVideoRequest(\"p\") { Model = {|SORA005:Empty|} }", "private const string Empty = \"\";"));

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task KnownModels_AreNotReported(Form form) =>
        Verify(form, null, ("Model", "\"sora-2-pro-2025-10-06\""));

    [Theory]
    [InlineData("\"my-azure-deployment\"")]
    [InlineData("\"SORA-2\"")]
    [InlineData("\" \"")] // a space is a character of a name; the rule is about control and bidi characters only
    [InlineData("\"sora\\u200D2\"")] // zero-width joiner: a format character, but not a bidi one
    public Task AWellFormedUnknownModel_IsStillOnlySora003(string literal) =>
        Verify(Form.Initializer, null, ("Model", "{|SORA003:" + literal + "|}"));

    [Fact]
    public Task AMalformedModel_IsSora005_AndTheProvidersSora004()
    {
        // azure runs only sora-2: the empty name is malformed and not azure's, as the validator reports both.
        return VerifyAsync(
            RequestForms.Snippet(RequestForms.Expression(Form.Initializer, null, ("Model", "{|SORA005:{|SORA004:\"\"|}|}"))), "azure", RetiredNotice("azure"));
    }

    [Fact]
    public Task AMalformedModel_DoesNotMakeTheSizeRuleApply() =>
        // The sora-2 rule applies to the known non-pro models only; a malformed model is reported for itself.
        Verify(Form.Initializer, null, ("Model", "{|SORA005:\"\"|}"), ("Size", "\"1792x1024\""));
}
