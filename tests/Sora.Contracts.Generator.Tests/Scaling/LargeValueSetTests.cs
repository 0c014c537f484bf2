using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Sora.Contracts.Generator.Emitting;
using Sora.Contracts.Validation;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Scaling;

/// <summary>
/// Membership tests over many constant strings (a 5,000-value enum, as a schema and inline; an object with more
/// properties than one pattern holds) must compile in time linear in the number of values: no generated line holds an
/// <c>or</c> pattern longer than <see cref="CSharp.PatternLimit"/>, the code compiles cleanly, and the emitted tests
/// still give the right answer for the first, middle and last values, near misses and unknown values.
/// </summary>
public sealed class LargeValueSetTests
{
    private const int Values = 5000;
    private const int WideProperties = 40;
    private const string Namespace = "Sora.Tests.Large";

    private static readonly Lazy<(GeneratorRun Run, Assembly Assembly)> Generated = new(Generate);

    /// <summary>Mixed shapes so that ordinal order differs from spec order: lower, upper, digits, dots, dashes, non-ASCII.</summary>
    private static string Value(int index) => (index % 4) switch
    {
        0 => "value_" + index.ToString("D5", CultureInfo.InvariantCulture),
        1 => "Kind-" + index.ToString(CultureInfo.InvariantCulture) + ".v2",
        2 => index.ToString(CultureInfo.InvariantCulture) + "x",
        _ => "été" + index.ToString(CultureInfo.InvariantCulture),
    };

    public static TheoryData<string> KnownValues => new() { Value(0), Value(1), Value(Values / 2), Value(Values / 2 + 3), Value(Values - 2), Value(Values - 1) };

    public static TheoryData<string> UnknownValues => new() { "value_", "VALUE_00000", "value_00000 ", "Kind-1.v", "Kind-1.v22", Value(Values), "été", string.Empty, "zzz", "\u0000" };

