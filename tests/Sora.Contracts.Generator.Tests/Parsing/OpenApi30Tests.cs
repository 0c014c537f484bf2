using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Parsing;
using Sora.Contracts.SpecReader.Yaml;
using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>
/// OpenAPI 3.0.0 to 3.0.4 is read with its own semantics, rewritten to 3.1 in one place: <c>nullable</c>, boolean
/// exclusive bounds and <c>example</c>; what has no 3.1 meaning is SORA109 at its line; other versions are SORA104.
/// </summary>
public sealed class OpenApi30Tests
{
    private static string Spec30(string schemas = "", string version = "3.0.3") =>
        Spec(schemas).Replace("openapi: 3.1.0", "openapi: " + version, StringComparison.Ordinal);

    /// <summary>The document after the reader's 3.0 rewrite, with what the rewrite reported.</summary>
    private static (YamlMapping Document, List<DiagnosticInfo> Diagnostics) Normalized(string yaml)
    {
        var context = new ParseContext(TestPath);
        var document = Assert.IsType<YamlMapping>(YamlLoader.Load(TestPath, yaml, context.Diagnostics));
        OpenApi30.Normalize(context, document);
        return (document, context.Diagnostics);
    }

    private static YamlMapping Schema(YamlMapping document, params string[] path)
    {
        var node = (YamlMapping)((YamlMapping)document["components"]!)["schemas"]!;
        foreach (var key in path)
        {
            node = Assert.IsType<YamlMapping>(node[key]);
        }

        return node;
    }

    [Theory]
    [InlineData("3.0.0")]
    [InlineData("3.0.1")]
    [InlineData("3.0.2")]
    [InlineData("3.0.3")]
    [InlineData("'3.0.4'")]
    public void EveryOpenApi30Version_IsRead_WithoutSora104(string version)
    {
        var model = Parse(Spec30(version: version));

        AssertDiagnostics(model);
        AssertValidSchemasStillGenerated(model);
    }

