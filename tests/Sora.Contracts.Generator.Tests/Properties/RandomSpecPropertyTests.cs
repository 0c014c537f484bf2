using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Microsoft.FSharp.Core;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Properties;

/// <summary>
/// Random specs: names that are keywords, unicode, punctuation or collide once made C#; descriptions with newlines,
/// <c>*/</c>, markup, <c>]]&gt;</c>; every supported shape. Whatever they hold, the generator never throws and the
/// code it writes compiles with no error and no warning. Seeded, so a failure replays: set <c>SORA_FSCHECK_SEED</c> to
/// the seed the failure message prints.
/// </summary>
public sealed class RandomSpecPropertyTests
{
    private const int Cases = 100;
    private const ulong DefaultSeed = 20261202;

    private static readonly string[] Names =
    {
        "class", "file", "record", "required", "value", "string", "int", "Converter", "Builder", "Validate", "AdditionalProperties",
        "MissingProperties", "Equals", "ToString", "GetHashCode", "Raw", "Text", "名前", "ñandú", "Ωmega", "a-b", "a.b", "a b", "2fast",
        "_x", "__", "-", "$x", "foo_bar", "foo-bar", "FooBar", "fooBar", "Job", "job", "default", "Default", "x1", "X1", "é",
        "value-1", "value_1", "null", "true", "@name",
    };

    private static readonly string[] Fragments =
    {
        "plain", "\n", "\r\n", "*/", "/*", "<b>", "</summary>", "&", "&amp;", "]]>", "<![CDATA[", "-->", "<!--", "\"", "'", "\\",
        "\u2028", "\u0085", "\t", "{0}", "@", "#", "///", "cref=\"x\"", "ü", "漢字",
    };

    private sealed record PropertySpec(string Name, int Shape, bool Required, string Description, int Target);

    private sealed record SchemaSpec(string Name, int Kind, string Description, List<PropertySpec> Properties, List<string> Values);

    private static readonly Gen<string> NameGen = Gen.OneOf(
        Gen.Elements(Names),
        Gen.Elements(Names).SelectMany(a => Gen.Elements(Names), (a, b) => a + b));

    private static readonly Gen<string> DescriptionGen = Gen.ListOf(Gen.Elements(Fragments), 4).Select(parts => string.Concat(parts));

    private static readonly Gen<PropertySpec> PropertyGen =
        from name in NameGen
        from shape in Gen.Choose(0, 13)
        from required in Gen.Elements(true, false)
        from description in DescriptionGen
        from target in Gen.Choose(0, 9)
        select new PropertySpec(name, shape, required, description, target);

    private static readonly Gen<SchemaSpec> SchemaGen =
        from name in NameGen
        from kind in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        from description in DescriptionGen
        from properties in Gen.ListOf(PropertyGen, 5)
        from values in Gen.ListOf(NameGen, 3)
        select new SchemaSpec(name, kind, description, properties, values);

    private static readonly Gen<string> SpecGen = Gen.ListOf(SchemaGen, 3).Select(Render);

