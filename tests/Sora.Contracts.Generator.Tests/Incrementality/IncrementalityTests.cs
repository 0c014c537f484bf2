using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sora.Contracts.Generator.Emitting;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Parsing;
using Xunit;
using static Sora.Contracts.Generator.SoraSpecGenerator;

namespace Sora.Contracts.Generator.Tests.Incrementality;

/// <summary>
/// GENERATOR-PRACTICES.md section 5: one <see cref="GeneratorDriver"/> run repeatedly (always keeping the driver each run
/// returns) with step tracking on; each named step's <see cref="IncrementalStepRunReason"/> and each source output's.
/// </summary>
public sealed class IncrementalityTests
{
    private const string Namespace = "Sora.Contracts";
    private const string DiagnosticsOutput = "<diagnostics>";

    private static readonly string[] TrackedStepNames = { TrackingNames.SpecInput, TrackingNames.Model, TrackingNames.Diagnostics, TrackingNames.Units };

    /// <summary>A driver that has run once over the product spec, and what it needs for the next run.</summary>
    private sealed record Session(GeneratorRun First, InMemoryAdditionalText Spec, CSharpCompilation Compilation, SyntaxTree Code);

    private static Session Start(string? specText = null)
    {
        var spec = new InMemoryAdditionalText(TestSpecs.RepoSpecVirtualPath, specText ?? TestSpecs.RepoSpec);
        var options = GeneratorHarness.Options(new[] { new SpecFile(spec.Path, string.Empty) }, Namespace);
        var code = GeneratorHarness.ParseCode("namespace Consumer; public static class Program { public static int Main() => 0; }");
        var compilation = GeneratorHarness.CreateCompilation(code);
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, options);
        var first = GeneratorHarness.Run(driver, compilation);
        Assert.Empty(first.Diagnostics);
        Assert.Equal(25, first.Sources.Count);
        return new Session(first, spec, compilation, code);
    }

    [Fact]
    public void FirstRun_EveryTrackedStepIsNew()
    {
        var session = Start();

        foreach (var name in TrackedStepNames)
        {
            Assert.All(Outputs(session.First, name), o => Assert.Equal(IncrementalStepRunReason.New, o.Reason));
        }

        Assert.Equal(25, Outputs(session.First, TrackingNames.Units).Count);
        Assert.All(SourceOutputReasons(session.First).Values, r => Assert.Equal(IncrementalStepRunReason.New, r));
    }

    [Fact]
    public void SameInputTwice_EveryStepAndOutputIsCached()
    {
        var session = Start();

        var second = GeneratorHarness.Run(session.First.Driver, session.Compilation);

        foreach (var name in TrackedStepNames)
        {
            AssertReasons(second, name, IncrementalStepRunReason.Cached);
        }

        AssertSourceOutputs(second, expected: _ => IncrementalStepRunReason.Cached);
        Assert.Equal(session.First.Sources, second.Sources);
    }

    [Fact]
    public void UnrelatedCSharpEdit_EveryStepAndOutputIsCached()
    {
        var session = Start();
        var edited = session.Code.WithChangedText(session.Code.GetText().Replace(0, 0, "// a keystroke in unrelated code\n"));

        var second = GeneratorHarness.Run(session.First.Driver, session.Compilation.ReplaceSyntaxTree(session.Code, edited));

        foreach (var name in TrackedStepNames)
        {
            AssertReasons(second, name, IncrementalStepRunReason.Cached);
        }

        AssertSourceOutputs(second, expected: _ => IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void AddingAnUnrelatedCSharpFile_EveryOutputIsCached()
    {
        var session = Start();

        var second = GeneratorHarness.Run(session.First.Driver, session.Compilation.AddSyntaxTrees(GeneratorHarness.ParseCode("class Other { }", "Other.cs")));

        AssertReasons(second, TrackingNames.Units, IncrementalStepRunReason.Cached);
        AssertSourceOutputs(second, expected: _ => IncrementalStepRunReason.Cached);
    }

    [Theory]
    [InlineData("comment line at the top")]
    [InlineData("comment at the end of a line")]
    [InlineData("trailing whitespace")]
    [InlineData("blank lines")]
    [InlineData("flow style for a list")]
    public void YamlWhitespaceOrCommentOnlyEdit_InputIsModified_ModelUnchanged_OutputsCached(string edit)
    {
        var session = Start();
        var text = TestSpecs.RepoSpec;
        var editedText = edit switch
        {
            "comment line at the top" => "# A comment that changes nothing.\n" + text,
            "comment at the end of a line" => Replace(text, "    VideoSize:\n", "    VideoSize: # the output resolution\n"),
            "trailing whitespace" => Replace(text, "    VideoSize:\n", "    VideoSize:   \n"),
            "blank lines" => Replace(text, "    VideoSeconds:\n", "\n\n    VideoSeconds:\n"),
            _ => Replace(text, "      enum:\n        - '4'\n        - '8'\n        - '12'\n", "      enum: ['4', '8', '12']\n"),
        };

        var second = Edit(session, editedText);

        AssertReasons(second, TrackingNames.SpecInput, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.Model, IncrementalStepRunReason.Unchanged);
        AssertReasons(second, TrackingNames.Diagnostics, IncrementalStepRunReason.Cached);
        AssertReasons(second, TrackingNames.Units, IncrementalStepRunReason.Cached);
        AssertSourceOutputs(second, expected: _ => IncrementalStepRunReason.Cached);
        Assert.Equal(session.First.Sources, second.Sources);
    }

    [Theory]
    [InlineData("VideoError", "      description: Why a job failed.\n", "      description: Why the job failed.\n")]
    [InlineData("VideoSize", "      description: Output resolution, `{width}x{height}` in pixels.\n", "      description: Output resolution in pixels.\n")]
    [InlineData("ModelInfo", "      description: One available model.\n", "      description: One model the key may use.\n")]
    public void OneSchemaDescriptionEdited_OnlyThatSchemasFileIsReEmitted(string schema, string before, string after)
    {
        var session = Start();

        var second = Edit(session, Replace(TestSpecs.RepoSpec, before, after));

        AssertReasons(second, TrackingNames.SpecInput, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.Model, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.Diagnostics, IncrementalStepRunReason.Unchanged);

        var changedHint = $"sora.openapi.{schema}.g.cs";
        var units = Outputs(second, TrackingNames.Units);
        Assert.Equal(25, units.Count);
        Assert.All(units, o => Assert.Equal(
            ((EmitUnit)o.Value).HintName == changedHint ? IncrementalStepRunReason.Modified : IncrementalStepRunReason.Unchanged,
            o.Reason));

        // Only the changed unit's source output runs again; every other is reused.
        AssertSourceOutputs(second, expected: hint => hint == changedHint ? IncrementalStepRunReason.Modified : IncrementalStepRunReason.Cached);
        Assert.Equal(
            new[] { changedHint },
            second.Sources.Where(s => session.First.Sources[s.Key] != s.Value).Select(s => s.Key));
    }

    [Fact]
    public void SpecRemoved_EveryOutputIsRemoved_AndNothingIsGenerated()
    {
        var session = Start();

        var second = GeneratorHarness.Run(session.First.Driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(session.Spec)), session.Compilation);

        AssertReasons(second, TrackingNames.SpecInput, IncrementalStepRunReason.Removed);
        AssertReasons(second, TrackingNames.Model, IncrementalStepRunReason.Removed);
        AssertReasons(second, TrackingNames.Diagnostics, IncrementalStepRunReason.Removed);
        AssertReasons(second, TrackingNames.Units, IncrementalStepRunReason.Removed);
        Assert.Equal(25, Outputs(second, TrackingNames.Units).Count);
        AssertSourceOutputs(second, expected: _ => IncrementalStepRunReason.Removed);
        Assert.Empty(second.Sources);
    }

    [Fact]
    public void UnrelatedGlobalOptionChanged_SpecInputCached_OutputsCached()
    {
        var session = Start();
        var options = new TestAnalyzerConfigOptionsProvider(
            new Dictionary<string, string> { [GeneratorHarness.RootNamespaceProperty] = Namespace, ["build_property.SoraProvider"] = "azure" },
            new Dictionary<string, IReadOnlyDictionary<string, string>> { [session.Spec.Path] = new Dictionary<string, string> { [GeneratorHarness.SpecMetadata] = "true" } });

        var second = GeneratorHarness.Run(session.First.Driver.WithUpdatedAnalyzerConfigOptions(options), session.Compilation);

        // SpecInput.From runs again for the new options and returns an equal record, so the tracked SpecInput step (the
        // last of the input steps) and everything after it are cached.
        AssertReasons(second, TrackingNames.SpecInput, IncrementalStepRunReason.Cached);
        AssertReasons(second, TrackingNames.Model, IncrementalStepRunReason.Cached);
        AssertReasons(second, TrackingNames.Units, IncrementalStepRunReason.Cached);
        AssertSourceOutputs(second, expected: _ => IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void NamespaceChanged_EveryFileIsReEmitted()
    {
        var session = Start();
        var options = GeneratorHarness.Options(new[] { new SpecFile(session.Spec.Path, string.Empty) }, "Other.Namespace");

        var second = GeneratorHarness.Run(session.First.Driver.WithUpdatedAnalyzerConfigOptions(options), session.Compilation);

        AssertReasons(second, TrackingNames.SpecInput, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.Units, IncrementalStepRunReason.Modified);
        Assert.All(second.Sources.Values, s => Assert.Contains("namespace Other.Namespace;\n", s, StringComparison.Ordinal));
    }

    [Fact]
    public void EditingOneOfTwoSpecs_LeavesTheOtherSpecsOutputsCached()
    {
        var product = new InMemoryAdditionalText(TestSpecs.RepoSpecVirtualPath, TestSpecs.RepoSpec);
        var widget = new InMemoryAdditionalText("/widgets/widget.openapi.yaml", CompileChecks.GeneratedCodeCompilesTests.WidgetSpec);
        var options = GeneratorHarness.Options(new[] { new SpecFile(product.Path, string.Empty), new SpecFile(widget.Path, string.Empty, "Widgets.Api") }, Namespace);
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.ParseCode("class C { }"));
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(new AdditionalText[] { product, widget }, options), compilation);
        var editedWidget = new InMemoryAdditionalText(widget.Path, widget.GetText().ToString().Replace("How much effort goes into a frame.", "Effort per frame.", StringComparison.Ordinal));

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(widget, editedWidget), compilation);

        var reasons = SourceOutputReasons(second);
        Assert.Equal(IncrementalStepRunReason.Cached, reasons[DiagnosticsOutput + TestSpecs.RepoSpecVirtualPath]);
        Assert.All(reasons.Where(r => r.Key.StartsWith("sora.openapi.", StringComparison.Ordinal)), r => Assert.Equal(IncrementalStepRunReason.Cached, r.Value));
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["widget.openapi.Quality.g.cs"]);
        Assert.All(reasons.Where(r => r.Key.StartsWith("widget.openapi.", StringComparison.Ordinal) && r.Key != "widget.openapi.Quality.g.cs"), r => Assert.Equal(IncrementalStepRunReason.Cached, r.Value));
    }

    // ---------------------------------------------------------------- the cached model is a value

    [Fact]
    public void ModelParsedTwice_IsEqual_WithEqualHashCodes()
    {
        var first = SpecParser.Parse(TestSpecs.RepoSpecVirtualPath, TestSpecs.RepoSpec, Namespace);
        var second = SpecParser.Parse(TestSpecs.RepoSpecVirtualPath, new string(TestSpecs.RepoSpec.AsSpan()), Namespace);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(SourceEmitter.Split(first), SourceEmitter.Split(second));
        Assert.Equal(SourceEmitter.Split(first).GetHashCode(), SourceEmitter.Split(second).GetHashCode());
        foreach (var (a, b) in first.Objects.Zip(second.Objects))
        {
            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Fact]
    public void ModelOfASpecWithDiagnostics_ParsedTwice_IsEqual()
    {
        var yaml = TestSpecs.Spec("""
                Dup:
                  type: string
                  enum: [a, a]
            """);

        var first = TestSpecs.Parse(yaml);
        var second = TestSpecs.Parse(new string(yaml.AsSpan()));

        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void ModelsOfDifferentSpecs_AreNotEqual()
    {
        var first = SpecParser.Parse(TestSpecs.RepoSpecVirtualPath, TestSpecs.RepoSpec, Namespace);
        var edited = SpecParser.Parse(TestSpecs.RepoSpecVirtualPath, Replace(TestSpecs.RepoSpec, "        - '12'\n", "        - '16'\n"), Namespace);

        Assert.NotEqual(first, edited);
        Assert.NotEqual(first.Enums, edited.Enums);
        Assert.Equal(first.Operations, edited.Operations);
    }

    [Fact]
    public void NoRoslynOrYamlObject_IsReachableFromAnyTrackedStepOutput()
    {
        var session = Start();
        var runs = new List<GeneratorRun> { session.First };
        runs.Add(Edit(session, Replace(TestSpecs.RepoSpec, "      description: Why a job failed.\n", "      description: Why it failed.\n")));
        var withDiagnostics = GeneratorHarness.Run(new SpecFile(TestSpecs.TestPath, TestSpecs.Spec("""
                Dup:
                  type: string
                  enum: [a, a]
            """)));
        Assert.NotEmpty(withDiagnostics.Diagnostics);
        runs.Add(withDiagnostics);

        var walked = 0;
        foreach (var run in runs)
        {
            foreach (var name in TrackedStepNames)
            {
                foreach (var (value, _) in Outputs(run, name))
                {
                    ObjectGraph.AssertOnlyPlainValues(value, name);
                    walked++;
                }
            }
        }

        Assert.True(walked > 50, $"Only {walked} step outputs were walked.");
    }

    [Fact]
    public void ObjectGraphWalker_FindsARoslynObjectHiddenInAField()
    {
        var hidden = new Holder(new object[] { "fine", new Holder(CSharpSyntaxTree.ParseText("class C { }")) });

        var failure = Assert.ThrowsAny<Exception>(() => ObjectGraph.AssertOnlyPlainValues(hidden, "test"));

        Assert.Contains("Microsoft.CodeAnalysis", failure.Message, StringComparison.Ordinal);
    }

    private sealed record Holder(object Value);

    // ---------------------------------------------------------------- helpers

    private static string Replace(string text, string before, string after)
    {
        Assert.Contains(before, text, StringComparison.Ordinal);
        return text.Replace(before, after, StringComparison.Ordinal);
    }

    private static GeneratorRun Edit(Session session, string newText)
    {
        var edited = new InMemoryAdditionalText(session.Spec.Path, newText);
        return GeneratorHarness.Run(session.First.Driver.ReplaceAdditionalText(session.Spec, edited), session.Compilation);
    }

    private static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string stepName)
    {
        Assert.True(run.Generator.TrackedSteps.TryGetValue(stepName, out var steps), $"The step '{stepName}' was not tracked; tracked: {string.Join(", ", run.Generator.TrackedSteps.Keys)}");
        return steps.SelectMany(s => s.Outputs).ToList();
    }

    private static void AssertReasons(GeneratorRun run, string stepName, IncrementalStepRunReason expected)
    {
        var outputs = Outputs(run, stepName);
        Assert.NotEmpty(outputs);
        var wrong = outputs.Where(o => o.Reason != expected).ToList();
        Assert.True(wrong.Count == 0, $"{stepName}: expected every output {expected}, found {string.Join(", ", outputs.GroupBy(o => o.Reason).Select(g => $"{g.Count()}x {g.Key}"))}: {string.Join(", ", wrong.Take(5).Select(o => o.Value is EmitUnit u ? u.HintName : o.Value.GetType().Name))}");
    }

    /// <summary>
    /// The reason of every source output of the run, by the hint name of the unit it came from (or
    /// <c>&lt;diagnostics&gt;{path}</c> for the output that reports a spec's diagnostics).
    /// </summary>
    private static Dictionary<string, IncrementalStepRunReason> SourceOutputReasons(GeneratorRun run)
    {
        var reasons = new Dictionary<string, IncrementalStepRunReason>(StringComparer.Ordinal);
        Assert.True(run.Generator.TrackedOutputSteps.TryGetValue(WellKnownGeneratorOutputs.SourceOutput, out var steps), "No source output steps were tracked.");
        foreach (var step in steps)
        {
            var (source, index) = Assert.Single(step.Inputs);
            var input = source.Outputs[index].Value;
            var key = input switch
            {
                EmitUnit unit => unit.HintName,
                EquatableArray<DiagnosticInfo> => DiagnosticsOutput + SpecPathOf(source),
                _ => throw new InvalidOperationException("Unexpected source output input " + input.GetType()),
            };
            var reason = Assert.Single(step.Outputs.Select(o => o.Reason).Distinct());
            reasons.Add(key, reason);
        }

        return reasons;
    }

    /// <summary>The spec path behind a Diagnostics step output, found through the step's Model input.</summary>
    private static string SpecPathOf(IncrementalGeneratorRunStep diagnosticsStep)
    {
        var (modelStep, _) = Assert.Single(diagnosticsStep.Inputs);
        var (inputStep, inputIndex) = Assert.Single(modelStep.Inputs);
        return ((SpecInput)inputStep.Outputs[inputIndex].Value).Path;
    }

    private static void AssertSourceOutputs(GeneratorRun run, Func<string, IncrementalStepRunReason> expected)
    {
        var reasons = SourceOutputReasons(run);
        Assert.Equal(26, reasons.Count); // 25 files and the diagnostics output
        var wrong = reasons
            .Where(r => r.Value != expected(r.Key.StartsWith(DiagnosticsOutput, StringComparison.Ordinal) ? DiagnosticsOutput : r.Key))
            .ToList();
        Assert.True(wrong.Count == 0, "Unexpected source output reasons: " + string.Join(", ", wrong.Select(w => $"{w.Key}={w.Value}")));
    }
}
