using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Parsing;
using Xunit;

namespace Sora.Contracts.Generator.Tests;

/// <summary>The project's spec, small specs for diagnostics, and helpers to assert where a diagnostic points.</summary>
internal static class TestSpecs
{
    /// <summary>The path a spec under test is given; diagnostics must point into this file.</summary>
    public const string TestPath = "/specs/test.openapi.yaml";

    public const string ProductNamespace = "Sora.Contracts";

    private static readonly Lazy<string> LazyRepoSpec = new(() => File.ReadAllText(RepoSpecPath).Replace("\r\n", "\n", StringComparison.Ordinal));

    /// <summary>spec/sora.openapi.yaml, copied next to the tests by the project file.</summary>
    public static string RepoSpecPath => Path.Combine(AppContext.BaseDirectory, "spec", "sora.openapi.yaml");

    public static string RepoSpec => LazyRepoSpec.Value;

    /// <summary>The path the real spec is handed to the generator under (as MSBuild does: the original file name).</summary>
    public const string RepoSpecVirtualPath = "/repo/spec/sora.openapi.yaml";

    /// <summary>
    /// A small valid spec: two enums, an open enum, a request object and a response object. Tests add to it (a schema, an
    /// extension) and check that these five still come out of the model beside the diagnostic under test.
    /// </summary>
    public const string ValidSchemas = """
            Colour:
              type: string
              enum: [red, green]
            Shade:
              anyOf:
                - type: string
                - type: string
                  enum: [light, dark]
            Paint:
              type: object
              required: [colour]
              properties:
                colour:
                  $ref: '#/components/schemas/Colour'
                shade:
                  $ref: '#/components/schemas/Shade'
            PaintJob:
              type: object
              properties:
                id:
                  type: string
            Finish:
              type: string
              enum: [matte, gloss]
        """;

    public static readonly string[] ValidSchemaNames = { "Colour", "Finish", "Paint", "PaintJob", "Shade" };

    /// <summary>A whole spec: header, <paramref name="schemas"/> (indented four spaces, under components/schemas) and paths.</summary>
    public static string Spec(string schemas = "", string top = "", string paths = DefaultPaths) =>
        "openapi: 3.1.0\n"
        + "info:\n  title: Test\n  version: '1'\n"
        + top
        + "paths:\n" + paths
        + "components:\n  schemas:\n"
        + ValidSchemas + "\n"
        + schemas;

    public const string DefaultPaths = """
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
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/PaintJob'

        """;

    public static SpecModel Parse(string yaml, string @namespace = "Sora.Tests.Generated") => SpecParser.Parse(TestPath, yaml, @namespace);

    /// <summary>The 1-based line of the only line of <paramref name="yaml"/> that contains <paramref name="marker"/>.</summary>
    public static int LineOf(string yaml, string marker)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var found = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"The marker '{marker}' must occur on exactly one line of the test YAML; it occurs on {found.Count}.");
        return found[0] + 1;
    }

    /// <summary>The single diagnostic with <paramref name="id"/>; fails listing all diagnostics otherwise.</summary>
    public static DiagnosticInfo Single(SpecModel model, string id)
    {
        var matches = model.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one {id}, found {matches.Count}. All diagnostics:\n{Describe(model)}");
        return matches[0];
    }

    /// <summary>Asserts the model has exactly the diagnostics (id, 1-based line) given, in any order, and never SORA199.</summary>
    public static void AssertDiagnostics(SpecModel model, params (string Id, int Line)[] expected)
    {
        AssertNoInternalError(model);
        var actual = model.Diagnostics.Select(d => (d.Id, Line: d.Location?.Line ?? 0)).OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        var wanted = expected.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        Assert.True(wanted.SequenceEqual(actual), $"Expected [{string.Join(", ", wanted)}] but found:\n{Describe(model)}");
        foreach (var diagnostic in model.Diagnostics)
        {
            Assert.Equal(TestPath, diagnostic.Location?.Path);
        }
    }

    public static void AssertNoInternalError(SpecModel model) =>
        Assert.True(model.Diagnostics.All(d => d.Id != "SORA199"), "SORA199 (generator bug) was reported:\n" + Describe(model));

    /// <summary>The five schemas of <see cref="ValidSchemas"/> are still in the model (the rest of the spec generates).</summary>
    public static void AssertValidSchemasStillGenerated(SpecModel model)
    {
        var names = model.Enums.Select(e => e.Name).Concat(model.Objects.Select(o => o.Name)).Concat(model.Unions.Select(u => u.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var name in ValidSchemaNames)
        {
            Assert.True(names.Contains(name), $"'{name}' should still be generated; the model has: {string.Join(", ", names.Order(StringComparer.Ordinal))}");
        }

        var paint = model.Objects.Single(o => o.Name == "Paint");
        Assert.Equal(new[] { "colour", "shade" }, paint.Properties.Select(p => p.JsonName));
    }

    public static string Describe(SpecModel model) =>
        model.Diagnostics.Count == 0
            ? "  (none)"
            : string.Join("\n", model.Diagnostics.Select(d => $"  {d.Id} line {d.Location?.Line}: {string.Join(" | ", d.Arguments)}"));
}
