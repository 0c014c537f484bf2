namespace Sora.Cli.Tests;

public sealed class SpecCheckCommandTests
{
    [Fact]
    public async Task TheShippedSpecPassesWithASummary()
    {
        var spec = Path.Combine(RepositoryRoot(), "spec", "sora.openapi.yaml");

        var result = await CliRunner.RunAsync("spec", "check", spec);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^.+sora\.openapi\.yaml: OK \(\d+ schemas, 7 operations, 7 providers\)\.$", Assert.Single(result.OutLines));
    }

    [Theory]
    [InlineData("openapi: 3.2.0\ninfo:\n  title: x\n", "(1,10): error SORA104: The spec says 'openapi: 3.2.0'; this generator reads OpenAPI 3.1 (3.1.x) and 3.0 (3.0.0 to 3.0.4)")]
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
    public async Task AJsonSpecIsCheckedAsJson_WithItsLineAndColumn()
    {
        using var folder = new TempFolder();
        var good = folder.File("custom.json");
        var bad = folder.File("broken.json");
        await File.WriteAllTextAsync(good, """
            {"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": {},
             "components": {"schemas": {"Size": {"type": "string", "enum": ["a", "b"]}}}}
            """);
        await File.WriteAllTextAsync(bad, "{\n  \"openapi\": \"3.1.0\",\n  'info': {}\n}\n");

        var passed = await CliRunner.RunAsync("spec", "check", good);
        var failed = await CliRunner.RunAsync("spec", "check", bad);

        Assert.Equal(0, passed.ExitCode);
        Assert.Equal(good + ": OK (1 schemas, 0 operations, 0 providers).", Assert.Single(passed.OutLines));
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(
            [bad + "(3,3): error SORA100: The spec is not valid JSON: expected a member name in double quotes, found '''", bad + ": 1 error."],
            failed.OutLines);
    }

    [Fact]
    public async Task AnOpenApi30SpecIsRead_AndItsOnlyMeaninglessFormIsReportedAtItsLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.yaml");
        await File.WriteAllTextAsync(path, """
            openapi: 3.0.3
            info: {title: x, version: '1'}
            paths: {}
            components:
              schemas:
                Box:
                  type: object
                  properties:
                    label:
                      type: string
                      nullable: true
                    size:
                      type: integer
                      exclusiveMinimum: true

            """);

        var result = await CliRunner.RunAsync("spec", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                path + "(14,11): error SORA109: 'exclusiveMinimum: true' has no 'minimum' beside it, so it excludes nothing (OpenAPI 3.0); it is ignored",
                path + ": 1 error.",
            ],
            result.OutLines);
    }

    [Fact]
    public async Task AMissingFileIsAOneLineUsageError()
    {
        var result = await CliRunner.RunAsync("spec", "check", "/no/such/spec.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sora: '/no/such/spec.yaml' does not exist.", Assert.Single(result.ErrorLines));
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
