using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// A required property set to null is the validator's <c>missing_required</c>, and so SORA005 at compile time (the id
/// the violation carries); a builder throws on null before validating, so it is not judged.
/// </summary>
public sealed class RequiredValueTests
{
    [Fact]
    public Task ANullRequiredProperty_IsSora005_InACreationAndAWith() =>
        VerifyAsync(InClass("""
                public static CreateVideoRequest Created() => {|#0:new CreateVideoRequest(null!)|};
                public static CreateVideoRequest Copied(CreateVideoRequest r) => {|#1:r with { Prompt = null! }|};
                public static CreateVideoRequest Set() => new CreateVideoRequest("A cat") with { Size = "1280x720" };
            """),
            null,
            Diagnostic("SORA005").WithLocation(0).WithMessage("prompt is not set: prompt is required"),
            Diagnostic("SORA005").WithLocation(1).WithMessage("prompt is not set: prompt is required"));
}
