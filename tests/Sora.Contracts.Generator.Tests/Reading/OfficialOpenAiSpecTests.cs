using Sora.Contracts.SpecReader.Json;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Parsing;
using Sora.Contracts.SpecReader.Yaml;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Reading;

/// <summary>
/// The whole official OpenAI spec (github.com/openai/openai-openapi: openapi.yaml, 87k lines, and openapi.json) reads as
/// is, and its YAML means what its JSON says. Public repository content is not committed here: the test reads the two
/// files from the folder named by <c>SORA_OPENAI_SPEC</c> and is skipped, saying so, when that is not set.
/// </summary>
public sealed class OfficialOpenAiSpecTests
{
    private const string Variable = "SORA_OPENAI_SPEC";

    [OfficialSpecFact]
    public void TheOfficialYaml_ReadsToTheSameDocumentAsTheOfficialJson()
    {
        var folder = Environment.GetEnvironmentVariable(Variable)!;
        var yamlDiagnostics = new List<DiagnosticInfo>();
        var jsonDiagnostics = new List<DiagnosticInfo>();

        var yaml = YamlLoader.Load("openapi.yaml", File.ReadAllText(Path.Combine(folder, "openapi.yaml")), yamlDiagnostics);
        var json = JsonLoader.Load("openapi.json", File.ReadAllText(Path.Combine(folder, "openapi.json")), jsonDiagnostics);

        Assert.Empty(yamlDiagnostics);
        Assert.Empty(jsonDiagnostics);
        Assert.Equal(DocumentMeaning.Of(json!), DocumentMeaning.Of(yaml!));
    }

    [OfficialSpecFact]
    public void TheOfficialSpec_IsParsedFromEitherFile_WithTheSameFindings()
    {
        var folder = Environment.GetEnvironmentVariable(Variable)!;

        var fromYaml = SpecParser.Parse("openapi.yaml", File.ReadAllText(Path.Combine(folder, "openapi.yaml")), "OpenAI.Generated");
        var fromJson = SpecParser.Parse("openapi.json", File.ReadAllText(Path.Combine(folder, "openapi.json")), "OpenAI.Generated");

        Assert.DoesNotContain(fromYaml.Diagnostics, d => d.Id is "SORA100" or "SORA101" or "SORA102" or "SORA103" or "SORA104" or "SORA199");
        Assert.Equal(fromYaml.Diagnostics.Select(d => (d.Id, d.Arguments)), fromJson.Diagnostics.Select(d => (d.Id, d.Arguments)));
        Assert.Equal(fromYaml with { Diagnostics = default }, fromJson with { Diagnostics = default });
    }

    /// <summary>A fact that runs only where the official spec's folder is named.</summary>
    private sealed class OfficialSpecFactAttribute : FactAttribute
    {
        public OfficialSpecFactAttribute()
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            {
                Skip = $"set {Variable} to a folder holding openapi.yaml and openapi.json of github.com/openai/openai-openapi";
            }
        }
    }
}
