namespace Sora.Cli.Tests;

public sealed class SpecCheckCommandTests
{
    [Fact]
    public async Task TheShippedSpecPassesWithASummary()
    {
        var spec = Path.Combine(RepositoryRoot(), "spec", "sora.openapi.yaml");

        var result = await CliRunner.RunAsync("spec", "check", spec);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^.+sora\.openapi\.yaml: OK \(\d+ schemas, 7 operations, 5 providers\)\.$", Assert.Single(result.OutLines));
    }

    [Theory]
    [InlineData("openapi: 3.0.3\ninfo:\n  title: x\n", "(1,10): error SORA104: The spec says 'openapi: 3.0.3'; this generator reads OpenAPI 3.1 only (if/then and type lists need JSON Schema 2020-12)")]
    [InlineData("openapi: 3.1.0\ninfo:\n  title: x\n  title: y\n", "(4,3): error SORA103: The key 'title' appears twice in the same mapping; the first one is used")]
    [InlineData("openapi: 3.1.0\ninfo: [unclosed\n", "(3,1): error SORA100: The spec is not valid YAML: While parsing a flow sequence, did not find expected ',' or ']'.")]
    public async Task ABadSpecGetsEachDiagnosticAtItsLineAndColumnAndExitCodeOne(string yaml, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("custom.yaml");
        await File.WriteAllTextAsync(path, yaml);

        var result = await CliRunner.RunAsync("spec", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([path + expected, path + ": 1 error."], result.OutLines);
    }

    [Fact]
    public async Task EveryDiagnosticOfASpecIsListedInOrder()
    {
        using var folder = new TempFolder();
        var path = folder.File("two.yaml");
        await File.WriteAllTextAsync(path, """
            openapi: 3.1.0
            info: {title: x}
            components:
              schemas:
                Size:
                  type: string
                  enum: [a, b, a]
                Req:
                  type: object
                  properties:
                    size:
                      $ref: "#/components/schemas/Nope"

            """);

        var result = await CliRunner.RunAsync("spec", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                path + "(7,20): error SORA106: 'a' appears more than once in the enum of 'Size'",
                path + "(12,11): error SORA105: '#/components/schemas/Nope' does not resolve to anything in this spec",
                path + ": 2 errors.",
            ],
            result.OutLines);
    }

    [Fact]
    public async Task AMissingFileIsAOneLineUsageError()
    {
        var result = await CliRunner.RunAsync("spec", "check", "/no/such/spec.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("sora: cannot read '/no/such/spec.yaml': ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sora.Contracts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sora.Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
