using Microsoft.CodeAnalysis;
using Xunit;

namespace Sora.Contracts.Generator.Tests.CompileChecks;

/// <summary>
/// Valid-looking specs at the edges of naming and typing. For each, the generator either reports a SORA1xx error at
/// the spec (and leaves the offending part out) or emits code that compiles cleanly. Emitting code that does not
/// compile, with no diagnostic at the spec, is a bug: the user sees a C# error in a file they cannot edit.
/// </summary>
public sealed class EdgeCaseSpecsTests
{
    private static string SpecWith(string schemas, string requestSchema = "Job") => Corpus.CorpusCompiler.Spec(schemas, requestSchema);

    private static readonly Dictionary<string, string> Specs = new(StringComparer.Ordinal)
    {
        {
            "enum schema named Converter (its own nested converter class)", SpecWith("""
                Converter:
                  type: string
                  enum: [a, b]
                Job:
                  type: object
                  properties:
                    mode:
                      $ref: '#/components/schemas/Converter'
            """)
        },
        {
            "request schema named Builder (its own nested builder class)", SpecWith("""
                Builder:
                  type: object
                  properties:
                    name:
                      type: string
            """, "Builder")
        },
        {
            "object schema named Converter", SpecWith("""
                Converter:
                  type: object
                  properties:
                    name:
                      type: string
                Job:
                  type: object
                  properties:
                    converter:
                      $ref: '#/components/schemas/Converter'
            """)
        },
        {
            "property default_size beside size with a default (two DefaultSize members)", SpecWith("""
                Job:
                  type: object
                  properties:
                    size:
                      type: string
                      default: small
                    default_size:
                      type: string
            """)
        },
        {
            "integer property with a default that is not a number", SpecWith("""
                Job:
                  type: object
                  properties:
                    count:
                      type: integer
                      default: ten
            """)
        },
        {
            "object property with a scalar default", SpecWith("""
                Inner:
                  type: object
                  properties:
                    a:
                      type: string
                Job:
                  type: object
                  properties:
                    inner:
                      $ref: '#/components/schemas/Inner'
                      default: none
            """)
        },
        {
            "recursive object", SpecWith("""
                Job:
                  type: object
                  required: [name]
                  properties:
                    name:
                      type: string
                      minLength: 1
                    parent:
                      $ref: '#/components/schemas/Job'
                    children:
                      type: array
                      items:
                        $ref: '#/components/schemas/Job'
            """)
        },
        {
            "object without properties", SpecWith("""
                Job:
                  type: object
            """)
        },
        {
            "arrays of enums, numbers and booleans in a request", SpecWith("""
                Colour:
                  type: string
                  enum: [red, green]
                Job:
                  type: object
                  required: [colours]
                  properties:
                    colours:
                      type: array
                      items:
                        $ref: '#/components/schemas/Colour'
                    weights:
                      type: array
                      items:
                        type: number
                    flags:
                      type: array
                      items:
                        type: boolean
            """)
        },
        {
            "array of arrays", SpecWith("""
                Job:
                  type: object
                  properties:
                    grid:
                      type: array
                      items:
                        type: array
                        items:
                          type: integer
            """)
        },
        {
            "schema names that shadow System types", SpecWith("""
                String:
                  type: string
                  enum: [a]
                Type:
                  type: string
                  enum: [b]
                Object:
                  type: object
                  properties:
                    name:
                      type: string
                Job:
                  type: object
                  required: [kind]
                  properties:
                    kind:
                      $ref: '#/components/schemas/Type'
                    label:
                      $ref: '#/components/schemas/String'
                    object:
                      $ref: '#/components/schemas/Object'
            """)
        },
        {
            "property names that are C# keywords or reserved member names", SpecWith("""
                Job:
                  type: object
                  required: [class]
                  properties:
                    class:
                      type: string
                    default:
                      type: string
                    to_string:
                      type: string
                    equality_contract:
                      type: string
                    additional_properties:
                      type: string
                    validate:
                      type: string
                    job:
                      type: string
            """)
        },
        {
            "open enums whose free branch has every string rule, used by a required and an optional property", SpecWith("""
                Tag:
                  anyOf:
                    - type: string
                      minLength: 2
                      maxLength: 8
                      pattern: '^[a-z]+$'
                    - type: string
                      enum: [red, blue]
                Job:
                  type: object
                  required: [tag]
                  properties:
                    tag:
                      $ref: '#/components/schemas/Tag'
                    other_tag:
                      $ref: '#/components/schemas/Tag'
                    tags:
                      type: array
                      items:
                        $ref: '#/components/schemas/Tag'
            """)
        },
    };

    public static TheoryData<string> Cases => new(Specs.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EdgeCaseSpec_IsReportedAtTheSpec_OrCompilesCleanly(string @case)
    {
        var spec = Specs[@case];
        var run = GeneratorHarness.Run(new[] { new SpecFile("/edge/edge.yaml", spec) }, rootNamespace: "Edge.Api");

        Assert.Null(run.Generator.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "SORA199");
        var specErrors = run.Diagnostics.Where(d => d.Id.StartsWith("SORA1", StringComparison.Ordinal)).ToList();
        var compileProblems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error).ToList();

        Assert.True(
            compileProblems.Count == 0,
            $"{@case}: the generated code does not compile"
            + (specErrors.Count == 0 ? ", and nothing was reported at the spec" : $" (spec diagnostics: {string.Join("; ", specErrors.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))})")
            + ":\n" + string.Join("\n", compileProblems.Take(10).Select(d => $"  {d.Id} {System.IO.Path.GetFileName(d.Location.GetLineSpan().Path)}({d.Location.GetLineSpan().StartLinePosition.Line + 1}): {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}\n      {d.Location.SourceTree?.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim()}")));
    }

    [Theory]
    [InlineData("number", "'int.MaxValue'")]
    [InlineData("integer", "'0; } public static int Injected => 1; int __x => 0'")]
    public void NonStringDefault_IsReportedOrEmittedAsALiteral_NeverPastedAsCode(string type, string value)
    {
        var spec = SpecWith($"""
                Job:
                  type: object
                  properties:
                    setting:
                      type: {type}
                      default: {value}
            """);

        var run = GeneratorHarness.Run(new[] { new SpecFile("/edge/edge.yaml", spec) }, rootNamespace: "Edge.Api");

        var job = run.Sources["edge.Job.g.cs"];
        var defaultLine = job.Split('\n').FirstOrDefault(l => l.Contains("DefaultSetting =>", StringComparison.Ordinal));
        var reported = run.Diagnostics.Any(d => d.Id.StartsWith("SORA1", StringComparison.Ordinal));
        Assert.True(
            reported || defaultLine is null || System.Text.RegularExpressions.Regex.IsMatch(defaultLine, @"DefaultSetting => (-?[0-9][0-9_.eE+-]*|true|false);$"),
            $"The default '{value}' of a {type} property was emitted as C# without a diagnostic: {defaultLine?.Trim()}");
    }
}
