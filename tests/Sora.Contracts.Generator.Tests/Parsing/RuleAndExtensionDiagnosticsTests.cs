using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>SORA107 (if/then outside the subset), SORA108 (unknown x-sora- key) and SORA110 (invalid extension value).</summary>
public sealed class RuleAndExtensionDiagnosticsTests
{
    /// <summary>An object with a string, an enum and an integer property, and the rules under test in its allOf.</summary>
    private static string RuleSpec(string rules) => Spec($$"""
            Order:
              type: object
              properties:
                colour:
                  $ref: '#/components/schemas/Colour'
                finish:
                  $ref: '#/components/schemas/Finish'
                note:
                  type: string
                count:
                  type: integer
              allOf:
                - description: the supported rule, kept whatever happens to the others
                  if:
                    properties:
                      colour:
                        const: red
                  then:
                    properties:
                      finish:
                        enum: [gloss]
        {{rules}}
        """);

    private static void AssertOnlyTheSupportedRuleIsKept(SpecReader.Model.SpecModel model)
    {
        var order = model.Objects.Single(o => o.Name == "Order");
        var rule = Assert.Single(order.Rules);
        Assert.Equal("colour", rule.IfProperty);
        Assert.Equal(new[] { "red" }, rule.IfValues);
        Assert.Equal("finish", rule.ThenProperty);
        Assert.Equal(new[] { "gloss" }, rule.ThenValues);
        Assert.Equal(4, order.Properties.Count);
        AssertValidSchemasStillGenerated(model);
    }

    // ---------------------------------------------------------------- SORA107: unsupported if/then

