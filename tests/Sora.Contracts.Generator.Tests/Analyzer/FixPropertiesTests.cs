using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Sora.Contracts.Generator.Analysis;
using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// What the code fixes read from <see cref="Diagnostic.Properties"/> (keys in <see cref="FixProperties"/>) and the
/// additional locations: the analyzer works out the replacement from the spec's rules; a fix only edits syntax.
/// </summary>
public sealed class FixPropertiesTests
{
    // ---- SORA001 ----

    [Theory]
    [InlineData("1792x1024", "1280x720")]
    [InlineData("1024x1792", "720x1280")]
    [InlineData("Size1792x1024", "1280x720")]
    [InlineData("Size1024x1792", "720x1280")]
    public async Task Sora001ReplacementIsTheNearestAllowedSizeOfTheSameOrientation(string size, string replacement)
    {
        var value = size.StartsWith("Size", StringComparison.Ordinal) ? "VideoSize." + size : $"\"{size}\"";
        var run = await VerifyAsync(RequestForms.Snippet(
            $"new CreateVideoRequest.Builder(\"p\").WithModel({{|#1:\"sora-2\"|}}).WithSize({{|#0:{value}|}}).Build()"), null, Diagnostic("SORA001").WithLocation(0).WithLocation(1));

        var diagnostic = run.Single("SORA001");
        AssertProperty(diagnostic, FixProperties.Replacement, replacement);
        AssertProperty(diagnostic, FixProperties.Property, "size");
        AssertProperty(diagnostic, FixProperties.ConditionProperty, "model");
        AssertProperty(diagnostic, FixProperties.ConditionReplacement, "sora-2-pro");
        AssertProperty(diagnostic, FixProperties.ConditionPresent, "true");
        AssertProperty(diagnostic, FixProperties.ConditionForm, FixProperties.BuilderForm);
        AssertProperty(diagnostic, FixProperties.ConditionMember, "WithModel");
    }

    [Fact]
    public async Task Sora001WithTheModelAbsentFromABuildChainPointsTheConditionAtTheBuildCall()
    {
        var run = await VerifyAsync(RequestForms.Snippet(
            "{|#1:new CreateVideoRequest.Builder(\"p\").WithSeconds(8).WithSize({|#0:\"1792x1024\"|}).Build()|}"), null, Diagnostic("SORA001").WithLocation(0).WithLocation(1));

        var diagnostic = run.Single("SORA001");
        AssertProperty(diagnostic, FixProperties.Replacement, "1280x720");
        AssertProperty(diagnostic, FixProperties.ConditionReplacement, "sora-2-pro");
        AssertProperty(diagnostic, FixProperties.ConditionPresent, "false");
        AssertProperty(diagnostic, FixProperties.ConditionForm, FixProperties.BuilderForm);
        AssertProperty(diagnostic, FixProperties.ConditionMember, "WithModel");
    }

    [Fact]
    public async Task Sora001WithTheModelAbsentFromATryBuildChainPointsAtTheTryBuildCall()
    {
        var run = await VerifyAsync(RequestForms.Snippet(
            "({|#1:new CreateVideoRequest.Builder(\"p\").WithSize({|#0:\"1024x1792\"|}).TryBuild(out var built, out _)|} ? built : null)"), null, Diagnostic("SORA001").WithLocation(0).WithLocation(1));

        var diagnostic = run.Single("SORA001");
        AssertProperty(diagnostic, FixProperties.Replacement, "720x1280");
        AssertProperty(diagnostic, FixProperties.ConditionPresent, "false");
        AssertProperty(diagnostic, FixProperties.ConditionForm, FixProperties.BuilderForm);
    }

    [Theory]
    [InlineData("new CreateVideoRequest(\"p\")")]
    [InlineData("new(\"p\")")]
    public async Task Sora001WithTheModelAbsentFromAnObjectCreationPointsAtTheCreation(string creation)
    {
        var run = await VerifyAsync(RequestForms.Snippet("{|#1:" + creation + " { Seconds = 4, Size = {|#0:\"1792x1024\"|} }|}"), null, Diagnostic("SORA001").WithLocation(0).WithLocation(1));

        var diagnostic = run.Single("SORA001");
        AssertProperty(diagnostic, FixProperties.Replacement, "1280x720");
        AssertProperty(diagnostic, FixProperties.ConditionReplacement, "sora-2-pro");
        AssertProperty(diagnostic, FixProperties.ConditionPresent, "false");
        AssertProperty(diagnostic, FixProperties.ConditionForm, FixProperties.InitializerForm);
        AssertProperty(diagnostic, FixProperties.ConditionMember, "Model");
    }

