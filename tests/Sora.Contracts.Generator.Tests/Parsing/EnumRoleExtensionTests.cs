using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>
/// An enum schema's <c>default</c>, <c>x-sora-lifecycle</c> and <c>x-sora-media-types</c>: what the client and the emulator
/// read instead of naming status or variant values in C#.
/// </summary>
public sealed class EnumRoleExtensionTests
{
    [Fact]
    public void LifecycleMediaTypesAndDefault_AreReadIntoTheEnumModel()
    {
        var model = Parse(Spec("""
                Phase:
                  type: string
                  enum: [waiting, busy, done, broken]
                  x-sora-terminal-values: [done, broken]
                  x-sora-lifecycle: {initial: waiting, running: busy, success: done, failure: broken}
                Asset:
                  type: string
                  enum: [clip, still]
                  default: clip
                  x-sora-media-types: {clip: video/webm, still: image/png}
                Order:
                  type: string
                  enum: [up, down]
                  x-sora-sort: {ascending: up, descending: down}
            """));

        Assert.Empty(model.Diagnostics);
        var phase = model.Enums.Single(e => e.Name == "Phase");
        Assert.Equal(new[] { ("Initial", "waiting"), ("Running", "busy"), ("Success", "done"), ("Failure", "broken") },
            phase.RoleSets.Single(r => r.ClassName == "Lifecycle").Roles.Select(r => (r.Role, r.Value)));
        var asset = model.Enums.Single(e => e.Name == "Asset");
        Assert.Equal("clip", asset.Default);
        Assert.Equal(new[] { ("clip", "video/webm"), ("still", "image/png") }, asset.MediaTypes.Select(m => (m.Value, m.MediaType)));
        var direction = model.Enums.Single(e => e.Name == "Order").RoleSets.Single();
        Assert.Equal("Direction", direction.ClassName);
        Assert.Equal(new[] { ("Ascending", "up"), ("Descending", "down") }, direction.Roles.Select(r => (r.Role, r.Value)));
    }

    [Fact]
    public void Sora110_LifecycleWithAnUnknownRoleAValueOutsideTheEnumOrANonTerminalOutcome_IsReportedAtTheEntry()
    {
        var yaml = Spec("""
                Phase:
                  type: string
                  enum: [waiting, busy, done, broken]
                  x-sora-terminal-values: [done, broken]
                  x-sora-lifecycle:
                    initial: waiting
                    running: busy
                    success: busy # not terminal
                    failure: lost # not a value
                    paused: waiting # no such role
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model,
            ("SORA110", LineOf(yaml, "# not terminal")),
            ("SORA110", LineOf(yaml, "# not a value")),
            ("SORA110", LineOf(yaml, "# no such role")));
        Assert.Empty(model.Enums.Single(e => e.Name == "Phase").RoleSets);
    }

    [Fact]
    public void Sora110_LifecycleMissingARoleOrNotAMapping_IsReportedAndNoRoleIsEmitted()
    {
        var yaml = Spec("""
                Phase:
                  type: string
                  enum: [waiting, done]
                  x-sora-lifecycle: # no running or failure
                    initial: waiting
                    success: done
                Other:
                  type: string
                  enum: [a]
                  x-sora-lifecycle: [a] # a list
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model,
            ("SORA110", LineOf(yaml, "# no running or failure") + 1),
            ("SORA110", LineOf(yaml, "# a list")));
        Assert.All(model.Enums.Where(e => e.Name is "Phase" or "Other"), e => Assert.Empty(e.RoleSets));
    }

    [Fact]
    public void Sora110_MediaTypeForAnUnknownValueOrThatIsNotAMediaType_IsReportedAndTheRestKept()
    {
        var yaml = Spec("""
                Asset:
                  type: string
                  enum: [clip, still, poster]
                  x-sora-media-types:
                    clip: video/mp4
                    still: png # not a media type
                    sound: audio/mpeg # not a value
                    poster: image/jpeg
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# not a media type")), ("SORA110", LineOf(yaml, "# not a value")));
        Assert.Equal(new[] { "clip", "poster" }, model.Enums.Single(e => e.Name == "Asset").MediaTypes.Select(m => m.Value));
    }

    [Fact]
    public void Sora112_EnumDefaultOutsideItsValues_IsReportedAtTheDefault()
    {
        var yaml = Spec("""
                Asset:
                  type: string
                  enum: [clip, still]
                  default: movie # not a value
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA112", LineOf(yaml, "# not a value")));
        Assert.Null(model.Enums.Single(e => e.Name == "Asset").Default);
    }

    [Fact]
    public void AnEnumValueNamedLikeAnOptionalMember_CollidesOnlyWhenTheSchemaAsksForThatMember()
    {
        var yaml = Spec("""
                Keyword:
                  type: string
                  enum: [default, lifecycle, media_type, direction]
                Choice:
                  type: string
                  enum: [default, other] # Default is taken
                  default: other
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA111", LineOf(yaml, "# Default is taken")));
        Assert.Equal(4, model.Enums.Single(e => e.Name == "Keyword").Members.Count);
    }
}