    [Fact]
    public void SupportedRule_ProducesNoDiagnostic()
    {
        var model = Parse(RuleSpec(string.Empty));

        AssertDiagnostics(model);
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_Else_IsReportedAtElse()
    {
        var yaml = RuleSpec("""
                    - if:
                        properties:
                          colour:
                            const: green
                      then:
                        properties:
                          finish:
                            const: matte
                      else: # not supported
                        properties:
                          finish:
                            const: gloss
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "else: # not supported")));
        Assert.Equal("Order", Single(model, "SORA107").Arguments[0]);
        Assert.Contains("else", Single(model, "SORA107").Arguments[1], StringComparison.Ordinal);
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_ConditionOnTwoProperties_IsReportedAtTheCondition()
    {
        var yaml = RuleSpec("""
                    - if:
                        properties: # two properties
                          colour:
                            const: green
                          note:
                            const: x
                      then:
                        properties:
                          finish:
                            const: matte
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# two properties")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_ConsequenceOnTwoProperties_IsReportedAtTheConsequence()
    {
        var yaml = RuleSpec("""
                    - if:
                        properties:
                          colour:
                            const: green
                      then:
                        properties: # two consequences
                          finish:
                            const: matte
                          note:
                            const: x
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# two consequences")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_NotInsideTheCondition_IsReportedAtNot()
    {
        var yaml = RuleSpec("""
                    - if:
                        not: # negation
                          properties:
                            colour:
                              const: green
                      then:
                        properties:
                          finish:
                            const: matte
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# negation")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_AnyOfInsideTheCondition_IsReportedAtAnyOf()
    {
        var yaml = RuleSpec("""
                    - if:
                        anyOf: # alternatives
                          - properties:
                              colour:
                                const: green
                          - properties:
                              note:
                                const: x
                      then:
                        properties:
                          finish:
                            const: matte
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# alternatives")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_MinimumInTheConditionOnAnIntegerProperty_IsReportedAtTheProperty()
    {
        var yaml = RuleSpec("""
                    - if:
                        properties:
                          count: # an integer property
                            minimum: 3
                      then:
                        properties:
                          finish:
                            const: matte
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# an integer property")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_MinLengthBesideEnumInTheCondition_IsReportedAtTheCondition()
    {
        var yaml = RuleSpec("""
                    - if:
                        properties:
                          note:
                            minLength: 3 # a bound, not a value
                            enum: [long-note]
                      then:
                        properties:
                          finish:
                            const: matte
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# a bound, not a value")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_MissingThen_IsReportedAtTheRule()
    {
        var yaml = RuleSpec("""
                    - if: # no then
                        properties:
                          colour:
                            const: green
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# no then")));
        Assert.Contains("then", Single(model, "SORA107").Arguments[1], StringComparison.Ordinal);
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_ConditionAndConsequenceOnTheSameProperty_IsReportedAtTheRule()
    {
        var yaml = RuleSpec("""
                    - description: same property on both sides
                      if:
                        properties:
                          colour:
                            const: green
                      then:
                        properties:
                          colour:
                            enum: [green, red]
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "same property on both sides")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_ConditionOnAPropertyTheObjectDoesNotHave_IsReportedAtThatName()
    {
        var yaml = RuleSpec("""
                    - if:
                        properties:
                          ghost: # not a property of Order
                            const: x
                      then:
                        properties:
                          finish:
                            const: matte
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# not a property of Order")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_ConditionWithoutEnumOrConst_IsReportedAtTheCondition()
    {
        var yaml = RuleSpec("""
                    - if:
                        properties:
                          colour:
                            description: no values # nothing to compare
                      then:
                        properties:
                          finish:
                            const: matte
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# nothing to compare")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_RequiredNamingAnotherProperty_IsReportedAtRequired()
    {
        var yaml = RuleSpec("""
                    - if:
                        properties:
                          colour:
                            const: green
                        required: [note] # not the constrained property
                      then:
                        properties:
                          finish:
                            const: matte
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# not the constrained property")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_AdditionalPropertiesFalse_IsReportedAtTheValue()
    {
        var yaml = RuleSpec("""
                    - if:
                        additionalProperties: false # closes the object
                        properties:
                          colour:
                            const: green
                      then:
                        properties:
                          finish:
                            const: matte
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# closes the object")));
        AssertOnlyTheSupportedRuleIsKept(model);
    }

    [Fact]
    public void Sora107_AllOfThatIsNotAList_IsReportedAtAllOf()
    {
        var yaml = Spec("""
                Order:
                  type: object
                  properties:
                    colour:
                      $ref: '#/components/schemas/Colour'
                  allOf: # a mapping
                    if:
                      properties:
                        colour:
                          const: red
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA107", LineOf(yaml, "# a mapping") + 1));
        Assert.Empty(model.Objects.Single(o => o.Name == "Order").Rules);
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora107_ProductSpecRule_IsSupported()
    {
        var model = SpecModelFor(RepoSpec);

        var rule = Assert.Single(model.Objects.Single(o => o.Name == "CreateVideoRequest").Rules);
        Assert.Equal("model", rule.IfProperty);
        Assert.Equal(new[] { "sora-2", "sora-2-2025-10-06", "sora-2-2025-12-08" }, rule.IfValues);
        Assert.False(rule.IfRequired);
        Assert.Equal("size", rule.ThenProperty);
        Assert.Equal(new[] { "720x1280", "1280x720" }, rule.ThenValues);
        Assert.False(rule.ThenRequired);
    }

    // ---------------------------------------------------------------- SORA108: unknown x-sora- key

    [Fact]
    public void Sora108_UnknownExtensionsAnywhere_AreEachReportedAtTheirKey()
    {
        var top = """
            x-sora-colour: blue # root
            x-other-vendor: fine

            """;
        var paths = """
              /paints:
                x-sora-path-note: 1 # path item
                post:
                  operationId: createPaint
                  x-sora-timeout: 5 # operation
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Paint'
                  responses:
                    '200':
                      description: ok
                      x-sora-retrys: # misspelt, in a response
                        retryable: true

            """;
        var schemas = """
                Extra:
                  type: object
                  x-sora-nullable: true # schema
                  properties:
                    name:
                      type: string
                      x-sora-format: slug # property
                    tags:
                      type: array
                      items:
                        type: string
                        x-sora-item: 1 # inside items
            """;
        var yaml = Spec(schemas, top, paths);

        var model = Parse(yaml);

        var diagnostics = model.Diagnostics.Where(d => d.Id == "SORA108").ToList();
        Assert.Equal(
            new[] { "# root", "# path item", "# operation", "# misspelt, in a response", "# schema", "# property", "# inside items" }.Select(m => LineOf(yaml, m)).Order(),
            diagnostics.Select(d => d.Location!.Line).Order());
        Assert.All(diagnostics, d => Assert.Contains("x-sora-providers", d.Arguments[1], StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Arguments[0] == "x-sora-retrys");
        AssertNoInternalError(model);
        AssertValidSchemasStillGenerated(model);
        Assert.Single(model.Operations);
    }

    [Fact]
    public void Sora108_UnknownExtensionReachedThroughAnAlias_IsReportedOnce()
    {
        var schemas = """
                Extra:
                  type: object
                  properties:
                    a: &shared
                      type: string
                      x-sora-unknown: 1 # behind an anchor
                    b: *shared
            """;
        var yaml = Spec(schemas);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA108", LineOf(yaml, "# behind an anchor")));
        Assert.Equal(2, model.Objects.Single(o => o.Name == "Extra").Properties.Count);
    }

    [Fact]
    public void Sora108_KnownExtensions_AreNotReported()
    {
        var model = SpecModelFor(RepoSpec);

        Assert.DoesNotContain(model.Diagnostics, d => d.Id == "SORA108");
    }

    // ---------------------------------------------------------------- SORA110: invalid extension value

    [Fact]
    public void Sora110_ProviderValuesNamingAnUnknownSchema_IsReportedAtTheSchemaName()
    {
        var top = """
            x-sora-providers:
              acme:
                title: Acme
                values:
                  Brush: # no such schema
                    size: [big]
                  Paint:
                    colour: [red]

            """;
        var yaml = Spec(top: top);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# no such schema")));
        var values = Assert.Single(model.Providers.Single().Values);
        Assert.Equal(("Paint", "colour"), (values.Schema, values.Property));
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora110_ProviderValuesNamingAnEnumSchema_IsReportedAtTheSchemaName()
    {
        var top = """
            x-sora-providers:
              acme:
                values:
                  Colour: # an enum, not an object
                    red: [x]

            """;
        var yaml = Spec(top: top);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# an enum, not an object")));
        Assert.Empty(model.Providers.Single().Values);
    }

    [Fact]
    public void Sora110_ProviderValuesNamingAnUnknownOrNonStringProperty_AreReportedAtThePropertyName()
    {
        var schemas = """
                Job:
                  type: object
                  properties:
                    count:
                      type: integer
                    label:
                      type: string
            """;
        var top = """
            x-sora-providers:
              acme:
                values:
                  Job:
                    ghost: [x] # unknown property
                    count: ['1'] # not a string or enum
                    label: [a, b]

            """;
        var yaml = Spec(schemas, top);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# unknown property")), ("SORA110", LineOf(yaml, "# not a string or enum")));
        var values = Assert.Single(model.Providers.Single().Values);
        Assert.Equal("label", values.Property);
    }

    [Theory]
    [InlineData("colour: red # not a list")]
    [InlineData("colour: [] # empty list")]
    public void Sora110_ProviderValuesThatAreNotANonEmptyList_AreReportedAtTheValue(string line)
    {
        var top = $"""
            x-sora-providers:
              acme:
                values:
                  Paint:
                    {line}

            """;
        var yaml = Spec(top: top);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, line)));
        Assert.Empty(model.Providers.Single().Values);
    }

    [Theory]
    [InlineData("concurrentJobs: two")]
    [InlineData("concurrentJobs: -1")]
    [InlineData("concurrentJobs: 2.5")]
    [InlineData("concurrentJobs: 99999999999")]
    [InlineData("concurrentJobs: true")]
    [InlineData("concurrentJobs: [2]")]
    [InlineData("2ndLimit: 2")]
    public void Sora110_BadProviderLimits_AreReportedAtTheValue_AndDropped(string line)
    {
        var top = $"""
            x-sora-providers:
              acme:
                limits:
                  assetLifetimeSeconds: 60
                  {line}

            """;
        var yaml = Spec(top: top);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, line)));
        var limit = Assert.Single(model.Providers.Single().Limits);
        Assert.Equal("assetLifetimeSeconds", limit.Key);
    }

    [Fact]
    public void Sora110_ProviderLimitsThatAreNotAMapping_AreReportedAtTheValue()
    {
        var top = """
            x-sora-providers:
              acme:
                limits: [1, 2] # a list

            """;
        var yaml = Spec(top: top);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# a list")));
    }

    [Fact]
    public void Sora110_UnknownProviderSettingAndNonMappingProfile_AreReportedAtTheirKeyOrValue()
    {
        var top = """
            x-sora-providers:
              acme:
                title: Acme
                region: eu # not a provider setting
              beta: just-a-string

            """;
        var yaml = Spec(top: top);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# not a provider setting")), ("SORA110", LineOf(yaml, "beta: just-a-string")));
        Assert.Equal(new[] { "acme" }, model.Providers.Select(p => p.Id));
    }

    [Fact]
    public void Sora110_ProvidersThatAreNotAMapping_AreReportedAtTheValue()
    {
        var yaml = Spec(top: "x-sora-providers: [openai]\n");

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "x-sora-providers: [openai]")));
        Assert.Empty(model.Providers);
        AssertValidSchemasStillGenerated(model);
    }

    [Theory]
    [InlineData("firstPollSeconds: soon")]
    [InlineData("growingIntervals: yes please")]
    [InlineData("growingIntervals: 'true'")]
    public void Sora110_BadPollingValues_AreReportedAtTheValue(string line)
    {
        var top = $"""
            x-sora-polling:
              overallTimeoutRequired: true
              {line}

            """;
        var yaml = Spec(top: top);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, line)));
        Assert.Equal(new[] { "overallTimeoutRequired" }, model.Polling.Select(s => s.Key));
    }

    private static string RetrySpec(string retry, string status = "'429'") => Spec(paths: $$"""
          /paints:
            post:
              operationId: createPaint
              requestBody:
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/Paint'
              responses:
                '200':
                  description: ok
                {{status}}:
                  description: slow down
                  x-sora-retry: {{retry}}

        """);

    [Fact]
    public void Sora110_ValidRetry_IsReadWithoutDiagnostics()
    {
        var yaml = RetrySpec("{retryable: true}");

        var model = Parse(yaml);

        AssertDiagnostics(model);
        Assert.Equal(new[] { (429, true) }, model.Retry.Select(r => (r.StatusCode, r.Retryable)));
    }

    [Theory]
    [InlineData("{retryable: maybe}")]
    [InlineData("{retryable: true, after: 5}")]
    [InlineData("{}")]
    [InlineData("true")]
    [InlineData("[true]")]
    public void Sora110_BadRetry_IsReportedAtTheExtension_AndNotUsed(string retry)
    {
        var yaml = RetrySpec(retry);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "x-sora-retry:")));
        Assert.Empty(model.Retry);
        Assert.Single(model.Operations);
    }

    [Fact]
    public void Sora110_RetryOnANonNumericStatus_IsReportedAtTheExtension()
    {
        var yaml = RetrySpec("{retryable: false}", status: "default");

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "x-sora-retry:")));
        Assert.Empty(model.Retry);
    }

    [Fact]
    public void Sora110_StatusRetryableInOneResponseAndNotInAnother_IsReportedAtTheSecond()
    {
        var paths = """
              /paints:
                get:
                  operationId: listPaints
                  responses:
                    '503':
                      description: busy
                      x-sora-retry: {retryable: true}
              /paints/{id}:
                get:
                  operationId: getPaint
                  responses:
                    '503':
                      description: down
                      x-sora-retry: {retryable: false} # contradicts

            """;
        var yaml = Spec(paths: paths);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# contradicts")));
        Assert.Equal(new[] { (503, true) }, model.Retry.Select(r => (r.StatusCode, r.Retryable)));
    }

    [Fact]
    public void Sora110_TerminalValueThatIsNotAnEnumValue_IsReportedAtTheList()
    {
        var yaml = Spec("""
                Phase:
                  anyOf:
                    - type: string
                    - type: string
                      enum: [running, done]
                  x-sora-terminal-values: [done, finished] # finished is not a value
                Phase2:
                  type: string
                  enum: [a]
                  x-sora-terminal-values: a # not a list
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# finished is not a value")), ("SORA110", LineOf(yaml, "# not a list")));
        Assert.Equal(new[] { "done" }, model.Enums.Single(e => e.Name == "Phase").TerminalValues);
    }

    [Fact]
    public void Sora110_ImageDimensionsNotOnAFileUnionOrNamingNoStringProperty_AreReportedAtTheExtension()
    {
        var yaml = Spec("""
                Upload:
                  oneOf:
                    - type: string
                      format: binary
                Job:
                  type: object
                  properties:
                    size:
                      type: string
                    count:
                      type: integer
                    name:
                      type: string
                      x-sora-image-dimensions: size # not on a union
                    image:
                      $ref: '#/components/schemas/Upload'
                      x-sora-image-dimensions: count # an integer
                    other:
                      $ref: '#/components/schemas/Upload'
                      x-sora-image-dimensions: ghost # no such property
                    good:
                      $ref: '#/components/schemas/Upload'
                      x-sora-image-dimensions: size
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model,
            ("SORA110", LineOf(yaml, "# not on a union")),
            ("SORA110", LineOf(yaml, "# an integer")),
            ("SORA110", LineOf(yaml, "# no such property")));
        var job = model.Objects.Single(o => o.Name == "Job");
        Assert.Equal(new[] { "good" }, job.Properties.Where(p => p.ImageDimensionsFrom is not null).Select(p => p.JsonName));
    }

    private static SpecReader.Model.SpecModel SpecModelFor(string yaml) => Parse(yaml, ProductNamespace);
}
