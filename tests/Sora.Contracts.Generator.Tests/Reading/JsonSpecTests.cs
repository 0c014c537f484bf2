using System.Text;
using Sora.Contracts.SpecReader.Json;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Parsing;
using Sora.Contracts.SpecReader.Yaml;
using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Reading;

/// <summary>
/// A <c>.json</c> spec is read as JSON (RFC 8259) into the same tree as YAML: the same model and generated code, every
/// problem at its JSON line and column, and what JSON refuses refused even where YAML would read it.
/// </summary>
public sealed class JsonSpecTests
{
    private const string JsonPath = "/specs/test.openapi.json";

    private static YamlNode? LoadJson(string json, List<DiagnosticInfo> diagnostics) => JsonLoader.Load(JsonPath, json, diagnostics);

    private static YamlNode LoadYaml(string yaml)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var root = YamlLoader.Load(TestPath, yaml, diagnostics);
        Assert.Empty(diagnostics);
        return root!;
    }

    [Fact]
    public void TheProductSpecAsJson_GivesTheSameModelAndTheSameGeneratedCode()
    {
        var json = DocumentMeaning.AsJson(LoadYaml(RepoSpec), indented: true);

        var fromYaml = ProductSpec.Product;
        var fromJson = GeneratorHarness.Run(new SpecFile("/repo/spec/sora.openapi.json", json), ProductNamespace);

        Assert.Empty(fromJson.Diagnostics);
        Assert.Equal(fromYaml.Sources.Keys.Order(StringComparer.Ordinal), fromJson.Sources.Keys.Order(StringComparer.Ordinal));
        Assert.All(fromYaml.Sources, source => Assert.Equal(source.Value, fromJson.Sources[source.Key]));
        Assert.Equal(
            SpecParser.Parse("/repo/spec/sora.openapi.yaml", RepoSpec, ProductNamespace),
            SpecParser.Parse("/repo/spec/sora.openapi.json", json, ProductNamespace));
    }

    [Fact]
    public void ProblemsInAJsonSpecAreAtTheirJsonLineAndColumn()
    {
        const string json = "{\n"
            + "  \"openapi\": \"3.1.0\",\n"
            + "  \"info\": {\"title\": \"t\", \"version\": \"1\", \"title\": \"again\"},\n"
            + "  \"paths\": {},\n"
            + "  \"components\": {\"schemas\": {\n"
            + "    \"Holder\": {\"type\": \"object\", \"properties\": {\n"
            + "      \"missing\": {\"$ref\": \"#/components/schemas/Nope\"}}}}}\n"
            + "}\n";

        var model = SpecParser.Parse(JsonPath, json, "Sora.Tests.Json");

        var duplicate = model.Diagnostics.Single(d => d.Id == "SORA103");
        Assert.Equal((2, json.Split('\n')[2].IndexOf("\"title\": \"again\"", StringComparison.Ordinal)), (duplicate.Location!.StartLine, duplicate.Location.StartColumn));
        Assert.Equal(json.IndexOf("\"title\": \"again\"", StringComparison.Ordinal), duplicate.Location.Start);
        var dangling = model.Diagnostics.Single(d => d.Id == "SORA105");
        Assert.Equal((6, 17), (dangling.Location!.StartLine, dangling.Location.StartColumn));
        Assert.Equal(JsonPath, dangling.Location.Path);
    }

    public static TheoryData<string, string, int, int, string> NotJson => new()
    {
        { "trailing comma", "{\"a\": 1,\n}", 1, 0, "expected a member name in double quotes, found '}'" },
        { "single quotes", "{'a': 1}", 0, 1, "expected a member name in double quotes, found '''" },
        { "unquoted key", "{\n  a: 1}", 1, 2, "expected a member name in double quotes, found 'a'" },
        { "YAML's \\x escape", "{\"a\": \"\\x41\"}", 0, 7, "'\\x' is not a JSON escape" },
        { "raw tab in a string", "{\"a\": \"x\ty\"}", 0, 8, "a string holds the control character U+0009" },
        { "string across lines", "{\"a\": \"x\ny\"}", 0, 8, "a string is not closed before the end of its line" },
        { "unclosed string", "{\"a\": \"x", 0, 6, "a string is not closed before the end of the file" },
        { "text after the document", "{\"a\": 1}\n# comment", 1, 0, "'#' after the document's value" },
        { "missing comma", "[1\n 2]", 1, 1, "expected ',' or ']', found '2'" },
        { "leading zero", "{\"a\": 01}", 0, 6, "expected a value" },
        { "YAML plain text", "openapi: 3.1.0", 0, 0, "expected a value" },
        { "unclosed object", "{\"a\": [1, 2]", 0, 12, "expected ',' or '}', found the end of the file" },
    };

    [Theory]
    [MemberData(nameof(NotJson))]
    public void WhatJsonRefuses_IsSora100AtTheCharacter_EvenWhereYamlWouldReadIt(string name, string json, int line, int column, string message)
    {
        var diagnostics = new List<DiagnosticInfo>();

        Assert.Null(LoadJson(json, diagnostics));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SORA100", diagnostic.Id);
        Assert.Equal("JSON", diagnostic.Arguments[0]);
        Assert.Contains(message, diagnostic.Arguments[1], StringComparison.Ordinal);
        Assert.True((line, column) == (diagnostic.Location!.StartLine, diagnostic.Location.StartColumn), $"{name}: at ({diagnostic.Location.StartLine},{diagnostic.Location.StartColumn})");
    }

    [Fact]
    public void WhereJsonAndYamlDisagree_JsonIsRead()
    {
        // Tabs between tokens, the \/ escape, a surrogate pair, a lone surrogate, a line of 200,000 characters.
        var longValue = new string('x', 200_000);
        var json = "{\n\t\"slash\":\t\"a\\/b\",\n\t\"pair\": \"\\ud83d\\ude00\",\n\t\"lone\": \"\\ud83d\",\n\t\"long\": \"" + longValue + "\",\n\t\"n\": -1.5e+10, \"t\": true, \"z\": null\n}";
        var diagnostics = new List<DiagnosticInfo>();

        var root = Assert.IsType<YamlMapping>(LoadJson(json, diagnostics));

        Assert.Empty(diagnostics);
        Assert.Equal("a/b", ((YamlScalar)root["slash"]!).Value);
        Assert.Equal("\U0001F600", ((YamlScalar)root["pair"]!).Value);
        Assert.Equal("\ud83d", ((YamlScalar)root["lone"]!).Value);
        Assert.Equal(longValue, ((YamlScalar)root["long"]!).Value);
        Assert.Equal(("-1.5e+10", true), (((YamlScalar)root["n"]!).Value, ((YamlScalar)root["n"]!).IsPlain));
        Assert.True(((YamlScalar)root["z"]!).IsNull);
        Assert.False(new YamlScalar("null", isPlain: false, root.Location).IsNull);
    }

    [Fact]
    public void ADuplicateMember_IsSora103AtTheSecond_AndTheFirstIsKept()
    {
        var diagnostics = new List<DiagnosticInfo>();

        var root = Assert.IsType<YamlMapping>(LoadJson("{\"a\": 1,\n \"a\": 2}", diagnostics));

        Assert.Equal(("SORA103", 1, 1), (Assert.Single(diagnostics).Id, diagnostics[0].Location!.StartLine, diagnostics[0].Location!.StartColumn));
        Assert.Equal("1", ((YamlScalar)root["a"]!).Value);
    }

    [Fact]
    public void NestingDeeperThan128Levels_IsSora102_AndDeepTextCannotOverflowTheStack()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var fits = new string('[', YamlLoader.MaxDepth) + new string(']', YamlLoader.MaxDepth);

        Assert.NotNull(LoadJson(fits, diagnostics));
        Assert.Empty(diagnostics);

        Assert.Null(LoadJson(new string('[', 100_000) + new string(']', 100_000), diagnostics));
        Assert.Equal(("SORA102", YamlLoader.MaxDepth), (Assert.Single(diagnostics).Id, diagnostics[0].Location!.StartColumn));
    }

    [Fact]
    public void MoreValuesThanTheBudget_IsSora102_WithWhatWasCounted()
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < YamlLoader.MaxExpandedNodes; i++)
        {
            json.Append(i == 0 ? "0" : ",0");
        }

        var diagnostics = new List<DiagnosticInfo>();

        Assert.Null(LoadJson(json.Append(']').ToString(), diagnostics));

        Assert.Equal("SORA102", Assert.Single(diagnostics).Id);
        Assert.StartsWith("it has more than 1000000 JSON values, the most the generator reads (1000001 written", diagnostics[0].Arguments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AJsonSpecThroughTheGenerator_GeneratesUnderItsName_AndReportsAtItsLines()
    {
        var json = DocumentMeaning.AsJson(LoadYaml(Spec()), indented: true);
        var broken = json.Replace("\"#/components/schemas/Colour\"", "\"#/components/schemas/Nope\"", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(new SpecFile(JsonPath, broken), "Sora.Tests.Json");

        Assert.Contains("test.openapi.Paint.g.cs", run.Sources.Keys);
        var dangling = Assert.Single(run.DiagnosticsWithId("SORA105"));
        Assert.Equal(JsonPath, dangling.Location.GetLineSpan().Path);
        // A JSON object starts at its '{': on the line of the member that holds it, where YAML's mapping starts at its first key.
        Assert.Equal(LineOf(broken, "\"colour\": {"), dangling.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void TheOfficialVideosFragment_ReadsFromYamlAndFromItsJsonTwin_ToTheSameDocumentAndModel()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reading", "openai-videos-fragment.yaml");
        var yaml = File.ReadAllText(path);
        var tree = LoadYaml(yaml);
        var json = DocumentMeaning.AsJson(tree, indented: false);
        var diagnostics = new List<DiagnosticInfo>();

        var fromJson = LoadJson(json, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(DocumentMeaning.Of(tree), DocumentMeaning.Of(fromJson!));
        var yamlModel = SpecParser.Parse("/f/openai.yaml", yaml, "Sora.Tests.OpenAI");
        var jsonModel = SpecParser.Parse("/f/openai.json", json, "Sora.Tests.OpenAI");
        Assert.DoesNotContain(yamlModel.Diagnostics, d => d.Id is "SORA100" or "SORA102" or "SORA103" or "SORA199");
        Assert.Equal(yamlModel.Diagnostics.Select(d => (d.Id, d.Arguments)), jsonModel.Diagnostics.Select(d => (d.Id, d.Arguments)));
        Assert.Equal(yamlModel with { SpecName = "x", Diagnostics = default }, jsonModel with { SpecName = "x", Diagnostics = default });
    }
}
