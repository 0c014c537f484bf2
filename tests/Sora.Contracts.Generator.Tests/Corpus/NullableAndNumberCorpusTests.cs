using Xunit;
using static Sora.Contracts.Generator.Tests.Corpus.CorpusCompiler;

namespace Sora.Contracts.Generator.Tests.Corpus;

/// <summary>
/// <c>anyOf</c>/<c>oneOf</c> of X and <c>null</c> (and 3.0's <c>nullable</c>) is a nullable X with every constraint of
/// X; <c>number</c> bounds may be fractional and <c>multipleOf</c> is checked, for numbers and integers.
/// </summary>
public sealed class NullableAndNumberCorpusTests
{
    private static readonly string NullableSpec = Spec("""
            Tag:
              type: object
              properties:
                name:
                  type: string
            Level:
              type: string
              enum: [low, high]
            Job:
              type: object
              properties:
                title:
                  anyOf:
                    - type: string
                      maxLength: 5
                    - type: 'null'
                count:
                  oneOf:
                    - type: integer
                      minimum: 1
                      maximum: 10
                    - type: 'null'
                ratio:
                  anyOf:
                    - type: number
                      minimum: 0.25
                    - type: 'null'
                tags:
                  anyOf:
                    - type: array
                      items:
                        $ref: '#/components/schemas/Tag'
                    - type: 'null'
                mode:
                  anyOf:
                    - type: string
                      enum: [fast, slow]
                    - type: 'null'
                level:
                  anyOf:
                    - $ref: '#/components/schemas/Level'
                    - type: 'null'
        """);

    private const string NullableProbe = """
        public static class Probe
        {
            private static string Codes(Job job) => string.Join(",", job.Validate().Violations.Select(v => v.Param + ":" + v.Code));

            public static string LongTitle() => Codes(new Job { Count = 3, Title = "0123456789" });

            public static string ShortTitle() => Codes(new Job { Count = 3, Title = "abc" });

            public static string CountOutOfRange() => Codes(new Job { Count = 11 });

            public static string NullCount() => Codes(new Job { Count = null });

            public static string RatioTooSmall() => Codes(new Job { Count = 1, Ratio = 0.2 });

            public static string RatioFractionalBoundMet() => Codes(new Job { Count = 1, Ratio = 0.25 });

            public static string UnknownMode() => Codes(new Job { Count = 1, Mode = "medium" });

            public static string Messages() => string.Join("|", new Job { Count = 0, Title = "0123456789", Mode = "x" }.Validate().Violations.Select(v => v.Message));

            public static string RoundTrip()
            {
                var json = "{\"title\":null,\"count\":2,\"ratio\":0.5,\"tags\":[{\"name\":\"a\"}],\"mode\":\"fast\",\"level\":\"high\"}";
                var job = System.Text.Json.JsonSerializer.Deserialize(json, SoraJsonContext.Default.Job)!;
                return System.Text.Json.JsonSerializer.Serialize(job, SoraJsonContext.Default.Job);
            }
        }
        """;

    [Fact]
    public void NullableString_KeepsMaxLength_AndReportsTooLong()
    {
        var result = Compile(NullableSpec, NullableProbe);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Equal("title:too_long", result.Call("LongTitle"));
        Assert.Equal(string.Empty, result.Call("ShortTitle"));
    }

    [Fact]
    public void NullableInteger_KeepsItsBounds_AndNullIsAllowed()
    {
        var result = Compile(NullableSpec, NullableProbe);

        Assert.Equal("count:out_of_range", result.Call("CountOutOfRange"));
        Assert.Equal(string.Empty, result.Call("NullCount"));
    }

    [Fact]
    public void NullableNumber_KeepsAFractionalMinimum()
    {
        var result = Compile(NullableSpec, NullableProbe);

        Assert.Equal("ratio:out_of_range", result.Call("RatioTooSmall"));
        Assert.Equal(string.Empty, result.Call("RatioFractionalBoundMet"));
    }

