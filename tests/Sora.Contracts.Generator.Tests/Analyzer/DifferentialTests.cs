using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Sora.Contracts.Generator.Analysis;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Parsing;
using Sora.Contracts.Validation;
using Xunit;
using Xunit.Abstractions;
using TypeKind = Sora.Contracts.SpecReader.Model.TypeKind;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// Issue 11's "same verdict as run time": for every row of a request's validator table (each enum property's known
/// values, the values only a provider lists, an unknown one, malformed ones and absent; each ranged number's bounds
/// and their neighbours; each exactly-one member set or not; crossed with each other, a ranged number no rule names on its own, all with every provider and none), one construction site per form (object creation, builder chain, <c>with</c>) is
/// written, all of a spec's sites are compiled once, and the set of (parameter, rule) the analyzer reports at each
/// site must equal the set <c>Validate(provider)</c> returns when the same site runs. A rule is named by its SORA id,
/// which a run-time violation carries too (<see cref="SoraViolation.DiagnosticId"/>). The values come from the spec,
/// so a spec that grows a model, size or provider grows the table with it.
/// </summary>
public sealed class DifferentialTests
{
    private const string Prompt = "p";

    private readonly ITestOutputHelper _output;

    public DifferentialTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public Task TheAnalyzerAgreesWithTheValidatorOnEveryRowOfTheProductSpec() =>
        AgreeAsync(TestSpecs.RepoSpec, "Sora.Contracts", consumerSpec: null);

    [Fact]
    public Task TheAnalyzerAgreesWithTheValidatorOnEveryRowOfTheSpecSwapSpec() =>
        AgreeAsync(
            File.ReadAllText(Path.Combine(AnalyzerHarness.RepositoryRoot(), "tests", "Sora.Contracts.SpecSwap.Tests", "acme.openapi.yaml")),
            "Acme.Video",
            consumerSpec: "/consumer/specs/acme.openapi.yaml");

    [Fact]
    public Task TheAnalyzerAgreesWithTheValidatorOnEveryRowOfARangeAndExactlyOneSpec() =>
        AgreeAsync(RenderSpec.Yaml, RenderSpec.Namespace, RenderSpec.Path);

    private async Task AgreeAsync(string yaml, string @namespace, string? consumerSpec)
    {
        var spec = TestSpecs.Parse(yaml, @namespace);
        var requests = spec.Objects.Where(o => o.IsRequest && JudgedProperties(o).Count > 0).ToList();
        Assert.NotEmpty(requests);

        var sites = new List<Site>();
        foreach (var request in requests)
        {
            sites.AddRange(Sites(spec, request));
        }

        var code = Code(@namespace, sites);
        var compilation = consumerSpec is null
            ? GeneratorHarness.CreateCompilation(GeneratorHarness.ParseCode(code, "Sites.cs"))
            : GeneratorHarness.Run(new[] { new SpecFile(consumerSpec, yaml, @namespace) }, "Consumer", code).OutputCompilation;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var analyzed = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SoraRequestAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var reported = sites.ToDictionary(s => s.Line, _ => new SortedSet<string>(StringComparer.Ordinal));
        foreach (var diagnostic in analyzed.Where(d => d.Id.StartsWith("SORA", StringComparison.Ordinal) && d.Location.IsInSource))
        {
            // SORA003 says a value cannot be judged (an open enum's unknown value), not that it breaks a rule: the
            // validator accepts such a value, and has nothing to compare it with.
            if (diagnostic.Id == "SORA003")
            {
                continue;
            }

            var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
            Assert.True(reported.ContainsKey(line), $"{diagnostic.Id} outside a site, line {line}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
            reported[line].Add(diagnostic.Properties[FixProperties.Property] + ":" + diagnostic.Id);
        }

        var assembly = Load(compilation);
        var disagreements = new List<string>();
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            rows.Add(site.Row);
            var result = (SoraValidationResult)assembly.GetType("Consumer.Sites")!.GetMethod(site.Method)!.Invoke(null, null)!;
            var atRunTime = new SortedSet<string>(result.Violations.Select(v => v.Param + ":" + (v.DiagnosticId ?? v.Code)), StringComparer.Ordinal);
            if (!atRunTime.SetEquals(reported[site.Line]))
            {
                disagreements.Add($"{site.Row} [{site.Form}]: run time {{{string.Join(", ", atRunTime)}}}, analyzer {{{string.Join(", ", reported[site.Line])}}}");
            }
        }

        _output.WriteLine($"{@namespace}: {rows.Count} rows, {sites.Count} sites, {disagreements.Count} disagreements");
        foreach (var disagreement in disagreements.Take(50))
        {
            _output.WriteLine(disagreement);
        }

        Assert.Equal(rows.Count * 3, sites.Count);
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {sites.Count} sites disagree, e.g.\n" + string.Join("\n", disagreements.Take(20)));
    }

