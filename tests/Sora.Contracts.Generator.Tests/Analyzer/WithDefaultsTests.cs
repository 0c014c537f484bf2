using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// A <c>with</c> whose receiver the analyzer can read (a fresh creation, a <c>with</c> of one, or a local whose one
/// assignment is such a creation) knows every property the receiver did not set is absent, so the defaults apply
/// (docs/diagnostics/SORA001.md: an absent model counts as the default). Any other receiver stays unknown and silent,
/// and what the receiver's own site already reports is not reported again at the <c>with</c>.
/// </summary>
public sealed class WithDefaultsTests
{
    private const string DefaultModelMessage =
        "size 1792x1024 is not allowed when model is not set (sora-2 by default): size must be 720x1280 or 1280x720";

    private static string Method(string body) => InClass($$"""
            public static CreateVideoRequest M(CreateVideoRequest request)
            {
                {{body}}
            }
        """);

    [Fact]
    public Task AWithOnAFreshCreationWithoutAModel_IsTheDefaultModel() =>
        VerifyAsync(
            Method("""return new CreateVideoRequest("A cat") with { Size = {|#0:"1792x1024"|} };"""),
            null,
            Diagnostic("SORA001").WithLocation(0).WithMessage(DefaultModelMessage));

    [Fact]
    public Task AWithOnALocalCreatedWithoutAModel_IsTheDefaultModel() =>
        VerifyAsync(
            Method("""
                var ok = new CreateVideoRequest("A cat");
                return ok with { Size = {|#0:"1792x1024"|} };
                """),
            null,
            Diagnostic("SORA001").WithLocation(0).WithMessage(DefaultModelMessage));

    [Fact]
    public Task AWithOnATargetTypedLocalWithAnInitializer_IsTheDefaultModel() =>
        VerifyAsync(Method("""
            CreateVideoRequest ok = new("A cat") { Seconds = 8 };
            return ok with { Size = {|SORA001:VideoSize.Size1024x1792|} };
            """));

    [Fact]
    public Task AWithOnAWithOfAFreshCreation_KnowsBoth() =>
        VerifyAsync(Method("""
            return new CreateVideoRequest("A cat") with { Seconds = 8 } with { Size = {|SORA001:"1792x1024"|} };
            """));

    [Fact]
    public Task AWithOnAReceiverWithAProModel_IsFine() =>
        VerifyAsync(Method("""
            var pro = new CreateVideoRequest("A cat") { Model = VideoModel.Sora2Pro };
            return pro with { Size = "1792x1024" } with { Seconds = 12 };
            """));

    [Fact]
    public Task AWithThatSetsTheModelItself_OverridesTheReceiver() =>
        VerifyAsync(Method("""
            var pro = new CreateVideoRequest("A cat") { Model = VideoModel.Sora2Pro };
            return pro with { Model = "sora-2", Size = {|SORA001:"1792x1024"|} };
            """));

    [Fact]
    public Task ALocalAssignedTwice_IsUnknown() =>
        VerifyAsync(Method("""
            var ok = new CreateVideoRequest("A cat");
            ok = request;
            return ok with { Size = "1792x1024" };
            """));

    [Fact]
    public Task ALocalPassedByReference_IsUnknown() =>
        VerifyAsync(InClass("""
                private static void Change(ref CreateVideoRequest r) => r = r with { Model = VideoModel.Sora2Pro };

                public static CreateVideoRequest M()
                {
                    var ok = new CreateVideoRequest("A cat");
                    Change(ref ok);
                    return ok with { Size = "1792x1024" };
                }
            """));

    [Fact]
    public Task ALocalFromAnythingButACreation_IsUnknown() =>
        VerifyAsync(Method("""
            var copy = request;
            return copy with { Size = "1792x1024" };
            """));

    [Fact]
    public Task WhatTheReceiverAlreadyBreaks_IsReportedOnceAtTheReceiver() =>
        VerifyAsync(Method("""
            return new CreateVideoRequest("A cat") { Size = {|SORA001:"1792x1024"|}, Seconds = {|SORA002:5|} } with { Prompt = "A dog" };
            """));

    [Fact]
    public async Task TheFixAtAWithOnAFreshCreationReplacesTheSize_ItCannotAddAModelToAWith()
    {
        var run = await VerifyAsync(
            Method("""return new CreateVideoRequest("A cat") with { Size = {|#0:"1792x1024"|} };"""),
            null,
            Diagnostic("SORA001").WithLocation(0));

        var diagnostic = run.Single("SORA001");
        Assert.Equal("1280x720", diagnostic.Properties[Sora.Contracts.Generator.Analysis.FixProperties.Replacement]);
        Assert.False(diagnostic.Properties.ContainsKey(Sora.Contracts.Generator.Analysis.FixProperties.ConditionForm));
    }
}