    [Fact]
    public async Task Sora001InAnInitializerPointsAtTheModelWhenItIsWritten()
    {
        var run = await VerifyAsync(RequestForms.Snippet(
            "new CreateVideoRequest(\"p\") { Model = {|#1:VideoModel.Sora220251208|}, Size = {|#0:VideoSize.Size1024x1792|} }"), null, Diagnostic("SORA001").WithLocation(0).WithLocation(1));

        var diagnostic = run.Single("SORA001");
        AssertProperty(diagnostic, FixProperties.Replacement, "720x1280");
        AssertProperty(diagnostic, FixProperties.ConditionPresent, "true");
        AssertProperty(diagnostic, FixProperties.ConditionMember, "Model");
    }

    [Fact]
    public async Task Sora001InAWithPointsAtTheModelOfTheWith()
    {
        var run = await VerifyAsync(RequestForms.Snippet("request with { Model = {|#1:\"sora-2\"|}, Size = {|#0:\"1792x1024\"|} }"), null, Diagnostic("SORA001").WithLocation(0).WithLocation(1));

        var diagnostic = run.Single("SORA001");
        AssertProperty(diagnostic, FixProperties.Replacement, "1280x720");
        AssertProperty(diagnostic, FixProperties.ConditionReplacement, "sora-2-pro");
        AssertProperty(diagnostic, FixProperties.ConditionPresent, "true");

        // A with cannot have a model added to it (it is present here anyway): no form to add one in.
        Assert.True(!diagnostic.Properties.TryGetValue(FixProperties.ConditionForm, out var form) || form is null, $"form: {form}");
    }

    [Theory]
    [InlineData("gptge")]
    [InlineData("unigateway")]
    public async Task Sora001ConditionReplacementIsAProModelTheProviderRuns(string provider)
    {
        var run = await VerifyAsync(
            RequestForms.Snippet("new CreateVideoRequest.Builder(\"p\").WithModel(\"sora-2\").WithSize({|SORA001:\"1792x1024\"|}).Build()"),
            provider: provider);

        // gptge and unigateway list sora-2 and sora-2-pro only: sora-2-pro is the one pro model they run.
        AssertProperty(run.Single("SORA001"), FixProperties.ConditionReplacement, "sora-2-pro");
        AssertProperty(run.Single("SORA001"), FixProperties.Replacement, "1280x720");
    }

    // ---- SORA002 ----

    [Theory]
    [InlineData("5", "4")]
    // 10 is 2 from both 8 and 12: ties go to the value the spec lists first (4, 8, 12), so 8 -- the shorter, cheaper
    // clip, and the same answer whatever the numbers' order of evaluation.
    [InlineData("10", "8")]
    [InlineData("3", "4")]
    [InlineData("1", "4")]
    [InlineData("11", "12")]
    [InlineData("60", "12")]
    [InlineData("-4", "4")]
    public async Task Sora002SecondsReplacementIsTheNearestAllowedNumber(string seconds, string replacement)
    {
        var run = await VerifyAsync(RequestForms.Snippet($"new CreateVideoRequest(\"p\") {{ Seconds = {{|SORA002:{seconds}|}} }}"));

        AssertProperty(run.Single("SORA002"), FixProperties.Replacement, replacement);
        Assert.False(run.Single("SORA002").Properties.ContainsKey(FixProperties.ConditionReplacement));
    }

    [Theory]
    // Landscape 1920x1080 (2.07 Mpx): the landscape sizes are 1280x720 (0.92 Mpx) and 1792x1024 (1.84 Mpx); nearest pixel count.
    [InlineData("1920x1080", "1792x1024")]
    [InlineData("1080x1920", "1024x1792")]
    [InlineData("640x480", "1280x720")]
    [InlineData("480x640", "720x1280")]
    // Square: neither orientation matches; 720x1280 and 1280x720 are equally near, and the first listed wins.
    [InlineData("1024x1024", "720x1280")]
    [InlineData("1792x1025", "1792x1024")]
    // Not a WxH size: the smallest edit distance.
    [InlineData("720p", "720x1280")]
    public async Task Sora002SizeReplacementKeepsTheOrientationThenThePixelCount(string size, string replacement)
    {
        var run = await VerifyAsync(RequestForms.Snippet($"new CreateVideoRequest.Builder(\"p\").WithModel(\"sora-2-pro\").WithSize({{|SORA002:\"{size}\"|}}).Build()"));

        AssertProperty(run.Single("SORA002"), FixProperties.Replacement, replacement);
    }