    [Fact]
    public void NullableInlineEnum_KeepsItsValues_AndMessagesShowNoPlaceholder()
    {
        var result = Compile(NullableSpec, NullableProbe);

        Assert.Equal("mode:invalid_value", result.Call("UnknownMode"));
        var messages = result.Call("Messages");
        Assert.Equal("title must be at most 5 characters long|count must be at least 1|mode must be fast or slow", messages);
        Assert.DoesNotContain("?", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void NullableShapes_RoundTripThroughJson()
    {
        var result = Compile(NullableSpec, NullableProbe);

        Assert.Equal("{\"title\":null,\"count\":2,\"ratio\":0.5,\"tags\":[{\"name\":\"a\"}],\"mode\":\"fast\",\"level\":\"high\"}", result.Call("RoundTrip"));
    }

    [Fact]
    public void OpenApi30Nullable_IsTheSameNullableX_WithItsConstraints()
    {
        var spec = Spec("""
                Job:
                  type: object
                  properties:
                    title:
                      type: string
                      maxLength: 5
                      nullable: true
            """).Replace("openapi: 3.1.0", "openapi: 3.0.3", StringComparison.Ordinal);
        const string probe = """
            public static class Probe
            {
                public static string LongTitle() => string.Join(",", new Job { Title = "0123456789" }.Validate().Violations.Select(v => v.Code));
            }
            """;

        var result = Compile(spec, probe);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Equal("too_long", result.Call("LongTitle"));
    }

    private static readonly string NumberSpec = Spec("""
            Job:
              type: object
              required: [steps, scale]
              properties:
                steps:
                  type: integer
                  minimum: 1
                  multipleOf: 5
                scale:
                  type: number
                  exclusiveMinimum: 0
                  maximum: 2.5
                  multipleOf: 0.25
                share:
                  type: number
                  exclusiveMaximum: 1
        """);

    private const string NumberProbe = """
        public static class Probe
        {
            private static string Codes(Job job) => string.Join(",", job.Validate().Violations.Select(v => v.Param + ":" + v.Code));

            public static string Valid() => Codes(new Job(10, 0.75) { Share = 0.5 });

            public static string NotAMultipleOfFive() => Codes(new Job(7, 1));

            public static string NotAMultipleOfAQuarter() => Codes(new Job(5, 0.3));

            public static string ExclusiveBounds() => Codes(new Job(5, 0) { Share = 1 });

            public static string AboveFractionalMaximum() => Codes(new Job(5, 2.75));

            public static string Messages() => string.Join("|", new Job(7, 0.3).Validate().Violations.Select(v => v.Message));
        }
        """;

    [Fact]
    public void NumberBounds_FractionalAndExclusive_AreCheckedWithNoIntegerComplaint()
    {
        var result = Compile(NumberSpec, NumberProbe);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Equal(string.Empty, result.Call("Valid"));
        Assert.Equal("scale:out_of_range,share:out_of_range", result.Call("ExclusiveBounds"));
        Assert.Equal("scale:out_of_range", result.Call("AboveFractionalMaximum"));
    }

    [Fact]
    public void MultipleOf_IsChecked_ForIntegersAndFractionalSteps()
    {
        var result = Compile(NumberSpec, NumberProbe);

        Assert.Equal("steps:out_of_range", result.Call("NotAMultipleOfFive"));
        Assert.Equal("scale:out_of_range", result.Call("NotAMultipleOfAQuarter"));
        Assert.Equal("steps must be a multiple of 5|scale must be a multiple of 0.25", result.Call("Messages"));
    }

    [Fact]
    public void RequiredIntegerWithAMinimum_CompilesAsAPlainValueCheck()
    {
        var spec = Spec("""
                Job:
                  type: object
                  required: [max_tokens]
                  properties:
                    max_tokens:
                      type: integer
                      minimum: 1
            """);
        const string probe = """
            public static class Probe
            {
                public static string Zero() => string.Join(",", new Job(0).Validate().Violations.Select(v => v.Message));
            }
            """;

        var result = Compile(spec, probe);

        Assert.Equal("max_tokens must be at least 1", result.Call("Zero"));
    }

    [Fact]
    public void NumberBoundThatIsNotANumber_IsReportedAtItsLine_AndTheRestGenerates()
    {
        var spec = Spec("""
                Job:
                  type: object
                  properties:
                    scale:
                      type: number
                      minimum: low # not a number
                      maximum: 3
            """);

        var result = Compile(spec);

        Assert.Equal(new[] { ("SORA109", LineOf(spec, "# not a number")) }, result.SpecDiagnostics);
    }
}
