using Xunit;
using Sora.Contracts.SpecReader.Model;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>SORA105, SORA106, SORA109, SORA111 and SORA112: schema problems, each at its 1-based line, the rest still generated.</summary>
public sealed class SchemaDiagnosticsTests
{
    // ---------------------------------------------------------------- SORA105: dangling $ref

    [Fact]
    public void Sora105_PropertyRefToAMissingSchema_IsReportedAtTheRef_AndThePropertyIsDropped()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    name:
                      type: string
                    missing:
                      $ref: '#/components/schemas/Nowhere'
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA105", LineOf(yaml, "Nowhere")));
        Assert.Equal("#/components/schemas/Nowhere", Single(model, "SORA105").Arguments[0]);
        Assert.Equal(new[] { "name" }, model.Objects.Single(o => o.Name == "Holder").Properties.Select(p => p.JsonName));
        AssertValidSchemasStillGenerated(model);
    }

    [Theory]
    [InlineData("'#/definitions/Colour'")]
    [InlineData("'other.yaml#/components/schemas/Colour'")]
    [InlineData("'#/components/schemas/colour'")]
    public void Sora105_RefOutsideComponentsSchemasOrWrongCase_IsDangling(string reference)
    {
        var yaml = Spec($"""
                Holder:
                  type: object
                  properties:
                    colour:
                      $ref: {reference}
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA105", LineOf(yaml, "$ref: " + reference)));
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora105_ArrayItemsRefToAMissingSchema_IsReportedAtTheItems()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    list:
                      type: array
                      items:
                        $ref: '#/components/schemas/Ghost'
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA105", LineOf(yaml, "Ghost")));
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora105_ResponseRefToAMissingResponse_IsReportedAtTheRef_AndTheOperationStillGenerates()
    {
        var paths = DefaultPaths + """
              /paints/{id}:
                get:
                  operationId: getPaint
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/PaintJob'
                    '404':
                      $ref: '#/components/responses/Gone'

            """;
        var yaml = Spec(paths: paths);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA105", LineOf(yaml, "Gone")));
        Assert.Equal("#/components/responses/Gone", Single(model, "SORA105").Arguments[0]);
        var operation = model.Operations.Single(o => o.OperationId == "getPaint");
        Assert.Equal("PaintJob", operation.ResponseSchema);
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora105_RequestBodyRefToAMissingRequestBody_IsReportedAtTheRef()
    {
        var paths = DefaultPaths + """
              /paints/{id}:
                put:
                  operationId: replacePaint
                  requestBody:
                    $ref: '#/components/requestBodies/Missing'
                  responses:
                    '200':
                      description: ok

            """;
        var yaml = Spec(paths: paths);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA105", LineOf(yaml, "requestBodies/Missing")));
        Assert.Null(model.Operations.Single(o => o.OperationId == "replacePaint").RequestSchema);
    }

    [Fact]
    public void Sora105_RequestAndResponseSchemaRefsToMissingSchemas_AreEachReported()
    {
        var paths = """
              /things:
                post:
                  operationId: createThing
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/ThingRequest'
                  responses:
                    '201':
                      description: created
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Thing'

            """;
        var yaml = Spec(paths: paths);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA105", LineOf(yaml, "ThingRequest")), ("SORA105", LineOf(yaml, "schemas/Thing'")));
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora105_UnionBranchRefToAMissingSchema_IsReportedAtTheBranch_AndTheUnionKeepsItsFile()
    {
        var yaml = Spec("""
                Upload:
                  oneOf:
                    - type: string
                      format: binary
                    - $ref: '#/components/schemas/Vanished'
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA105", LineOf(yaml, "Vanished")));
        var union = model.Unions.Single(u => u.Name == "Upload");
        Assert.True(union.HasFile);
        Assert.Empty(union.ObjectAlternatives);
        AssertValidSchemasStillGenerated(model);
    }

    // ---------------------------------------------------------------- SORA106: duplicate enum value

    [Fact]
    public void Sora106_DuplicateValueInAClosedEnum_IsReportedAtTheSecondOccurrence_AndKeptOnce()
    {
        var yaml = Spec("""
                Size:
                  type: string
                  enum:
                    - small
                    - large
                    - small # the duplicate
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA106", LineOf(yaml, "# the duplicate")));
        Assert.Equal(new[] { "small", "Size" }, Single(model, "SORA106").Arguments);
        Assert.Equal(new[] { "small", "large" }, model.Enums.Single(e => e.Name == "Size").Members.Select(m => m.Value));
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora106_DuplicateValueInAnOpenEnum_IsReportedAtTheSecondOccurrence()
    {
        var yaml = Spec("""
                Mood:
                  anyOf:
                    - type: string
                    - type: string
                      enum:
                        - calm
                        - calm # again
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA106", LineOf(yaml, "# again")));
        var mood = model.Enums.Single(e => e.Name == "Mood");
        Assert.True(mood.IsOpen);
        Assert.Equal(new[] { "calm" }, mood.Members.Select(m => m.Value));
    }

    [Fact]
    public void Sora106_QuotedAndPlainSpellingsOfTheSameValue_AreDuplicates()
    {
        var yaml = Spec("""
                Seconds:
                  type: string
                  enum:
                    - '4'
                    - "4" # same string
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA106", LineOf(yaml, "# same string")));
    }

    [Fact]
    public void Sora106_DuplicateValueInAProviderProfile_IsReportedAtItsList_AndKeptOnce()
    {
        var top = """
            x-sora-providers:
              acme:
                values:
                  Paint:
                    colour: [red, red]

            """;
        var yaml = Spec(top: top);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA106", LineOf(yaml, "colour: [red, red]")));
        Assert.Equal(new[] { "red" }, model.Providers.Single().Values.Single().Values);
        AssertValidSchemasStillGenerated(model);
    }

    // ---------------------------------------------------------------- SORA109: unsupported schema construct

    [Fact]
    public void TopLevelIntegerSchema_HasNoTypeOfItsOwn_AndIsReadWithItsBoundsWhereItIsUsed()
    {
        var yaml = Spec("""
                Count:
                  type: integer
                  minimum: 1
                Holder:
                  type: object
                  properties:
                    count:
                      $ref: '#/components/schemas/Count'
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        var count = model.Objects.Single(o => o.Name == "Holder").Properties.Single();
        Assert.Equal((TypeKind.Int64, "1"), (count.Type.Kind, count.Numbers.Minimum));
        Assert.DoesNotContain(model.Objects, o => o.Name == "Count");
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora109_TopLevelSchemaOfNoSupportedShape_IsReportedAtItsLine_AndItsUseAtTheRef()
    {
        var yaml = Spec("""
                Weird:
                  type: [string, integer] # two types
                Holder:
                  type: object
                  properties:
                    weird:
                      $ref: '#/components/schemas/Weird' # depends on it
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "# two types")), ("SORA109", LineOf(yaml, "# depends on it")));
        Assert.DoesNotContain(model.Diagnostics, d => d.Id == "SORA106");
    }

    [Fact]
    public void Sora109_SchemaThatIsNotAMapping_IsReportedAtItsValue()
    {
        var yaml = Spec("""
                Scalar: 42
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "Scalar: 42")));
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora109_UnsupportedPropertyShapes_AreEachReportedAtTheirSchema_AndTheOtherPropertiesStay()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  required: [kept]
                  properties:
                    kept:
                      type: string
                    inlineOneOf:
                      oneOf:
                        - type: string
                        - type: integer # inline oneOf branch
                    twoTypes:
                      type: [string, integer] # two types
                    badAnyOf:
                      anyOf: # one type twice
                        - type: string
                        - type: string
                          minLength: 2
                    notAMapping: 7
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model,
            ("SORA109", LineOf(yaml, "# inline oneOf branch")),
            ("SORA109", LineOf(yaml, "# two types")),
            ("SORA109", LineOf(yaml, "# one type twice")),
            ("SORA109", LineOf(yaml, "notAMapping: 7")));
        Assert.Equal(new[] { "kept", "inlineOneOf" }, model.Objects.Single(o => o.Name == "Holder").Properties.Select(p => p.JsonName));
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void AnAnyOfOfDistinctPlainTypes_IsAJsonValue_KeptAsItCame()
    {
        var yaml = Spec("""
                Problem:
                  type: object
                  properties:
                    detail:
                      anyOf:
                        - type: string
                        - type: array
                          items:
                            $ref: '#/components/schemas/Finish'
                    where:
                      type: array
                      items:
                        anyOf:
                          - type: string
                          - type: integer
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        var problem = model.Objects.Single(o => o.Name == "Problem");
        Assert.Equal(TypeKind.Json, problem.Properties.Single(p => p.JsonName == "detail").Type.Kind);
        Assert.Equal(TypeKind.Json, problem.Properties.Single(p => p.JsonName == "where").Type.Item!.Kind);
    }

    [Fact]
    public void Sora109_EnumItemThatIsNotAPlainValue_IsReportedAtTheItem()
    {
        var yaml = Spec("""
                Odd:
                  type: string
                  enum:
                    - fine
                    - [not, plain]
                    - ~
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "- [not, plain]")), ("SORA109", LineOf(yaml, "- ~")));
        Assert.Equal(new[] { "fine" }, model.Enums.Single(e => e.Name == "Odd").Members.Select(m => m.Value));
    }

    [Fact]
    public void Sora109_RequiredPropertyThatDoesNotExist_IsReportedAtRequired()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  required: [name, ghost]
                  properties:
                    name:
                      type: string
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "required: [name, ghost]")));
        Assert.True(model.Objects.Single(o => o.Name == "Holder").Properties.Single().Required);
    }

    [Fact]
    public void Sora109_NonIntegerLengthLimit_IsReportedAtTheValue_AndTheLimitIsDropped()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    name:
                      type: string
                      minLength: two
                      maxLength: 10
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "minLength: two")));
        var name = model.Objects.Single(o => o.Name == "Holder").Properties.Single();
        Assert.Null(name.Text.MinLength);
        Assert.Equal(10, name.Text.MaxLength);
    }

    [Fact]
    public void AllOfEntryThatIsAnObjectRef_IsMergedIntoTheObject()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    name:
                      type: string
                  allOf:
                    - $ref: '#/components/schemas/PaintJob' # composition
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        var paintJob = model.Objects.Single(o => o.Name == "PaintJob").Properties.Select(p => p.JsonName);
        Assert.Equal(new[] { "name" }.Concat(paintJob), model.Objects.Single(o => o.Name == "Holder").Properties.Select(p => p.JsonName));
    }

    [Fact]
    public void Sora109_UnionBranchThatIsNeitherAFileNorAnObjectRef_IsReportedAtTheBranch()
    {
        var yaml = Spec("""
                Upload:
                  oneOf:
                    - type: string
                      format: binary
                    - type: integer # not a file
                    - $ref: '#/components/schemas/Colour' # an enum, not an object
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "# not a file")), ("SORA109", LineOf(yaml, "# an enum, not an object")));
        Assert.True(model.Unions.Single(u => u.Name == "Upload").HasFile);
    }

    [Fact]
    public void UnionWithTwoObjectAlternatives_KeepsBoth_ToldApartByTheirRequiredProperties()
    {
        var yaml = Spec("""
                Either:
                  description: two objects, told apart by what they require
                  oneOf:
                    - $ref: '#/components/schemas/Paint'
                    - $ref: '#/components/schemas/PaintJob'
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        Assert.Equal(new[] { "Paint", "PaintJob" }, model.Unions.Single(u => u.Name == "Either").ObjectAlternatives);
    }

    [Fact]
    public void Sora109_ExclusiveOneOfWhoseBranchDoesMoreThanRequire_IsReportedAtTheBranch()
    {
        var yaml = Spec("""
                Ref:
                  type: object
                  properties:
                    url:
                      type: string
                    id:
                      type: string
                  oneOf:
                    - required: [url]
                    - required: [id]
                      minProperties: 1 # not only required
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "- required: [id]")));
        Assert.Empty(model.Objects.Single(o => o.Name == "Ref").ExclusiveGroups);
    }

    [Fact]
    public void Sora109_UnionWhoseOneOfIsAMappingInsteadOfAList_IsReported_NotAnInternalError()
    {
        // oneOf must be a list. A mapping here made SchemaParser.ReadUnion cast it to YamlSequence and throw.
        var yaml = Spec("""
                Upload:
                  oneOf:
                    file: # a mapping, not a list
                      type: string
                      format: binary
            """);

        var model = Parse(yaml);

        AssertNoInternalError(model);
        Assert.Contains(model.Diagnostics, d => d.Id == "SORA109");
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora109_PatternThatIsNotAValidRegularExpression_IsReportedAtThePattern()
    {
        // The validator compiles the pattern into a static Regex field; an invalid one would throw
        // TypeInitializationException the first time the generated type is used, far from the spec.
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    code:
                      type: string
                      pattern: '([a-z' # unbalanced
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "# unbalanced")));
    }

    // ---------------------------------------------------------------- SORA111: generated name collision

    [Theory]
    [InlineData("SoraProvider")]
    [InlineData("SoraJsonContext")]
    [InlineData("SoraPolling")]
    [InlineData("SoraOperations")]
    [InlineData("SoraRetryGuidance")]
    public void Sora111_SchemaNamedLikeATypeTheGeneratorAlwaysEmits_IsReportedAtItsName_AndSkipped(string name)
    {
        var yaml = Spec($"""
                {name}:
                  type: string
                  enum: [a]
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA111", LineOf(yaml, name + ":")));
        Assert.DoesNotContain(model.Enums, e => e.Name == name);
        AssertValidSchemasStillGenerated(model);
    }

    [Theory]
    [InlineData("my-schema", "MySchema")]
    [InlineData("class", "Class")]
    [InlineData("2Fast", "Schema2Fast")]
    [InlineData("'Has Space'", "HasSpace")]
    public void SchemaNameThatIsNotAValidTypeName_BecomesAPascalCaseTypeName(string name, string expected)
    {
        var yaml = Spec($"""
                {name}:
                  type: object
                  properties:
                    a:
                      type: string
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        Assert.Contains(model.Objects, o => o.Name == expected);
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora111_RefToASchemaSkippedForItsName_IsReportedAsDependingOnIt_NotAsDangling()
    {
        var yaml = Spec("""
                SoraProvider:
                  type: string
                  enum: [a]
                Holder:
                  type: object
                  properties:
                    provider:
                      $ref: '#/components/schemas/SoraProvider' # depends on it
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA111", LineOf(yaml, "SoraProvider:")), ("SORA109", LineOf(yaml, "# depends on it")));
        Assert.Empty(model.Objects.Single(o => o.Name == "Holder").Properties);
    }

    [Fact]
    public void Sora111_EnumValuesThatMapToTheSameMemberName_AreReportedAtTheSecond()
    {
        var yaml = Spec("""
                Style:
                  type: string
                  enum:
                    - bold-italic
                    - bold_italic # same member name BoldItalic
                    - is-known # would shadow IsKnown
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA111", LineOf(yaml, "# same member name")), ("SORA111", LineOf(yaml, "# would shadow IsKnown")));
        Assert.Equal(new[] { "bold-italic" }, model.Enums.Single(e => e.Name == "Style").Members.Select(m => m.Value));
    }

    [Fact]
    public void ThreePropertiesWithTheSameIdentifier_AreToldApart_WireNamesUnchanged()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    a_b:
                      type: string
                    a-b:
                      type: string
                    a.b: # AB and ABValue are taken
                      type: string
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        var holder = model.Objects.Single(o => o.Name == "Holder").Properties;
        Assert.Equal(new[] { "AB", "ABValue", "AB2" }, holder.Select(p => p.Identifier));
        Assert.Equal(new[] { "a_b", "a-b", "a.b" }, holder.Select(p => p.JsonName));
    }

    [Fact]
    public void Sora111_OperationIdsThatMapToTheSameIdentifier_AreReportedAtTheSecond()
    {
        var paths = DefaultPaths + """
              /paints/{id}:
                get:
                  operationId: create-paint
                  responses:
                    '200':
                      description: ok

            """;
        var yaml = Spec(paths: paths);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA111", LineOf(yaml, "operationId: create-paint")));
        Assert.Equal(new[] { "createPaint" }, model.Operations.Select(o => o.OperationId));
    }

    [Fact]
    public void Sora111_ProviderIdsThatMapToTheSameIdentifier_AreReportedAtTheSecond()
    {
        var top = """
            x-sora-providers:
              my-cloud:
                title: One
              my_cloud:
                title: Two

            """;
        var yaml = Spec(top: top);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA111", LineOf(yaml, "my_cloud:")));
        Assert.Equal(new[] { "my-cloud" }, model.Providers.Select(p => p.Id));
    }

    // ---------------------------------------------------------------- SORA112: default outside a closed enum

    [Fact]
    public void Sora112_DefaultOutsideAClosedEnum_IsReportedAtTheDefault_AndDropped()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    colour:
                      $ref: '#/components/schemas/Colour'
                      default: blue
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA112", LineOf(yaml, "default: blue")));
        Assert.Equal(new[] { "blue", "Holder.colour", "red, green" }, Single(model, "SORA112").Arguments);
        Assert.Null(model.Objects.Single(o => o.Name == "Holder").Properties.Single().Default);
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora112_DefaultOutsideAnOpenEnum_IsAllowed()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    shade:
                      $ref: '#/components/schemas/Shade'
                      default: mid
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        Assert.Equal("mid", model.Objects.Single(o => o.Name == "Holder").Properties.Single().Default);
    }

    [Fact]
    public void Sora112_DefaultOutsideAnInlineEnum_IsReportedAtTheDefault()
    {
        // An inline `enum` on a string property is as closed as a named one; its default must be one of its values.
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    format:
                      type: string
                      enum: [png, jpeg]
                      default: gif
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA112", LineOf(yaml, "default: gif")));
    }
}
