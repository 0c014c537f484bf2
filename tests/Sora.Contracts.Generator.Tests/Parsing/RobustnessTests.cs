using Sora.Contracts.Generator.Emitting;
using Sora.Contracts.SpecReader.Parsing;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>
/// "The generator never throws": the product spec damaged in systematic ways (every line deleted in turn, the file cut
/// at every line, every scalar value replaced by a mapping or a list) must parse and emit without an exception. A throw
/// here is what the generator reports as SORA199, a bug.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] Lines = TestSpecs.RepoSpec.Split('\n');

    public static TheoryData<string> Mutations => new(new[] { "delete-line", "truncate", "value-to-mapping", "value-to-list", "value-to-null", "dedent-line" });

    [Theory]
    [MemberData(nameof(Mutations))]
    public void DamagedProductSpec_NeverThrows_AndNeverReportsAnInternalError(string mutation)
    {
        var failures = new List<string>();
        for (var i = 0; i < Lines.Length; i++)
        {
            var damaged = Mutate(mutation, i);
            if (damaged is null)
            {
                continue;
            }

            try
            {
                var model = SpecParser.Parse(TestSpecs.TestPath, damaged, "Damaged");
                if (model.Diagnostics.Any(d => d.Id == "SORA199"))
                {
                    failures.Add($"line {i + 1}: SORA199");
                    continue;
                }

                foreach (var unit in SourceEmitter.Split(model))
                {
                    SourceEmitter.Emit(unit);
                }

                Assert.All(model.Diagnostics, d => Assert.InRange(d.Location?.Line ?? 0, 1, Lines.Length + 1));
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                failures.Add($"line {i + 1} ({Lines[i].Trim()}): {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} damaged specs ({mutation}) made the parser or an emitter throw:\n" + string.Join("\n", failures.Take(20)));
    }

    private static string? Mutate(string mutation, int index)
    {
        var line = Lines[index];
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var indent = line.Length - line.TrimStart().Length;
        switch (mutation)
        {
            case "delete-line":
                return string.Join('\n', Lines.Where((_, i) => i != index));
            case "truncate":
                return string.Join('\n', Lines.Take(index));
            case "value-to-mapping" when colon > 0 && !line.TrimStart().StartsWith('#'):
                return Replace(index, line[..(colon + 2)] + "{unexpected: {nested: [1, 2]}}");
            case "value-to-list" when colon > 0 && !line.TrimStart().StartsWith('#'):
                return Replace(index, line[..(colon + 2)] + "[unexpected, [nested]]");
            case "value-to-null" when colon > 0 && !line.TrimStart().StartsWith('#'):
                return Replace(index, line[..(colon + 2)] + "~");
            case "dedent-line" when indent >= 2:
                return Replace(index, line[2..]);
            default:
                return null;
        }
    }

    private static string Replace(int index, string newLine) => string.Join('\n', Lines.Select((l, i) => i == index ? newLine : l));

    [Fact]
    public void EveryDiagnosticOfAnyDamagedSpec_HasADescriptorInTheCatalogue()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Lines.Length; i += 3)
        {
            var damaged = string.Join('\n', Lines.Where((_, j) => j != i));
            try
            {
                foreach (var diagnostic in SpecParser.Parse(TestSpecs.TestPath, damaged, "Damaged").Diagnostics)
                {
                    ids.Add(diagnostic.Id);
                }
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                // A throw is reported by DamagedProductSpec_NeverThrows_AndNeverReportsAnInternalError.
            }
        }

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.True(SpecReader.Diagnostics.SpecDiagnostics.ById.ContainsKey(id), id));
    }
}