    /// <summary>The optional properties a literal can break a rule of: enums, ranged whole numbers, members of an exactly-one group.</summary>
    private static List<PropertyModel> JudgedProperties(ObjectModel request) =>
        request.Properties.Where(p => !p.Required && (IsEnum(p) || IsRangedWholeNumber(p) || InExactlyOneGroup(request, p))).ToList();

    private static bool IsEnum(PropertyModel p) => p.Type.Kind == TypeKind.Enum && !p.AcceptsAnyValue;

    private static bool IsRangedWholeNumber(PropertyModel p) => p.Type.Kind is TypeKind.Int32 or TypeKind.Int64 && !p.Numbers.IsEmpty;

    private static bool InExactlyOneGroup(ObjectModel request, PropertyModel p) =>
        p.Type.Kind == TypeKind.String && request.ExclusiveGroups.Any(g => g.Properties.Contains(p.JsonName));

    /// <summary>
    /// One property's column, always with absent (null). An enum: the spec's known values, the values only a provider
    /// lists, one unknown value, and malformed spellings of the first known value (empty, upper case, padded, a
    /// right-to-left override). A ranged number: each bound and its neighbours, the step and its neighbours. A member
    /// of an exactly-one group: set or not.
    /// </summary>
    private static List<string?> Column(ObjectModel request, PropertyModel property)
    {
        if (IsRangedWholeNumber(property))
        {
            var rules = property.Numbers;
            var edges = new[] { rules.Minimum, rules.ExclusiveMinimum, rules.Maximum, rules.ExclusiveMaximum, rules.MultipleOf }
                .Where(b => b is not null)
                .Select(b => long.Parse(b!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture))
                .SelectMany(b => new[] { b - 1, b, b + 1 });
            return new string?[] { null }.Concat(edges.Distinct().Select(n => (string?)n.ToString(CultureInfo.InvariantCulture))).ToList();
        }

        if (!IsEnum(property))
        {
            return [null, "x"];
        }

        var first = property.Type.EnumValues[0];
        var values = new List<string?> { null };
        values.AddRange(property.Type.EnumValues);
        values.AddRange(request.ProviderValues.Where(v => v.Property == property.JsonName).SelectMany(v => v.Values));
        if (request.ProviderValues.Any(v => v.Property == property.JsonName && v.Pattern is not null))
        {
            // Values a provider's pattern may take that the spec does not list: the first known value with each digit
            // shifted (720x1280 -> 831x2391, 4 -> 5) and zeroed (4 -> 0, which one seconds pattern takes and another not).
            values.Add(EachDigit(first, d => (char)('0' + ((d - '0' + 1) % 10))));
            values.Add(EachDigit(first, _ => '0'));
        }

        values.AddRange(new[] { "zz-unknown", string.Empty, first.ToUpperInvariant(), " " + first, first + "\u202E" });
        return values.Distinct().ToList();
    }

    private static string EachDigit(string value, Func<char, char> change) =>
        new(value.Select(c => c is >= '0' and <= '9' ? change(c) : c).ToArray());

    [Fact]
    public void TheProductSpecTableHoldsValuesAProviderPatternTakesOutsideTheSpecsList_AndValuesNoPatternTakes()
    {
        var request = TestSpecs.Parse(TestSpecs.RepoSpec, "Sora.Contracts").Objects.Single(o => o.Name == "CreateVideoRequest");
        var widened = JudgedProperties(request).Where(p => request.ProviderValues.Any(v => v.Property == p.JsonName && v.Pattern is not null)).ToList();
        Assert.Contains(widened, p => p.JsonName == "size");
        Assert.Contains(widened, p => p.JsonName == "seconds");
        foreach (var property in widened)
        {
            var patterns = request.ProviderValues.Where(v => v.Property == property.JsonName && v.Pattern is not null)
                .Select(v => new System.Text.RegularExpressions.Regex(v.Pattern!.Replace("$", @"\z", StringComparison.Ordinal)))
                .ToList();
            var outside = Column(request, property).Where(v => v is not null && !property.Type.EnumValues.Contains(v)).Select(v => v!).ToList();
            Assert.Contains(outside, v => patterns.Any(p => p.IsMatch(v)));
            Assert.Contains(outside, v => !patterns.Any(p => p.IsMatch(v)));
        }
    }

