using Xunit;
using static Sora.Contracts.Generator.Tests.Corpus.CorpusCompiler;

namespace Sora.Contracts.Generator.Tests.Corpus;

/// <summary>
/// Inline object schemas become classes named from their place; <c>allOf</c> of objects is one merged class; a
/// top-level primitive or array schema is read, with its constraints, where it is used.
/// </summary>
public sealed class InlineAndComposedObjectCorpusTests
{
    private static readonly string InlineSpec = Spec("""
            CreateVideoRequest:
              type: object
              required: [metadata]
              properties:
                metadata:
                  type: object
                  required: [owner]
                  properties:
                    owner:
                      type: string
                      maxLength: 3
                clips:
                  type: array
                  items:
                    type: object
                    properties:
                      start:
                        type: integer
                        minimum: 0
                extra:
                  type: object
            CreateVideoRequestMetadata:
              type: object
              properties:
                named:
                  type: boolean
        """, requestSchema: "CreateVideoRequest");

    private const string InlineProbe = """
        public static class Probe
        {
            public static string Names() => string.Join(",", new[] { typeof(CreateVideoRequestMetadata2), typeof(CreateVideoRequestClipsItem), typeof(CreateVideoRequestMetadata) }.Select(t => t.Name));

            public static string NestedViolations() => string.Join(",", new CreateVideoRequest(new CreateVideoRequestMetadata2("abcd"))
            {
                Clips = new[] { new CreateVideoRequestClipsItem { Start = -1 } },
            }.Validate().Violations.Select(v => v.Param + ":" + v.Code));

            public static string RoundTrip()
            {
                var json = "{\"metadata\":{\"owner\":\"ab\",\"x\":1},\"clips\":[{\"start\":2}],\"extra\":{\"any\":[1,2]}}";
                var value = System.Text.Json.JsonSerializer.Deserialize(json, SoraJsonContext.Default.CreateVideoRequest)!;
                return System.Text.Json.JsonSerializer.Serialize(value, SoraJsonContext.Default.CreateVideoRequest);
            }
        }
        """;

    [Fact]
    public void InlineObjects_AreNamedFromTheirPlace_ANamedSchemaKeepingItsName()
    {
        var result = Compile(InlineSpec, InlineProbe);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Equal("CreateVideoRequestMetadata2,CreateVideoRequestClipsItem,CreateVideoRequestMetadata", result.Call("Names"));
    }

    [Fact]
    public void InlineObjects_AreValidated_AndRoundTrip()
    {
        var result = Compile(InlineSpec, InlineProbe);

        Assert.Equal("metadata:too_long,clips:out_of_range", result.Call("NestedViolations"));
        Assert.Equal("{\"metadata\":{\"owner\":\"ab\",\"x\":1},\"clips\":[{\"start\":2}],\"extra\":{\"any\":[1,2]}}", result.Call("RoundTrip"));
    }

    [Fact]
    public void InlineObjectNames_AreStableAcrossRuns()
    {
        var first = Compile(InlineSpec).Sources.Keys.OrderBy(k => k, StringComparer.Ordinal);
        var second = Compile(InlineSpec).Sources.Keys.OrderBy(k => k, StringComparer.Ordinal);

        Assert.Equal(first, second);
    }

    private static readonly string AllOfSpec = Spec("""
            Base:
              type: object
              required: [id]
              properties:
                id:
                  type: string
                  minLength: 2
            Job:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  required: [size]
                  properties:
                    size:
                      type: integer
                      maximum: 4
                    id:
                      type: integer # conflicts with Base.id
        """);

    private const string AllOfProbe = """
        public static class Probe
        {
            public static string Violations() => string.Join(",", new Job("a", 5).Validate().Violations.Select(v => v.Param + ":" + v.Code));

            public static string RoundTrip()
            {
                var value = System.Text.Json.JsonSerializer.Deserialize("{\"id\":\"ab\",\"size\":2}", SoraJsonContext.Default.Job)!;
                return System.Text.Json.JsonSerializer.Serialize(value, SoraJsonContext.Default.Job);
            }
        }
        """;

    [Fact]
    public void AllOfOfObjects_IsOneMergedClass_AConflictReportedAtItsLine()
    {
        var result = Compile(AllOfSpec, AllOfProbe);

        Assert.Equal(new[] { ("SORA109", LineOf(AllOfSpec, "# conflicts with Base.id") - 1) }, result.SpecDiagnostics);
        Assert.Equal("id:too_short,size:out_of_range", result.Call("Violations"));
        Assert.Equal("{\"id\":\"ab\",\"size\":2}", result.Call("RoundTrip"));
    }

    [Fact]
    public void AllOfBesideIfThenRules_MergesAndKeepsTheRules()
    {
        var spec = Spec("""
                Base:
                  type: object
                  properties:
                    model:
                      type: string
                      enum: [small, large]
                Job:
                  type: object
                  properties:
                    size:
                      type: string
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - if:
                        properties:
                          model:
                            const: small
                      then:
                        properties:
                          size:
                            enum: [s]
            """);
        const string probe = """
            public static class Probe
            {
                public static string Violations() => string.Join(",", new Job { Model = "small", Size = "l" }.Validate().Violations.Select(v => v.Param + ":" + v.Code));
            }
            """;

        var result = Compile(spec, probe);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Equal("size:invalid_combination", result.Call("Violations"));
    }

    [Fact]
    public void TopLevelStringAndArraySchemas_AreReadWhereUsed_WithTheirConstraints()
    {
        var spec = Spec("""
                ShortText:
                  type: string
                  maxLength: 3
                Names:
                  type: array
                  items:
                    $ref: '#/components/schemas/ShortText'
                Job:
                  type: object
                  properties:
                    label:
                      $ref: '#/components/schemas/ShortText'
                    names:
                      $ref: '#/components/schemas/Names'
            """);
        const string probe = """
            public static class Probe
            {
                public static string Violations() => string.Join(",", new Job { Label = "abcd", Names = new[] { "a" } }.Validate().Violations.Select(v => v.Param + ":" + v.Code));

                public static string Types() => typeof(Job).GetProperty("Names")!.PropertyType.Name + "," + typeof(Job).GetProperty("Label")!.PropertyType.Name;
            }
            """;

        var result = Compile(spec, probe);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Equal("label:too_long", result.Call("Violations"));
        Assert.Equal("IReadOnlyList`1,String", result.Call("Types"));
    }

    [Fact]
    public void RequiredListedButNotDeclared_IsReportedAtItsItemOfRequired()
    {
        var spec = Spec("""
                Job:
                  type: object
                  required:
                    - name
                    - ghost # not a property
                  properties:
                    name:
                      type: string
                    broken:
                      type: [string, integer] # two types
            """);

        var result = Compile(spec);

        Assert.Equal(new[] { ("SORA109", LineOf(spec, "# not a property")), ("SORA109", LineOf(spec, "# two types")) }, result.SpecDiagnostics);
    }

    [Fact]
    public void RequiredPropertyThatFailed_HasOneDiagnostic_NotASecondForRequired()
    {
        var spec = Spec("""
                Job:
                  type: object
                  required: [broken]
                  properties:
                    broken:
                      type: [string, integer] # two types
            """);

        var result = Compile(spec);

        Assert.Equal(new[] { ("SORA109", LineOf(spec, "# two types")) }, result.SpecDiagnostics);
    }
}
