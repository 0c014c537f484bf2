using Xunit;
using static Sora.Contracts.Generator.Tests.Corpus.CorpusCompiler;

namespace Sora.Contracts.Generator.Tests.Corpus;

/// <summary>
/// Formats (int32, int64, date-time, uri), <c>additionalProperties</c> schemas as dictionaries with validated values,
/// free-form objects kept as JSON, and <c>const</c>.
/// </summary>
public sealed class FormatsMapsAndConstCorpusTests
{
    private static readonly string FormatSpec = Spec("""
            Label:
              type: object
              required: [text]
              properties:
                text:
                  type: string
                  maxLength: 3
            Job:
              type: object
              properties:
                small:
                  type: integer
                  format: int32
                big:
                  type: integer
                  format: int64
                when:
                  type: string
                  format: date-time
                link:
                  type: string
                  format: uri
                labels:
                  type: object
                  additionalProperties:
                    $ref: '#/components/schemas/Label'
                counts:
                  type: object
                  additionalProperties:
                    type: integer
                anything:
                  type: object
                object:
                  type: string
                  const: job
                version:
                  type: integer
                  const: 2
        """);

    private const string FormatProbe = """
        public static class Probe
        {
            private static Job Read(string json) => System.Text.Json.JsonSerializer.Deserialize(json, SoraJsonContext.Default.Job)!;

            public static string Types() => string.Join(",", new[] { "Small", "Big", "When", "Link", "Labels", "Counts", "Anything" }.Select(n => typeof(Job).GetProperty(n)!.PropertyType).Select(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(System.Nullable<>) ? t.GetGenericArguments()[0].Name : t.Name));

            public static string When() => Read("{\"when\":\"2025-10-27T08:30:00Z\"}").When!.Value.ToUnixTimeSeconds().ToString();

            public static string BadDate()
            {
                try
                {
                    Read("{\"when\":\"yesterday\"}");
                    return "read";
                }
                catch (System.Text.Json.JsonException e)
                {
                    return e.Message;
                }
            }

            public static string Maps()
            {
                var job = Read("{\"labels\":{\"a\":{\"text\":\"abcd\"}},\"counts\":{\"x\":1,\"y\":2},\"anything\":{\"k\":[true]}}");
                return job.Labels!["a"].Text + " " + job.Counts!["y"] + " " + job.Anything!.Value.GetRawText();
            }

            public static string MapViolations() => string.Join(",", Read("{\"labels\":{\"a\":{\"text\":\"abcd\"}}}").Validate().Violations.Select(v => v.Param + ":" + v.Code));

            public static string RoundTrip()
            {
                var json = "{\"small\":1,\"big\":9007199254740993,\"link\":\"not a uri, kept\",\"labels\":{\"a\":{\"text\":\"ab\"}},\"counts\":{\"x\":1},\"anything\":{\"k\":[true]},\"object\":\"job\",\"version\":2}";
                var back = System.Text.Json.JsonSerializer.Serialize(Read(json), SoraJsonContext.Default.Job);
                return back == json ? "same" : back;
            }

            public static string ConstViolations() => string.Join(",", new Job { Object = "task", Version = 3 }.Validate().Violations.Select(v => v.Param + ":" + v.Code));
        }
        """;

    private static readonly Lazy<CorpusCompiler.Result> Generated = new(() => Compile(FormatSpec, FormatProbe));

    [Fact]
    public void Formats_MapToTheirCSharpTypes_UriStayingAString()
    {
        Assert.Empty(Generated.Value.SpecDiagnostics);
        Assert.Equal("Int32,Int64,DateTimeOffset,String,IReadOnlyDictionary`2,IReadOnlyDictionary`2,JsonElement", Generated.Value.Call("Types"));
    }

    [Fact]
    public void DateTime_ReadsRfc3339_AndAnythingElseFailsNamingTheProperty()
    {
        Assert.Equal("1761553800", Generated.Value.Call("When"));
        Assert.Contains("Job.when", Generated.Value.Call("BadDate"), StringComparison.Ordinal);
    }

    [Fact]
    public void AdditionalPropertiesSchemas_AreDictionaries_WithTheirValuesValidated()
    {
        Assert.Equal("abcd 2 {\"k\":[true]}", Generated.Value.Call("Maps"));
        Assert.Equal("labels:too_long", Generated.Value.Call("MapViolations"));
    }

    [Fact]
    public void FormatsMapsAndConsts_RoundTrip()
    {
        Assert.Equal("same", Generated.Value.Call("RoundTrip"));
    }

    [Fact]
    public void Const_ReportsAnyOtherValue()
    {
        Assert.Equal("object:invalid_value,version:out_of_range", Generated.Value.Call("ConstViolations"));
    }

    [Fact]
    public void BooleanConst_IsReportedAtItsLine()
    {
        var spec = Spec("""
                Job:
                  type: object
                  properties:
                    on:
                      type: boolean
                      const: true # not checked
            """);

        var result = Compile(spec);

        Assert.Equal(new[] { ("SORA109", LineOf(spec, "# not checked")) }, result.SpecDiagnostics);
    }
    [Fact]
    public void ConstWithoutType_TakesTheTypeItsValueImplies_AndIsChecked()
    {
        var spec = Spec("""
                Job:
                  type: object
                  properties:
                    kind:
                      const: cat
                    code:
                      const: '42'
                    level:
                      const: 3
                    ratio:
                      const: 0.5
            """);
        const string probe = """
            public static class Probe
            {
                public static string Types() => string.Join(",", new[] { "Kind", "Code", "Level", "Ratio" }.Select(n => typeof(Job).GetProperty(n)!.PropertyType).Select(t => t.IsGenericType ? t.GetGenericArguments()[0].Name : t.Name));

                public static string Valid() => new Job { Kind = "cat", Code = "42", Level = 3, Ratio = 0.5 }.Validate().IsValid.ToString();

                public static string Violations() => string.Join(",", new Job { Kind = "dog", Code = "41", Level = 4, Ratio = 0.25 }.Validate().Violations.Select(v => v.Param + ":" + v.Code));
            }
            """;

        var result = Compile(spec, probe);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Equal("String,String,Int64,Double", result.Call("Types"));
        Assert.Equal("True", result.Call("Valid"));
        Assert.Equal("kind:invalid_value,code:invalid_value,level:out_of_range,ratio:out_of_range", result.Call("Violations"));
    }

    [Fact]
    public void NullConstWithoutType_IsStillReportedAtItsLine()
    {
        var spec = Spec("""
                Job:
                  type: object
                  properties:
                    kind:
                      const: null # no type to imply
            """);

        var result = Compile(spec);

        Assert.Equal(new[] { ("SORA109", LineOf(spec, "const: null")) }, result.SpecDiagnostics);
    }
    [Fact]
    public void NaNDefaultOfANumber_IsReportedAtItsLine_AndTheCodeCompiles()
    {
        var spec = Spec("""
                Job:
                  type: object
                  properties:
                    ratio:
                      type: number
                      default: NaN # not a number
            """);

        var result = Compile(spec);

        Assert.Equal(new[] { ("SORA112", LineOf(spec, "# not a number")) }, result.SpecDiagnostics);
    }
}
