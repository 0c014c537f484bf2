using System.Text.Json;
using Sora.Client;
using Sora.Contracts;
using Sora.Emulator;

namespace Sora.Cli.Tests;

/// <summary>Problem 7: with --json every command prints exactly one JSON document on stdout, and nothing else there.</summary>
public sealed class JsonOutputTests
{
    [Fact]
    public async Task EveryCommandPrintsExactlyOneJsonDocumentOnStdoutAndItsProgressOnStderr()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var client = new SoraClient(new SoraClientOptions { BaseAddress = emulator.BaseAddress, ApiKey = emulator.ApiKey });
        var job = await client.CreateAsync(new CreateVideoRequest("A cat"));
        using var folder = new TempFolder();
        using var home = new TempFolder();
        var environment = CliRunner.EnvironmentFor(emulator);
        environment["SORA_HOME"] = home.PathName;
        var spec = Path.Combine(SpecCheckCommandTests.RepositoryRoot(), "spec", "sora.openapi.yaml");

        var generate = await Json(environment, "generate", "A dog", "--out", folder.File("dog.mp4"));
        Assert.Equal(folder.File("dog.mp4"), generate.GetProperty("path").GetString());
        Assert.Equal("completed", generate.GetProperty("job").GetProperty("status").GetString());

        var embedded = await Json(new Dictionary<string, string> { ["SORA_HOME"] = home.PathName }, "generate", "A bird", "--out", folder.File("bird.mp4"));
        Assert.Equal(new FileInfo(folder.File("bird.mp4")).Length, embedded.GetProperty("bytes").GetInt64());

        Assert.Equal(job.Id, (await Json(environment, "status", job.Id)).GetProperty("id").GetString());
        Assert.Equal("list", (await Json(environment, "list", "--limit", "10")).GetProperty("object").GetString());
        Assert.Equal(folder.File("cat.mp4"), (await Json(environment, "download", job.Id, "--out", folder.File("cat.mp4"))).GetProperty("path").GetString());
        Assert.Equal(job.Id, (await Json(environment, "remix", job.Id, "In the rain")).GetProperty("remixed_from_video_id").GetString());
        Assert.True((await Json(environment, "validate", "A cat")).GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Array, (await Json(environment, "jobs")).ValueKind);
        Assert.Equal(JsonValueKind.Array, (await Json(environment, "resume")).GetProperty("jobs").ValueKind);
        Assert.Equal(SoraProvider.All.Count, (await Json(environment, "providers")).GetArrayLength());
        Assert.True((await Json(environment, "spec", "check", spec)).GetProperty("valid").GetBoolean());
        Assert.True((await Json(environment, "delete", job.Id)).GetProperty("deleted").GetBoolean());
    }

    [Theory]
    [InlineData(2, "generate", "A cat", "--sise", "1")]
    [InlineData(2, "providers", "--provider", "nope")]
    [InlineData(1, "validate", "A cat", "--size", "1x1")]
    [InlineData(2, "status", "video_1")]
    public async Task AFailureWithJsonIsStillOneDocumentOnStdout(int exitCode, params string[] args)
    {
        var result = await CliRunner.RunAsync([.. args, "--json"]);

        Assert.Equal(exitCode, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.True(root.TryGetProperty("error", out var error) ? error.GetProperty("exit_code").GetInt32() == exitCode : !root.GetProperty("valid").GetBoolean(), result.Out);
    }

    [Fact]
    public async Task TheEmulatorPrintsWhereItListensAsOneJsonDocument()
    {
        using var child = ChildCli.Start(new Dictionary<string, string>(), "emulator", "--json", "--provider", "ezmodel");
        try
        {
            var lines = await ChildCli.ReadUntilAsync(child, "}");
            using var document = JsonDocument.Parse(string.Join('\n', lines));
            Assert.StartsWith("http://127.0.0.1:", document.RootElement.GetProperty("base_url").GetString(), StringComparison.Ordinal);
            Assert.Equal("ezmodel", document.RootElement.GetProperty("provider").GetString());
        }
        finally
        {
            child.Kill();
            await child.WaitForExitAsync();
        }
    }

    // Exactly one document: JsonDocument.Parse refuses anything before or after it.
    private static async Task<JsonElement> Json(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var result = await CliRunner.RunAsync(environment, [.. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        return document.RootElement.Clone();
    }
}