    private static IEnumerable<Site> Sites(SpecModel spec, ObjectModel request)
    {
        var required = request.Properties.Where(p => p.Required).ToList();
        Assert.All(required, p => Assert.Equal(TypeKind.String, p.Type.Kind));
        var properties = JudgedProperties(request);
        var columns = properties.Select(p => Column(request, p)).ToList();
        var providers = new List<string?> { null };
        providers.AddRange(spec.Providers.Select(p => p.Id));

        var rows = new List<(string? Provider, string?[] Values)> ();
        foreach (var provider in providers)
        {
            foreach (var combination in Combinations(request, properties, columns))
            {
                rows.Add((provider, combination));
            }
        }

        var type = request.Name;
        var arguments = string.Join(", ", required.Select(_ => Literal(Prompt)));
        var index = 0;
        foreach (var (provider, values) in rows)
        {
            var row = $"{type} provider={provider ?? "(none)"} " + string.Join(" ", properties.Select((p, i) => $"{p.JsonName}={Show(values[i])}"));
            var set = properties.Select((p, i) => (Property: p, Value: values[i])).Where(x => x.Value is not null).ToList();
            var member = provider is null ? string.Empty : "global::" + spec.Namespace + ".SoraProvider." + Naming.ToPascalCase(provider);
            var initializer = "{ " + string.Join(", ", set.Select(x => $"{x.Property.Identifier} = {Literal(x.Property, x.Value!)}")) + " }";
            var chain = string.Concat(set.Select(x => $".With{x.Property.Identifier.TrimStart('@')}({Literal(x.Property, x.Value!)})"));

            yield return new Site(row, "creation", $"R{index}C", $"new {type}({arguments}) {initializer}.Validate({member})");
            yield return new Site(row, "builder", $"R{index}B", $"Built(new {type}.Builder({arguments}){chain}.TryBuild(out _, out var result{(member.Length == 0 ? string.Empty : ", " + member)}), result)");
            yield return new Site(row, "with", $"R{index}W", $"(new {type}({arguments}) with {initializer}).Validate({member})");
            index++;
        }
    }

    /// <summary>
    /// Every enum and exactly-one member crossed with each other (the validator table: every model × size × seconds,
    /// unknown and malformed values included), and with a ranged number when a rule names it. A ranged number no rule
    /// names varies on its own, the rest absent: no rule can make its verdict depend on another value, and crossing two
    /// of them (the provider-only fields) multiplies the table 16 times without a row a rule could judge differently.
    /// </summary>
    private static IEnumerable<string?[]> Combinations(ObjectModel request, List<PropertyModel> properties, List<List<string?>> columns)
    {
        var linked = new HashSet<string>(request.Rules.SelectMany(r => new[] { r.IfProperty, r.ThenProperty }), StringComparer.Ordinal);
        linked.UnionWith(properties.Where(p => !IsRangedWholeNumber(p)).Select(p => p.JsonName));
        var crossed = Cross(properties.Select((p, i) => linked.Contains(p.JsonName) ? columns[i] : [null]).ToList()).ToList();
        var alone = properties
            .Select((p, i) => (Index: i, Linked: linked.Contains(p.JsonName)))
            .Where(x => !x.Linked)
            .SelectMany(x => columns[x.Index].Where(v => v is not null).Select(v =>
            {
                var values = new string?[properties.Count];
                values[x.Index] = v;
                return values;
            }));
        return crossed.Concat(alone);
    }

    private static IEnumerable<string?[]> Cross(List<List<string?>> columns)
    {
        IEnumerable<string?[]> rows = new[] { Array.Empty<string?>() };
        foreach (var column in columns)
        {
            var current = rows;
            rows = current.SelectMany(r => column.Select(v => r.Append(v).ToArray()));
        }

        return rows;
    }

    /// <summary>The sites, one per line (a diagnostic's line names its site), in a class <c>Consumer.Sites</c>.</summary>
    private static string Code(string @namespace, List<Site> sites)
    {
        var text = new StringBuilder();
        text.Append("using ").Append(@namespace).Append(";\nnamespace Consumer;\npublic static class Sites\n{\n");
        text.Append("    private static global::Sora.Contracts.Validation.SoraValidationResult Built(bool valid, global::Sora.Contracts.Validation.SoraValidationResult result) => result;\n");
        var line = 5;
        foreach (var site in sites)
        {
            site.Line = line++;
            text.Append("    public static global::Sora.Contracts.Validation.SoraValidationResult ").Append(site.Method).Append("() => ").Append(site.Expression).Append(";\n");
        }

        return text.Append("}\n").ToString();
    }

    private static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
    }

    private static string Literal(PropertyModel property, string value) => IsRangedWholeNumber(property) ? value : Literal(value);

    /// <summary>A C# string literal with every character outside printable ASCII escaped.</summary>
    private static string Literal(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return text.Append('"').ToString();
    }

    private static string Show(string? value) => value is null ? "(absent)" : Literal(value);

    private sealed class Site(string row, string form, string method, string expression)
    {
        public string Row { get; } = row;

        public string Form { get; } = form;

        public string Method { get; } = method;

        public string Expression { get; } = expression;

        public int Line { get; set; }
    }
}
