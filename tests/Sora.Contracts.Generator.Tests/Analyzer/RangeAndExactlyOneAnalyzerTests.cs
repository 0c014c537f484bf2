using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// The two rule kinds that had no metadata before issue 11: a number's range (<c>minimum</c>, <c>maximum</c>,
/// exclusive bounds, <c>multipleOf</c>) is SORA008, and an exactly-one group (an object-level <c>oneOf</c> of
/// <c>required</c> lists) with none or both set is SORA001, each in the words of the run-time violation. The spec is
/// <see cref="RenderSpec"/>, whose every row the differential test also runs.
/// </summary>
public sealed class RangeAndExactlyOneAnalyzerTests
{
    private static Task<AnalyzerRun> VerifyRender(string members, params DiagnosticResult[] expected) =>
        RunAsync(TestWithSpec(
            "using System;\nusing Render.Api;\n\nnamespace Consumer;\n\ninternal static class C\n{\n" + members + "\n}\n",
            new SpecFile(RenderSpec.Path, RenderSpec.Yaml, RenderSpec.Namespace),
            null,
            expected));

    [Fact]
    public Task ANumberOutsideItsRange_IsSora008_NamingTheFirstBoundItBreaks() =>
        VerifyRender(
            """
                public static CreateRenderRequest Zero() => new("p") { Duration = {|#0:0|}, ImageUrl = "u" };
                public static CreateRenderRequest Long() => new CreateRenderRequest.Builder("p").WithDuration({|#1:90|}).WithFileId("f").Build();
                public static CreateRenderRequest Step() => new("p") { Duration = {|#2:12|}, FileId = "f" };
                public static CreateRenderRequest Fps() => new("p") { Fps = {|#3:121|}, FileId = "f" };
                public static CreateRenderRequest Fine() => new("p") { Duration = 30, Fps = 120, FileId = "f" };
            """,
            Diagnostic("SORA008").WithLocation(0).WithMessage("duration 0 is out of range: duration must be at least 1"),
            Diagnostic("SORA008").WithLocation(1).WithMessage("duration 90 is out of range: duration must be at most 60"),
            Diagnostic("SORA008").WithLocation(2).WithMessage("duration 12 is out of range: duration must be a multiple of 5"),
            Diagnostic("SORA008").WithLocation(3).WithMessage("fps 121 is out of range: fps must be less than 121"));

    [Fact]
    public Task AnExactlyOneGroupWithNoneOrBothSet_IsSora001_InTheValidatorsWords() =>
        VerifyRender(
            """
                public static CreateRenderRequest None() => {|#0:new("p")|};
                public static CreateRenderRequest Both() => new("p") { ImageUrl = {|#1:"u"|}, FileId = "f" };
                public static CreateRenderRequest One() => new("p") { FileId = "f" };
                public static CreateRenderRequest Unknown(string url) => new("p") { ImageUrl = url };
                public static CreateRenderRequest Cleared() => {|#2:new CreateRenderRequest("p") { FileId = "f" } with { FileId = null }|};
            """,
            Diagnostic("SORA001").WithLocation(0).WithMessage("none of image_url or file_id is set: exactly one of image_url or file_id must be set"),
            Diagnostic("SORA001").WithLocation(1).WithMessage("image_url and file_id are set together: exactly one of image_url or file_id must be set"),
            Diagnostic("SORA001").WithLocation(2).WithMessage("none of image_url or file_id is set: exactly one of image_url or file_id must be set"));
}