    [Fact]
    public void Large_sets_compile_cleanly_and_no_line_holds_a_longer_pattern_than_the_limit()
    {
        var run = Generated.Value.Run;
        Assert.Null(run.Generator.Exception);
        Assert.Empty(run.DriverDiagnostics);
        Assert.Empty(run.Diagnostics);
        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error).Take(20).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // Each pattern is parenthesized on its own, and none of the test's values holds a parenthesis.
        var longest = run.Sources.Values
            .SelectMany(text => text.Split('\n', '(', ')'))
            .Max(part => CountOf(part, "\" or \""));
        Assert.InRange(longest, 1, CSharp.PatternLimit - 1);
    }

    [Fact]
    public void A_small_enum_keeps_its_single_pattern()
    {
        var text = Generated.Value.Run.Sources.Single(s => s.Key.EndsWith(".Small.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("public static bool IsKnownValue(string? value) => value is \"on\" or \"off\";", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KnownValues))]
    public void A_large_enum_knows_each_of_its_values(string value)
    {
        Assert.True(IsKnownValue(value));
        Assert.Empty(InlineViolations(value));
    }

    [Theory]
    [MemberData(nameof(UnknownValues))]
    public void A_large_enum_does_not_know_other_values(string value)
    {
        Assert.False(IsKnownValue(value));
        var violation = Assert.Single(InlineViolations(value));
        Assert.Equal(SoraViolationCodes.InvalidValue, violation.Code);
    }

    [Fact]
    public void A_large_enum_knows_every_value_and_not_null()
    {
        Assert.All(Enumerable.Range(0, Values).Select(Value), value => Assert.True(IsKnownValue(value), value));
        Assert.False(IsKnownValue(null));
    }

    [Fact]
    public void A_rejected_large_enum_reference_lists_every_value_in_spec_order_without_the_list_in_its_source()
    {
        var violation = Assert.Single(Violations(new() { ["big"] = "nope", ["inline"] = Value(0) }, "big"));
        var values = Enumerable.Range(0, Values).Select(Value).ToList();
        Assert.Equal(new SoraViolation("big", SoraViolationCodes.InvalidValue, "big must be " + string.Join(", ", values.Take(Values - 1)) + " or " + values[^1]), violation);

        // The inline enum's message is still a literal; the reference's is built from Big.KnownValues instead.
        var holder = Generated.Value.Run.Sources.Single(s => s.Key.EndsWith(".Holder.g.cs", StringComparison.Ordinal)).Value;
        Assert.Equal(1, CountOf(holder, Value(1) + ", " + Value(2) + ", " + Value(3)));
    }

    [Fact]
    public void A_rejected_small_enum_reference_keeps_its_literal_message()
    {
        var violation = Assert.Single(Violations(new() { ["big"] = Value(0), ["small"] = "dim" }, "small"));
        Assert.Equal(new SoraViolation("small", SoraViolationCodes.InvalidValue, "small must be on or off"), violation);
        var holder = Generated.Value.Run.Sources.Single(s => s.Key.EndsWith(".Holder.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("\"small must be on or off\"", holder, StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_with_many_properties_writes_each_known_property_once_and_keeps_unknown_ones()
    {
        var type = Generated.Value.Assembly.GetType(Namespace + ".Wide", throwOnError: true)!;
        var json = "{\"p00\":\"a\",\"p20\":\"b\",\"p39\":\"c\",\"extra\":1}";
        var value = JsonSerializer.Deserialize(json, type, Context())!;
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(value, type, Context()));
        var names = written.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(new[] { "p00", "p20", "p39", "extra" }.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    private static bool IsKnownValue(string? value) =>
        (bool)Generated.Value.Assembly.GetType(Namespace + ".Big", throwOnError: true)!
            .GetMethod("IsKnownValue", BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, new object?[] { value })!;

    /// <summary>The violations of a <c>Holder</c> whose inline-enum property and enum property both hold <paramref name="value"/>, for the inline one.</summary>
    private static IReadOnlyList<SoraViolation> InlineViolations(string value) =>
        Violations(new() { ["big"] = Value(0), ["inline"] = value }, "inline");

    /// <summary>The violations for <paramref name="param"/> of a <c>Holder</c> read from <paramref name="properties"/>.</summary>
    private static IReadOnlyList<SoraViolation> Violations(Dictionary<string, string> properties, string param)
    {
        var type = Generated.Value.Assembly.GetType(Namespace + ".Holder", throwOnError: true)!;
        var holder = JsonSerializer.Deserialize(JsonSerializer.Serialize(properties), type, Context())!;
        var result = (SoraValidationResult)type.GetMethod("Validate")!.Invoke(holder, new object?[] { null })!;
        return result.Violations.Where(v => v.Param == param).ToList();
    }

    private static JsonSerializerOptions Context()
    {
        var context = (System.Text.Json.Serialization.JsonSerializerContext)Generated.Value.Assembly.GetType(Namespace + ".SoraJsonContext", throwOnError: true)!
            .GetProperty("Default")!.GetValue(null)!;
        return context.Options;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static (GeneratorRun Run, Assembly Assembly) Generate()
    {
        var run = GeneratorHarness.Run(new[] { new SpecFile("/specs/large.openapi.yaml", Spec()) }, Namespace);
        using var stream = new MemoryStream();
        var emit = run.OutputCompilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(20)));
        stream.Position = 0;
        return (run, new AssemblyLoadContext(nameof(LargeValueSetTests), isCollectible: true).LoadFromStream(stream));
    }

    private static string Spec()
    {
        var s = new StringBuilder("""
            openapi: 3.1.0
            info:
              title: Large
              version: '1'
            paths:
              /holders:
                post:
                  operationId: createHolder
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Holder'
                  responses:
                    '200':
                      description: ok
            components:
              schemas:
                Small:
                  type: string
                  enum: ['on', 'off']
                Big:
                  type: string
                  enum:

            """);
        foreach (var value in Enumerable.Range(0, Values).Select(Value))
        {
            s.Append("        - '").Append(value).Append("'\n");
        }

        s.Append("    Holder:\n      type: object\n      required: [big]\n      properties:\n");
        s.Append("        big:\n          $ref: '#/components/schemas/Big'\n");
        s.Append("        small:\n          $ref: '#/components/schemas/Small'\n");
        s.Append("        inline:\n          type: string\n          enum:\n");
        foreach (var value in Enumerable.Range(0, Values).Select(Value))
        {
            s.Append("            - '").Append(value).Append("'\n");
        }

        s.Append("    Wide:\n      type: object\n      properties:\n");
        for (var i = 0; i < WideProperties; i++)
        {
            s.Append("        p").Append(i.ToString("D2", CultureInfo.InvariantCulture)).Append(":\n          type: string\n");
        }

        return s.ToString();
    }
}
