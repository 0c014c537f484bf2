using System.Globalization;
using Microsoft.CodeAnalysis;
using Sora.Contracts.Generator.Tests.Parsing;
using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests;

/// <summary>
/// Bad specs through the real <see cref="Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver"/>: each yields its SORA1xx
/// error in the .yaml file at the right line, the generator never throws (no CS8785), and what is valid still generates.
/// </summary>
public sealed class BadSpecAcceptanceTests
{
    private const string Namespace = "Acceptance.Generated";

    private static GeneratorRun RunSpec(string yaml) => GeneratorHarness.Run(new SpecFile(TestPath, yaml), Namespace);

    /// <summary>What every run must satisfy, whatever the spec: no exception, no CS8785, no SORA199.</summary>
    private static void AssertGeneratorDidNotFail(GeneratorRun run)
    {
        Assert.Null(run.Generator.Exception);
        Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "SORA199");
    }

    /// <summary>The single diagnostic <paramref name="id"/>: an error in the spec file at 1-based <paramref name="line"/>.</summary>
    private static Diagnostic AssertReportedAt(GeneratorRun run, string id, int line)
    {
        var matches = run.DiagnosticsWithId(id).ToList();
        Assert.True(matches.Count == 1, $"Expected one {id}; the run reported: {string.Join("; ", run.Diagnostics.Select(d => d.ToString()))}");
        var diagnostic = matches[0];
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.True(diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile, diagnostic.Location.Kind.ToString());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(TestPath, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain("{0}", message, StringComparison.Ordinal);
        Assert.EndsWith(id + ".md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        return diagnostic;
    }

    /// <summary>The five valid schemas of <see cref="ValidSchemas"/> (and the always-emitted types) still produce sources.</summary>
    private static void AssertValidSchemasProduceSources(GeneratorRun run)
    {
        var hints = run.Sources.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var name in ValidSchemaNames.Concat(new[] { "SoraProvider", "SoraOperations", "SoraRetryGuidance", "SoraPolling", "SoraJsonContext" }))
        {
            Assert.Contains($"test.openapi.{name}.g.cs", hints);
        }
    }

    [Fact]
    public void BrokenYaml_ReportsSora100AtTheLine_AndGeneratesNothing()
    {
        var yaml = Spec() + "    Broken:\n      type: string\n        enum: [a]\n";

        var run = RunSpec(yaml);

        AssertGeneratorDidNotFail(run);
        AssertReportedAt(run, "SORA100", LineOf(yaml, "enum: [a]"));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void UnclosedFlowSequenceBeforeMoreYaml_ReportsSora100_NotAGeneratorFailure()
    {
        var yaml = Spec("""
                Broken:
                  type: string
                  enum: [a, b
                Fine:
                  type: string
            """);

        var run = RunSpec(yaml);

        AssertGeneratorDidNotFail(run);
        var diagnostic = Assert.Single(run.DiagnosticsWithId("SORA100"));
        Assert.InRange(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, LineOf(yaml, "enum: [a, b"), LineOf(yaml, "Fine:"));
    }

    [Fact]
    public void DanglingRef_ReportsSora105AtTheRef_AndTheValidSchemasStillGenerate()
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

        var run = RunSpec(yaml);

        AssertGeneratorDidNotFail(run);
        var diagnostic = AssertReportedAt(run, "SORA105", LineOf(yaml, "Nowhere"));
        Assert.Contains("#/components/schemas/Nowhere", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        AssertValidSchemasProduceSources(run);
        Assert.Contains("test.openapi.Holder.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("Missing", run.Sources["test.openapi.Holder.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void DanglingRef_InAFileWithCrLfLineEndings_IsReportedAtTheSameLine()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    missing:
                      $ref: '#/components/schemas/Nowhere'
            """);

        var run = RunSpec(yaml.Replace("\n", "\r\n", StringComparison.Ordinal));

        AssertGeneratorDidNotFail(run);
        var diagnostic = AssertReportedAt(run, "SORA105", LineOf(yaml, "Nowhere"));
        Assert.Equal(yaml.Split('\n')[LineOf(yaml, "Nowhere") - 1].IndexOf('$', StringComparison.Ordinal), diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        AssertValidSchemasProduceSources(run);
    }

    [Fact]
    public void DanglingResponseRef_ReportsSora105AtTheRef_AndTheValidSchemasStillGenerate()
    {
        var paths = DefaultPaths.Replace("        '200':", "        '404':\n          $ref: '#/components/responses/Gone'\n        '200':", StringComparison.Ordinal);
        var yaml = Spec(paths: paths);

        var run = RunSpec(yaml);

        AssertGeneratorDidNotFail(run);
        AssertReportedAt(run, "SORA105", LineOf(yaml, "responses/Gone"));
        AssertValidSchemasProduceSources(run);
        Assert.Contains("\"createPaint\"", run.Sources["test.openapi.SoraOperations.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateEnumValue_ReportsSora106AtTheDuplicate_AndTheEnumStillGenerates()
    {
        var yaml = Spec("""
                Size:
                  type: string
                  enum:
                    - small
                    - large
                    - small # duplicate
            """);

        var run = RunSpec(yaml);

        AssertGeneratorDidNotFail(run);
        var diagnostic = AssertReportedAt(run, "SORA106", LineOf(yaml, "# duplicate"));
        Assert.Equal("'small' appears more than once in the enum of 'Size'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        AssertValidSchemasProduceSources(run);
        var size = run.Sources["test.openapi.Size.g.cs"];
        Assert.Contains("\"small\", \"large\")]", size, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedIfThen_ReportsSora107AtTheConstruct_AndTheObjectStillGeneratesWithItsSupportedRule()
    {
        var paths = """
              /orders:
                post:
                  operationId: createOrder
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Order'
                  responses:
                    '200':
                      description: ok

            """;
        var yaml = Spec("""
                Order:
                  type: object
                  properties:
                    colour:
                      $ref: '#/components/schemas/Colour'
                    finish:
                      $ref: '#/components/schemas/Finish'
                  allOf:
                    - description: supported
                      if:
                        properties:
                          colour:
                            const: green
                      then:
                        properties:
                          finish:
                            const: matte
                    - if:
                        properties:
                          colour:
                            const: red
                      then:
                        properties:
                          finish:
                            const: gloss
                      else: # unsupported
                        properties:
                          finish:
                            const: matte
            """, paths: paths);

        var run = RunSpec(yaml);

        AssertGeneratorDidNotFail(run);
        AssertReportedAt(run, "SORA107", LineOf(yaml, "# unsupported"));
        AssertValidSchemasProduceSources(run);
        var order = run.Sources["test.openapi.Order.g.cs"];
        var rule = Assert.Single(order.Split('\n'), l => l.Contains(".Metadata.SoraRule(", StringComparison.Ordinal));
        Assert.Contains("Description = \"supported\"", rule, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasBomb_ReportsSora102_AndGeneratesNothing()
    {
        var yaml = YamlDiagnosticsTests.AliasBomb(10);

        var run = RunSpec(yaml);

        AssertGeneratorDidNotFail(run);
        var diagnostic = Assert.Single(run.DiagnosticsWithId("SORA102"));
        Assert.Equal(TestPath, diagnostic.Location.GetLineSpan().Path);
        Assert.InRange(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, LineOf(yaml, "l4: &l4"), LineOf(yaml, "l5: &l5"));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void TooDeepNesting_ReportsSora102_AndGeneratesNothing()
    {
        var yaml = Spec() + "x-deep: " + new string('[', 300) + new string(']', 300) + "\n";

        var run = RunSpec(yaml);

        AssertGeneratorDidNotFail(run);
        AssertReportedAt(run, "SORA102", LineOf(yaml, "x-deep:"));
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    [InlineData("# nothing but a comment\n")]
    public void EmptyFile_ReportsSora101AtLine1_AndGeneratesNothing(string yaml)
    {
        var run = RunSpec(yaml);

        AssertGeneratorDidNotFail(run);
        var diagnostic = AssertReportedAt(run, "SORA101", 1);
        Assert.Contains("test.openapi.yaml", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void EveryDiagnosticIdOfTheCatalogue_IsReportableThroughTheDriver()
    {
        // One spec with a problem of each kind that does not stop parsing; the driver must turn every one into a
        // Roslyn diagnostic (a wrong argument count or an unknown id would throw in the output step).
        var top = """
            x-sora-unknown: 1
            x-sora-providers:
              acme:
                values:
                  Nowhere:
                    a: [b]

            """;
        var yaml = Spec("""
                Dup:
                  type: string
                  enum: [a, a]
                  enum: [b]
                Weird:
                  type: [string, integer]
                SoraProvider:
                  type: string
                  enum: [x]
                Holder:
                  type: object
                  properties:
                    colour:
                      $ref: '#/components/schemas/Colour'
                      default: blue
                    ghost:
                      $ref: '#/components/schemas/Ghost'
                  allOf:
                    - if:
                        properties:
                          colour:
                            const: red
            """, top).Replace("openapi: 3.1.0", "openapi: 3.2.0", StringComparison.Ordinal);

        var run = RunSpec(yaml);

        AssertGeneratorDidNotFail(run);
        var ids = run.Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "SORA103", "SORA104", "SORA105", "SORA106", "SORA107", "SORA108", "SORA109", "SORA110", "SORA111", "SORA112" }, ids);
        Assert.All(run.Diagnostics, d =>
        {
            Assert.Equal(TestPath, d.Location.GetLineSpan().Path);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.DoesNotContain("{0}", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
        AssertValidSchemasProduceSources(run);
    }

    [Fact]
    public void NamespaceMetadata_WinsOverRootNamespace_WhichWinsOverTheFallback()
    {
        var yaml = Spec();

        var explicitNamespace = GeneratorHarness.Run(new[] { new SpecFile(TestPath, yaml, Namespace: "From.Metadata") }, rootNamespace: "From.Root");
        var rootNamespace = GeneratorHarness.Run(new[] { new SpecFile(TestPath, yaml) }, rootNamespace: "From.Root");
        var fallback = GeneratorHarness.Run(new[] { new SpecFile(TestPath, yaml) }, rootNamespace: null);

        Assert.Contains("namespace From.Metadata;\n", explicitNamespace.Sources["test.openapi.Colour.g.cs"], StringComparison.Ordinal);
        Assert.Contains("namespace From.Root;\n", rootNamespace.Sources["test.openapi.Colour.g.cs"], StringComparison.Ordinal);
        Assert.Contains("namespace Sora.Generated;\n", fallback.Sources["test.openapi.Colour.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void AdditionalFileNotMarkedAsSpec_IsIgnored()
    {
        var run = GeneratorHarness.Run(new[] { new SpecFile(TestPath, Spec(), IsSpec: false), new SpecFile("/specs/broken.yaml", "::: not yaml [", IsSpec: false) });

        AssertGeneratorDidNotFail(run);
        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void TwoSpecs_GenerateSideBySide_AndABrokenOneDoesNotStopTheOther()
    {
        var good = new SpecFile("/specs/good.yaml", Spec(), Namespace: "Good.Api");
        var bad = new SpecFile("/specs/bad.yaml", "openapi: 3.1.0\ninfo: [unclosed\n", Namespace: "Bad.Api");

        var run = GeneratorHarness.Run(new[] { good, bad });

        AssertGeneratorDidNotFail(run);
        Assert.Contains("good.Colour.g.cs", run.Sources.Keys);
        Assert.DoesNotContain(run.Sources.Keys, k => k.StartsWith("bad.", StringComparison.Ordinal));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SORA100", diagnostic.Id);
        Assert.Equal("/specs/bad.yaml", diagnostic.Location.GetLineSpan().Path);
    }
}