    [Theory]
    [InlineData("openapi: 3.2.0", "The spec says 'openapi: 3.2.0'; this generator reads OpenAPI 3.1 (3.1.x) and 3.0 (3.0.0 to 3.0.4)")]
    [InlineData("openapi: 3.0.5", "The spec says 'openapi: 3.0.5'; this generator reads OpenAPI 3.1 (3.1.x) and 3.0 (3.0.0 to 3.0.4)")]
    [InlineData("swagger: '2.0'", "The spec says 'swagger: 2.0': Swagger 2.0 is not read, this generator reads OpenAPI 3.1 (3.1.x) and 3.0 (3.0.0 to 3.0.4); convert it to OpenAPI 3 first")]
    public void AnyOtherVersion_IsSora104NamingWhatIsRead(string header, string message)
    {
        var model = Parse(Spec().Replace("openapi: 3.1.0", header, StringComparison.Ordinal));

        AssertDiagnostics(model, ("SORA104", 1));
        Assert.Equal(message, Single(model, "SORA104").Arguments[0]);
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void NullableBesideAType_AddsNullToTheType_AtTheTypesLine()
    {
        var yaml = Spec30("""
                Box:
                  type: object
                  properties:
                    label:
                      type: string
                      nullable: true
                    count:
                      type: integer
                      nullable: false
            """);

        var (document, diagnostics) = Normalized(yaml);

        Assert.Empty(diagnostics);
        var label = Schema(document, "Box", "properties", "label");
        Assert.False(label.ContainsKey("nullable"));
        var types = Assert.IsType<YamlSequence>(label["type"]);
        Assert.Equal(new[] { "string", "null" }, types.Items.Cast<YamlScalar>().Select(t => t.Value));
        Assert.Equal(LineOf(yaml, "label:") + 1, types.Items[0].Location.Line);
        Assert.Equal(LineOf(yaml, "nullable: true"), types.Items[1].Location.Line);
        Assert.Equal("integer", Assert.IsType<YamlScalar>(Schema(document, "Box", "properties", "count")["type"]).Value);
        var model = Parse(yaml).Objects.Single(o => o.Name == "Box");
        Assert.Equal((true, false), (model.Properties.Single(p => p.JsonName == "label").Nullable, model.Properties.Single(p => p.JsonName == "count").Nullable));
    }

    [Fact]
    public void NullableBesideARef_BecomesAnyOfTheRefAndNull_KeepingItsDescriptionOutside()
    {
        var yaml = Spec30("""
                Box:
                  type: object
                  properties:
                    colour:
                      description: The colour, if any.
                      $ref: '#/components/schemas/Colour'
                      nullable: true
            """);

        var (document, _) = Normalized(yaml);

        var colour = Schema(document, "Box", "properties", "colour");
        Assert.Equal(new[] { "description", "anyOf" }, colour.Entries.Select(e => e.Key.Value));
        var branches = Assert.IsType<YamlSequence>(colour["anyOf"]).Items.Cast<YamlMapping>().ToList();
        Assert.Equal("#/components/schemas/Colour", ((YamlScalar)branches[0]["$ref"]!).Value);
        Assert.Equal("null", ((YamlScalar)branches[1]["type"]!).Value);
        Assert.Equal(LineOf(yaml, "nullable: true"), branches[1].Location.Line);
        var property = Parse(yaml).Objects.Single(o => o.Name == "Box").Properties.Single();
        Assert.Equal((TypeKind.Enum, "Colour", true, "The colour, if any."), (property.Type.Kind, property.Type.Name, property.Nullable, property.Description));
    }

    [Fact]
    public void BooleanExclusiveBounds_BecomeTheNumericForm_AtTheBoundsLine()
    {
        var yaml = Spec30("""
                Box:
                  type: object
                  properties:
                    size:
                      type: integer
                      minimum: 5
                      exclusiveMinimum: true
                      maximum: 9
                      exclusiveMaximum: false
            """);

        var (document, diagnostics) = Normalized(yaml);

        Assert.Empty(diagnostics);
        var size = Schema(document, "Box", "properties", "size");
        Assert.Equal(new[] { "type", "exclusiveMinimum", "maximum" }, size.Entries.Select(e => e.Key.Value));
        var bound = Assert.IsType<YamlScalar>(size["exclusiveMinimum"]);
        Assert.Equal(("5", LineOf(yaml, "minimum: 5")), (bound.Value, bound.Location.Line));
        Assert.Equal("9", ((YamlScalar)size["maximum"]!).Value);
    }

    [Theory]
    [InlineData("exclusiveMinimum: true", "has no 'minimum' beside it")]
    [InlineData("exclusiveMaximum: 7", "In OpenAPI 3.0 'exclusiveMaximum' is true or false beside 'maximum'")]
    [InlineData("nullable: sometimes", "'nullable' is true or false (OpenAPI 3.0)")]
    public void A30FormWithNo31Meaning_IsSora109AtItsLine_AndTheRestGenerates(string line, string message)
    {
        var yaml = Spec30($$"""
                Box:
                  type: object
                  properties:
                    size:
                      type: integer
                      {{line}}
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, line)));
        Assert.Contains(message, Single(model, "SORA109").Arguments[0], StringComparison.Ordinal);
        Assert.Equal("size", model.Objects.Single(o => o.Name == "Box").Properties.Single().JsonName);
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void ExampleBecomesExamples_SoTheOpenBranchOfAnEnumTakesIt()
    {
        var schemas = """
                Tint:
                  anyOf:
                    - type: string
                      example: teal
                    - type: string
                      enum: [light, dark]
            """;

        AssertDiagnostics(Parse(Spec30(schemas)));
        var (document, _) = Normalized(Spec30(schemas));
        var branch = (YamlMapping)((YamlSequence)Schema(document, "Tint")["anyOf"]!).Items[0];
        Assert.Equal("teal", ((YamlScalar)((YamlSequence)branch["examples"]!).Items.Single()).Value);
    }

    [Fact]
    public void SchemasOutsideComponentsAreRewrittenToo_ButExamplesAndExtensionsAreData()
    {
        var paths = """
              /boxes/{id}:
                get:
                  operationId: getBox
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema: {type: integer, minimum: 1, exclusiveMinimum: true}
                      example: {nullable: true}
                  responses:
                    '200':
                      description: ok

            """;
        var yaml = Spec30().Replace(DefaultPaths, paths, StringComparison.Ordinal);

        var (document, diagnostics) = Normalized(yaml);

        Assert.Empty(diagnostics);
        var parameter = (YamlMapping)((YamlSequence)((YamlMapping)((YamlMapping)((YamlMapping)document["paths"]!)["/boxes/{id}"]!)["get"]!)["parameters"]!).Items[0];
        Assert.Equal("1", ((YamlScalar)((YamlMapping)parameter["schema"]!)["exclusiveMinimum"]!).Value);
        Assert.Equal("true", ((YamlScalar)((YamlMapping)parameter["example"]!)["nullable"]!).Value);
    }

    [Fact]
    public void A31DocumentIsReadAsItIs_Nullable31HasNoMeaningThere()
    {
        var yaml = Spec("""
                Box:
                  type: object
                  properties:
                    label:
                      type: string
                      nullable: true
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        Assert.False(model.Objects.Single(o => o.Name == "Box").Properties.Single().Nullable);
    }

    [Fact]
    public void A30SpecAndTheEquivalent31Spec_GenerateTheSameCode()
    {
        const string schemas30 = """
                Box:
                  type: object
                  required: [colour]
                  properties:
                    colour:
                      $ref: '#/components/schemas/Colour'
                    label:
                      type: string
                      nullable: true
                      example: a label
                    shade:
                      $ref: '#/components/schemas/Shade'
                      nullable: true
                    size:
                      type: integer
                      format: int32
                      minimum: 1
                      maximum: 10
                      exclusiveMaximum: true
                    tags:
                      type: array
                      items:
                        type: string
                        nullable: true
            """;
        const string schemas31 = """
                Box:
                  type: object
                  required: [colour]
                  properties:
                    colour:
                      $ref: '#/components/schemas/Colour'
                    label:
                      type: [string, 'null']
                      examples: [a label]
                    shade:
                      anyOf:
                        - $ref: '#/components/schemas/Shade'
                        - type: 'null'
                    size:
                      type: integer
                      format: int32
                      minimum: 1
                      exclusiveMaximum: 10
                    tags:
                      type: array
                      items:
                        type: [string, 'null']
            """;

        var run30 = GeneratorHarness.Run(new SpecFile(TestPath, Spec30(schemas30)), "Sora.Tests.Versions");
        var run31 = GeneratorHarness.Run(new SpecFile(TestPath, Spec(schemas31)), "Sora.Tests.Versions");

        Assert.Empty(run30.Diagnostics);
        Assert.Empty(run31.Diagnostics);
        Assert.Contains("test.openapi.Box.g.cs", run30.Sources.Keys);
        Assert.Equal(run31.Sources.Keys.Order(StringComparer.Ordinal), run30.Sources.Keys.Order(StringComparer.Ordinal));
        Assert.All(run31.Sources, source => Assert.Equal(source.Value, run30.Sources[source.Key]));
    }
}
