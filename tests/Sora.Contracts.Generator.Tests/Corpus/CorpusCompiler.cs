using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Corpus;

/// <summary>
/// Generates one corpus spec, compiles every generated file with a consumer's probe (warning level 9999, nullable on,
/// documentation diagnosed), and runs the probe: what a user of the spec would write, asserted on its answers.
/// </summary>
internal static class CorpusCompiler
{
    public const string Namespace = "Corpus.Api";

    /// <summary>The spec's SORA1xx diagnostics (id and 1-based line) and the probe's compiled <c>Probe</c> class.</summary>
    public sealed record Result(IReadOnlyList<(string Id, int Line)> SpecDiagnostics, IReadOnlyDictionary<string, string> Sources, Type? Probe)
    {
        /// <summary>Calls <c>Probe.{name}()</c> and returns what it returned, as text.</summary>
        public string Call(string name)
        {
            Assert.NotNull(Probe);
            var method = Probe!.GetMethod(name, BindingFlags.Public | BindingFlags.Static);
            Assert.True(method is not null, $"Probe.{name} is not defined");
            try
            {
                return Convert.ToString(method!.Invoke(null, null), CultureInfo.InvariantCulture) ?? "null";
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                return "threw " + ex.InnerException.GetType().Name + ": " + ex.InnerException.Message;
            }
        }
    }

    /// <summary>
    /// Runs the generator over <paramref name="yaml"/> and compiles its output with <paramref name="probe"/> (C# in
    /// <c>namespace Corpus.Consumer</c> with <c>using Corpus.Api;</c>); fails on any compiler error or warning.
    /// </summary>
    public static Result Compile(string yaml, string probe = "public static class Probe { }", string path = "/corpus/corpus.yaml")
    {
        var run = GeneratorHarness.Run(
            new[] { new SpecFile(path, yaml) },
            rootNamespace: Namespace,
            code: "#nullable enable\nusing System.Linq;\nusing Corpus.Api;\nnamespace Corpus.Consumer;\n" + probe.Replace("public static class Probe", "internal static class Probe", StringComparison.Ordinal));

        Assert.Null(run.Generator.Exception);
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id is "CS8785" or "SORA199");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "SORA199");
        var problems = run.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .ToList();
        Assert.True(problems.Count == 0, "The generated code and its consumer do not compile cleanly:\n" + string.Join("\n", problems.Take(15).Select(Describe)));

        var diagnostics = run.Diagnostics
            .Where(d => d.Id.StartsWith("SORA1", StringComparison.Ordinal))
            .Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1))
            .OrderBy(d => d.Item2)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

        using var stream = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Select(Describe)));
        var context = new AssemblyLoadContext("corpus-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += (_, name) => name.Name == "Sora.Contracts" ? typeof(Sora.Contracts.Validation.SoraViolation).Assembly : null;
        stream.Position = 0;
        var assembly = context.LoadFromStream(stream);
        return new Result(diagnostics, run.Sources, assembly.GetType("Corpus.Consumer.Probe"));
    }

    /// <summary>The 1-based line of the first line of <paramref name="yaml"/> that contains <paramref name="marker"/>.</summary>
    public static int LineOf(string yaml, string marker)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{marker}' is not in the spec");
        return index + 1;
    }

    /// <summary>A 3.1 spec with one POST operation taking <paramref name="requestSchema"/> as JSON, and the given schemas.</summary>
    public static string Spec(string schemas, string requestSchema = "Job", string extraPaths = "") => $$"""
        openapi: 3.1.0
        info:
          title: Corpus
          version: '1'
        paths:
          /jobs:
            post:
              operationId: createJob
              requestBody:
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/{{requestSchema}}'
              responses:
                '200':
                  description: ok
        {{extraPaths}}
        components:
          schemas:
        {{schemas}}
        """;

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var line = d.Location.SourceTree?.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
        return $"  {d.Id} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1}): {d.GetMessage(CultureInfo.InvariantCulture)}\n      {line}";
    }
}
