using Sora.Contracts.SpecReader;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Reading;

/// <summary>
/// The spec reader is its own Roslyn-free assembly: what references it (<c>sora spec check</c>) loads no compiler, and
/// what it exposes is the small <see cref="SpecCheck"/> facade, everything else internal.
/// </summary>
public sealed class ReaderAssemblyTests
{
    private static readonly System.Reflection.Assembly Reader = typeof(SpecCheck).Assembly;

    [Fact]
    public void TheReaderReferencesOnlyNetStandardAndYamlDotNet()
    {
        Assert.Equal(new[] { "YamlDotNet", "netstandard" }, Reader.GetReferencedAssemblies().Select(a => a.Name!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheReadersPublicSurfaceIsTheCheckFacade()
    {
        Assert.Equal(
            new[] { "SpecCheck", "SpecCheckResult", "SpecProblem", "SpecSeverity" },
            Reader.GetExportedTypes().Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ACheckSaysWhatTheBuildSays_ZeroBasedAndCounted()
    {
        const string yaml = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Size:\n      type: string\n      enum: [a, b, a]\n";

        var result = SpecCheck.Run("/specs/size.yaml", yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("SORA106", SpecSeverity.Error, "'a' appears more than once in the enum of 'Size'"), (problem.Id, problem.Severity, problem.Message));
        Assert.Equal(("/specs/size.yaml", 7, 19), (problem.Path, problem.Line, problem.Column));
        Assert.Equal((1, 0, 0), (result.Schemas, result.Operations, result.Providers));
    }
}
