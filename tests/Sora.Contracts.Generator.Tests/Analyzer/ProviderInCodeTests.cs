using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// A provider named in code as a generated <c>SoraProvider</c> member (<c>Build(SoraProvider.Ezmodel)</c>,
/// <c>TryBuild(out .., out .., SoraProvider.Ezmodel)</c>, <c>Validate(SoraProvider.Ezmodel)</c>) is the provider the
/// run-time check uses, so the site's verdicts are that provider's, whatever the <c>SoraProvider</c> MSBuild property
/// says. A provider the analyzer cannot read (a variable) leaves the property's verdicts as they were.
/// </summary>
public sealed class ProviderInCodeTests
{
    private static string Members(string members) => InClass(members);

    [Fact]
    public Task BuildWithAProviderNarrowsToIt() =>
        VerifyAsync(
            Members("""
                public static CreateVideoRequest M() =>
                    new CreateVideoRequest.Builder("p").WithModel("sora-2-pro").WithSize({|#0:"1792x1024"|}).Build(SoraProvider.Ezmodel);
            """),
            null,
            Diagnostic("SORA004").WithLocation(0)
                .WithMessage("size 1792x1024 is not supported by provider ezmodel: size must be 720x1280 or 1280x720 there"));

    [Fact]
    public Task TryBuildWithAProviderNarrowsToIt() =>
        VerifyAsync(Members("""
                public static bool M() =>
                    new CreateVideoRequest.Builder("p").WithModel({|SORA004:"sora-2-pro"|}).TryBuild(out _, out _, SoraProvider.Azure);
            """));

    [Fact]
    public Task TryBuildWithANamedProviderArgumentNarrowsToIt() =>
        VerifyAsync(Members("""
                public static bool M() =>
                    new CreateVideoRequest.Builder("p").WithSize({|SORA004:{|SORA001:"1024x1792"|}|}).TryBuild(provider: SoraProvider.Ezmodel, value: out _, result: out _);
            """));

    [Fact]
    public Task ValidateOnTheCreationNarrowsToIt() =>
        VerifyAsync(Members("""
                public static Sora.Contracts.Validation.SoraValidationResult M() =>
                    new CreateVideoRequest("p") { Model = "sora-2-pro", Size = {|SORA004:"1792x1024"|} }.Validate(SoraProvider.Ezmodel);
            """));

    [Fact]
    public Task ValidateOnALocalNarrowsItsCreation() =>
        VerifyAsync(Members("""
                public static Sora.Contracts.Validation.SoraValidationResult M()
                {
                    var request = new CreateVideoRequest("p") { Model = "sora-2-pro", Size = {|SORA004:"1792x1024"|} };
                    return request.Validate(SoraProvider.Ezmodel);
                }
            """));

    [Fact]
    public Task ValidateOnAWithNarrowsIt() =>
        VerifyAsync(Members("""
                public static Sora.Contracts.Validation.SoraValidationResult M(CreateVideoRequest request) =>
                    (request with { Seconds = 5 }).Validate(SoraProvider.Unigateway);
            """));

    [Fact]
    public Task TheProviderInCodeOverridesTheMsBuildProperty() =>
        // azure runs sora-2 only, openai also sora-2-pro; and unigateway admits 5 seconds where ezmodel does not.
        VerifyAsync(
            Members("""
                public static CreateVideoRequest Openai() =>
                    new CreateVideoRequest.Builder("p").WithModel("sora-2-pro").WithSize("1792x1024").Build(SoraProvider.Openai);

                public static CreateVideoRequest Unigateway() => new CreateVideoRequest.Builder("p").WithSeconds(5).Build(SoraProvider.Unigateway);

                public static CreateVideoRequest Ezmodel() => new CreateVideoRequest.Builder("p").WithSeconds({|SORA002:5|}).Build(SoraProvider.Ezmodel);

                public static CreateVideoRequest Property() => new CreateVideoRequest.Builder("p").WithModel({|SORA004:"sora-2-pro"|}).Build();
            """),
            "azure",
            RetiredNotice("azure"));

    [Fact]
    public Task AProviderTheAnalyzerCannotRead_LeavesTheMsBuildVerdicts() =>
        VerifyAsync(
            Members("""
                public static CreateVideoRequest Variable(SoraProvider provider) =>
                    new CreateVideoRequest.Builder("p").WithModel("sora-2-pro").WithSize({|SORA004:"1792x1024"|}).Build(provider);

                public static CreateVideoRequest Null() =>
                    new CreateVideoRequest.Builder("p").WithModel("sora-2-pro").WithSize({|SORA004:"1024x1792"|}).Build(null);
            """),
            "ezmodel");

    [Fact]
    public Task TwoValidationsOfOneLocal_ReportWhatEachProviderRejects_AndWhatBothSayOnce() =>
        // Each provider's SORA004 names it; the blank prompt is the same verdict under both, so it is reported once.
        VerifyAsync(
            Members("""
                public static bool M()
                {
                    var request = new CreateVideoRequest({|SORA005:""|}) { Model = {|SORA004:"sora-2-pro"|}, Size = {|#0:"1792x1024"|} };
                    return request.Validate(SoraProvider.Ezmodel).IsValid && request.Validate(SoraProvider.Azure).IsValid;
                }
            """),
            null,
            Diagnostic("SORA004").WithLocation(0).WithMessage("size 1792x1024 is not supported by provider azure: size must be 720x1280 or 1280x720 there"),
            Diagnostic("SORA004").WithLocation(0).WithMessage("size 1792x1024 is not supported by provider ezmodel: size must be 720x1280 or 1280x720 there"));

    [Fact]
    public Task AConsumerSpecsProvidersInCodeNarrowItsTypes() =>
        RunAsync(TestWithSpec(
            """
            using Acme.Video;

            namespace Consumer;

            internal static class C
            {
                public static CreateClipRequest Max() =>
                    new CreateClipRequest.Builder("p").WithModel({|SORA004:"acme-v1-max"|}).WithSeconds({|SORA004:"20"|}).Build(SoraProvider.Edgebox);

                public static CreateClipRequest Cloud() => new CreateClipRequest.Builder("p").WithSeconds("30").Build(SoraProvider.AcmeCloud);
            }
            """,
            new SpecFile("/consumer/specs/acme.openapi.yaml", File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Sora.Contracts.SpecSwap.Tests", "acme.openapi.yaml")), "Acme.Video")));
}