    [Fact]
    public void RandomSpecs_NeverMakeTheGeneratorThrow_AndAlwaysCompileCleanly()
    {
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("SORA_FSCHECK_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) ? chosen : DefaultSeed;
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(Cases)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 1442695040888963407UL), FSharpOption<int>.None)));

        Check.One(config, Prop.ForAll(Arb.From(SpecGen), (string yaml) => AssertGeneratesCleanly(yaml, seed)));
    }

    private static void AssertGeneratesCleanly(string yaml, ulong seed)
    {
        var run = GeneratorHarness.Run(new[] { new SpecFile("/random/random.yaml", yaml) }, rootNamespace: "Random.Api");

        var problems = run.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .Select(d => d.Id + " " + Path.GetFileName(d.Location.GetLineSpan().Path) + ": " + d.GetMessage(CultureInfo.InvariantCulture))
            .Concat(run.Diagnostics.Where(d => d.Id is "SORA199" or "CS8785").Select(d => d.ToString()))
            .Concat(run.Generator.Exception is { } ex ? new[] { "generator threw " + ex } : Array.Empty<string>())
            .ToList();
        Assert.True(problems.Count == 0, $"Seed {seed.ToString(CultureInfo.InvariantCulture)}: the spec below generated code with problems:\n{string.Join("\n", problems.Take(10))}\n---\n{yaml}");
    }

    private static string Render(List<SchemaSpec> random)
    {
        // The request body is always there, so validators, builders and request metadata are exercised too.
        var schemas = new List<SchemaSpec> { new("Job", 0, "The request.", random.SelectMany(s => s.Properties).Take(6).ToList(), new List<string>()) };
        schemas.AddRange(random);
        var b = new StringBuilder();
        b.Append("openapi: 3.1.0\ninfo:\n  title: Random\n  version: '1'\npaths:\n  /jobs:\n    post:\n      operationId: createJob\n");
        b.Append("      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/Job'\n");
        b.Append("      responses:\n        '200':\n          description: ok\ncomponents:\n  schemas:\n");
        b.Append("    ShortText:\n      type: string\n      maxLength: 3\n");
        var objects = schemas.Where(s => s.Kind == 0).Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "ShortText" };
        foreach (var schema in schemas.Where(s => seen.Add(s.Name)))
        {
            b.Append("    ").Append(Quote(schema.Name)).Append(":\n");
            b.Append("      description: ").Append(Json(schema.Description)).Append('\n');
            switch (schema.Kind)
            {
                case 1:
                    b.Append("      type: string\n      enum:\n");
                    foreach (var value in schema.Values.Distinct(StringComparer.Ordinal).DefaultIfEmpty("a"))
                    {
                        b.Append("        - ").Append(Quote(value)).Append('\n');
                    }

                    break;
                case 2:
                    b.Append("      allOf:\n        - $ref: ").Append(Quote("#/components/schemas/" + objects[0])).Append('\n');
                    b.Append("        - type: object\n          properties:\n            extra:\n              type: string\n");
                    break;
                default:
                    RenderObject(b, schema, objects);
                    break;
            }
        }

        return b.ToString();
    }

    private static void RenderObject(StringBuilder b, SchemaSpec schema, List<string> objects)
    {
        b.Append("      type: object\n");
        var properties = schema.Properties.Where(p => !p.Name.Contains('/', StringComparison.Ordinal)).GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var required = properties.Where(p => p.Required).ToList();
        if (required.Count > 0)
        {
            b.Append("      required:\n");
            foreach (var p in required)
            {
                b.Append("        - ").Append(Quote(p.Name)).Append('\n');
            }
        }

        b.Append("      properties:\n");
        if (properties.Count == 0)
        {
            b.Append("        id:\n          type: string\n");
        }

        foreach (var p in properties)
        {
            var target = Quote("#/components/schemas/" + objects[p.Target % objects.Count]);
            var other = Quote("#/components/schemas/" + objects[(p.Target + 1) % objects.Count]);
            b.Append("        ").Append(Quote(p.Name)).Append(":\n");
            b.Append("          description: ").Append(Json(p.Description)).Append('\n');
            b.Append(p.Shape switch
            {
                0 => "          type: string\n          minLength: 1\n          maxLength: 8\n          pattern: '^[a-z]+$'\n",
                1 => "          type: integer\n          minimum: 1\n          maximum: 10\n",
                2 => "          type: number\n          minimum: 0.25\n          multipleOf: 0.5\n",
                3 => "          anyOf:\n            - type: string\n              maxLength: 5\n            - type: 'null'\n",
                4 => "          type: object\n          properties:\n            " + Quote(p.Name) + ":\n              type: string\n",
                5 => "          type: array\n          items:\n            $ref: " + target + "\n",
                6 => "          type: string\n          enum: [" + Quote(p.Name) + ", " + Quote(p.Name + "-") + ", " + Quote(p.Name.ToUpperInvariant()) + "]\n",
                7 => "          oneOf:\n            - $ref: " + target + "\n            - $ref: " + other + "\n",
                8 => "          anyOf:\n            - type: string\n            - $ref: " + target + "\n",
                9 => "          type: object\n          additionalProperties:\n            type: string\n",
                10 => "          type: string\n          format: date-time\n",
                11 => "          type: boolean\n          default: true\n",
                12 => "          allOf:\n            - $ref: " + target + "\n",
                _ => "          $ref: '#/components/schemas/ShortText'\n",
            });
        }
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    // A JSON string is a YAML double-quoted scalar; escaping every non-ASCII character keeps the YAML plain ASCII.
    private static string Json(string text) => JsonSerializer.Serialize(text);
}