    [Theory]
    [InlineData("ezmodel", "1920x1080", "1280x720")]
    [InlineData("azure", "1080x1920", "720x1280")]
    public async Task Sora002UnderANarrowingProviderReplacesFromTheProvidersList(string provider, string size, string replacement)
    {
        var run = await VerifyAsync(RequestForms.Snippet($"new CreateVideoRequest(\"p\") {{ Size = {{|SORA002:\"{size}\"|}} }}"), provider, RetiredNotice(provider));

        AssertProperty(run.Single("SORA002"), FixProperties.Replacement, replacement);
    }

    [Fact]
    public async Task Sora002OnUnigatewayReplacesFromItsOwnSeconds()
    {
        var run = await VerifyAsync(RequestForms.Snippet("new CreateVideoRequest(\"p\") { Seconds = {|SORA002:6|} }"), provider: "unigateway");

        AssertProperty(run.Single("SORA002"), FixProperties.Replacement, "5");
    }

    // ---- SORA004 ----

    [Theory]
    [InlineData("ezmodel", "Size", "\"1792x1024\"", "1280x720")]
    [InlineData("ezmodel", "Size", "VideoSize.Size1024x1792", "720x1280")]
    [InlineData("azure", "Size", "\"1024x1792\"", "720x1280")]
    [InlineData("azure", "Model", "\"sora-2-pro\"", "sora-2")]
    [InlineData("azure", "Model", "\"sora-3-ultra\"", "sora-2")]
    [InlineData("gptge", "Model", "VideoModel.Sora2Pro20251006", "sora-2-pro")]
    public async Task Sora004ReplacementComesFromTheProvidersList(string provider, string property, string value, string replacement)
    {
        // The other value is one the provider accepts (azure runs sora-2 only), so this diagnostic is the only SORA004;
        // a 1792 size with azure's sora-2 also breaks the spec's rule, as the validator says too (SORA001).
        var other = property == "Size" ? ("Model", provider == "azure" ? "\"sora-2\"" : "\"sora-2-pro\"") : ("Size", "\"720x1280\"");
        DiagnosticResult[] rule = provider == "azure" && property == "Size"
            ? [Diagnostic("SORA001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)]
            : [];
        var run = await VerifyAsync(
            RequestForms.Snippet(RequestForms.Expression(Form.Build, null, other, (property, "{|#0:" + value + "|}"))),
            provider,
            [Diagnostic("SORA004").WithLocation(0), .. rule, .. RetiredNotice(provider)]);

        var diagnostic = run.Single("SORA004");
        AssertProperty(diagnostic, FixProperties.Replacement, replacement);
    }

    [Fact]
    public async Task Sora004ReplacementForADatedModelIsItsUndatedModelNotAnotherFamily()
    {
        // unigateway runs sora-2 and sora-2-pro. The snapshot sora-2-2025-12-08 is a sora-2; replacing it with
        // sora-2-pro would switch the user to the (dearer) pro model because "pro" is one edit shorter than the date.
        var run = await VerifyAsync(
            RequestForms.Snippet("new CreateVideoRequest.Builder(\"p\").WithModel({|SORA004:\"sora-2-2025-12-08\"|}).Build()"),
            provider: "unigateway");

        AssertProperty(run.Single("SORA004"), FixProperties.Replacement, "sora-2");
    }

    // ---- no replacement ----

    [Fact]
    public async Task Sora003And005CarryNoReplacement()
    {
        // An unknown model may be right (a new one): the analyzer does not guess a replacement; nor does it invent a prompt.
        var run = await VerifyAsync(RequestForms.Snippet("new CreateVideoRequest({|SORA005:\"\"|}) { Model = {|SORA003:\"sora-3-ultra\"|} }"));

        Assert.Empty(run.Single("SORA003").Properties);
        Assert.False(run.Single("SORA005").Properties.ContainsKey(FixProperties.Replacement));
    }

    private static void AssertProperty(Diagnostic diagnostic, string key, string expected)
    {
        Assert.True(
            diagnostic.Properties.TryGetValue(key, out var actual),
            $"{diagnostic.Id} has no property {key}; it has: {string.Join(", ", diagnostic.Properties.Select(p => $"{p.Key}={p.Value}"))}");
        Assert.Equal(expected, actual);
    }
}
