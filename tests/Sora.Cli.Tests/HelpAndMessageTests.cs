using Sora.Emulator;

namespace Sora.Cli.Tests;

/// <summary>Problems 9 and 10: help without a command, "did you mean", provider names checked everywhere, messages in the user's terms.</summary>
public sealed class HelpAndMessageTests
{
    [Theory]
    [InlineData("")]
    [InlineData("help")]
    public async Task SoraAloneAndSoraHelpPrintTheHelpAndExitZero(string line)
    {
        var result = await CliRunner.RunAsync(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sora [command] [options]", result.Out, StringComparison.Ordinal);
        Assert.Contains(result.OutLines, line => line.StartsWith("generate <prompt>", StringComparison.Ordinal));
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task SoraHelpWithACommandPrintsThatCommandsHelp()
    {
        var result = await CliRunner.RunAsync("help", "download");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sora download <id> [options]", result.Out, StringComparison.Ordinal);
        Assert.Contains("--force", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "generat", "A cat" }, "sora: unknown command 'generat' (did you mean 'generate'?). See 'sora --help'.")]
    [InlineData(new[] { "lsit" }, "sora: unknown command 'lsit' (did you mean 'list'?). See 'sora --help'.")]
    [InlineData(new[] { "download", "video_1", "--froce" }, "sora: unrecognized option '--froce' (did you mean '--force'?). See 'sora download --help'.")]
    [InlineData(new[] { "providers", "--provider", "nope" }, "sora: unknown provider 'nope'; known: openai, azure, unigateway, ezmodel, gptge, litellm, new-api, vllm-omni, sglang. See 'sora providers --help'.")]
    [InlineData(new[] { "generate", "A cat", "--provider", "ezmodl" }, "sora: unknown provider 'ezmodl' (did you mean 'ezmodel'?); known: openai, azure, unigateway, ezmodel, gptge, litellm, new-api, vllm-omni, sglang. See 'sora generate --help'.")]
    [InlineData(new[] { "list", "--provider", "nope", "--base-url", "http://127.0.0.1:1/v1" }, "sora: unknown provider 'nope'; known: openai, azure, unigateway, ezmodel, gptge, litellm, new-api, vllm-omni, sglang. See 'sora list --help'.")]
    [InlineData(new[] { "emulator", "--port", "80000" }, "sora: --port must be 0 (any free port) to 65535 ('80000' is not). See 'sora emulator --help'.")]
    [InlineData(new[] { "status", "video_1", "--base-url", "http://example.com/v1" }, "sora: the base URL 'http://example.com/v1' uses plain http to a remote host, which would send the API key unencrypted: use https (plain http is only for a server on this machine, such as the emulator).")]
    public async Task AMistakeGetsOneLineInTheUsersTermsAndExitCodeTwo(string[] args, string expected)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(expected, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task AnUnknownProviderInTheEnvironmentNamesTheVariable()
    {
        var result = await CliRunner.RunAsync(new Dictionary<string, string> { ["SORA_PROVIDER"] = "nope" }, "validate", "A cat");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sora: SORA_PROVIDER: unknown provider 'nope'; known: openai, azure, unigateway, ezmodel, gptge, litellm, new-api, vllm-omni, sglang.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task SpecCheckOnAFolderSaysItIsAFolder()
    {
        using var folder = new TempFolder();

        var result = await CliRunner.RunAsync("spec", "check", folder.PathName);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"sora: '{folder.PathName}' is a folder, not a file.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task AnEmptyPromptIsNamedWithoutTheSpecsPattern()
    {
        var result = await CliRunner.RunAsync("validate", " ");

        Assert.Equal(["Invalid for the base contract (1 problem):", "SORA005 prompt: prompt must not be empty or only spaces (invalid_format)"], result.OutLines);
    }

    [Fact]
    public async Task EmulatorHelpListsOnlyTheOptionsThatApplyToIt()
    {
        var result = await CliRunner.RunAsync("emulator", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--port", result.Out, StringComparison.Ordinal);
        Assert.Contains("--provider", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--base-url", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--api-key", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoMessageMentionsAllowInsecureHttpWhichTheCliHasNoFlagFor()
    {
        var result = await CliRunner.RunAsync(new Dictionary<string, string> { ["SORA_BASE_URL"] = "http://gateway.example/v1", ["SORA_API_KEY"] = "sk-x" }, "list");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("AllowInsecureHttp", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADownloadRedirectedToPlainHttpIsRefusedWithoutSuggestingALibraryOption()
    {
        await using var gateway = await Sora.Testing.Hostile.HostileGateway.StartAsync(context =>
        {
            if ((context.Request.Path.Value ?? string.Empty).EndsWith("/content", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = "http://media.example/v.mp4";
                return Task.CompletedTask;
            }

            context.Response.ContentType = "application/json";
            return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, """{"id":"video_1","object":"video","model":"sora-2","status":"completed","progress":100,"created_at":1760000000}""");
        });
        using var folder = new TempFolder();

        var result = await CliRunner.RunAsync(new Dictionary<string, string> { ["SORA_BASE_URL"] = gateway.BaseAddress.ToString(), ["SORA_API_KEY"] = "sk-x" }, "download", "video_1", "--out", folder.File("v.mp4"));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("refused to fetch http://media.example/v.mp4: plain http to a host that is not loopback", line, StringComparison.Ordinal);
        Assert.DoesNotContain("AllowInsecureHttp", line, StringComparison.Ordinal);
        Assert.Empty(folder.Files());
    }

    [Theory]
    [InlineData("[\n")]
    [InlineData("a: b: c\n")]
    [InlineData("*a\n")]
    [InlineData("openapi: 3.1.0\ninfo: [\n")]
    public async Task ASpecThatIsNotYamlIsNamedInYamlTermsNotInDotNetOnes(string text)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("bad.yaml"), text);

        var result = await CliRunner.RunAsync("spec", "check", folder.File("bad.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error SORA100: The spec is not valid YAML: ", result.OutLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Operation is not valid due to the current state of the object", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedPortNamesTheCauseAndVerboseAddsTheChainButNeverTheKey()
    {
        // A port that was just free: bound, noted and released, so nothing listens there.
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var environment = new Dictionary<string, string> { ["SORA_BASE_URL"] = $"http://127.0.0.1:{port}/v1", ["SORA_API_KEY"] = "sk-verbose-secret-123456" };

        var plain = await CliRunner.RunAsync(environment, "list");
        var verbose = await CliRunner.RunAsync(environment, "list", "--verbose");

        Assert.Equal(1, plain.ExitCode);
        Assert.Equal("sora: listVideos did not complete: the connection could not be established. Cause: connection refused: nothing listens at that host and port.", Assert.Single(plain.ErrorLines));
        Assert.Equal(plain.ErrorLines[0], verbose.ErrorLines[0]);
        Assert.Contains(verbose.ErrorLines, line => line.StartsWith("caused by: SocketException: ", StringComparison.Ordinal));
        Assert.DoesNotContain("sk-verbose-secret", verbose.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsPagingHintKeepsOrderAndLimitAndLeadsToTheNextJob()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var client = new Client.SoraClient(new Client.SoraClientOptions { BaseAddress = emulator.BaseAddress, ApiKey = emulator.ApiKey });
        var first = await client.CreateAsync(new Contracts.CreateVideoRequest("one"));
        var second = await client.CreateAsync(new Contracts.CreateVideoRequest("two"));
        await client.CreateAsync(new Contracts.CreateVideoRequest("three"));

        var page = await CliRunner.RunAsync(emulator, "list", "--limit", "1", "--order", "asc");

        Assert.Equal(0, page.ExitCode);
        Assert.Contains(page.OutLines, line => line.Contains($"│ {first.Id} ", StringComparison.Ordinal));
        var hint = page.OutLines[^1];
        Assert.Equal($"More: sora list --after {first.Id} --limit 1 --order asc", hint);
        var next = await CliRunner.RunAsync(emulator, hint["More: sora ".Length..].Split(' '));
        Assert.Contains(next.OutLines, line => line.Contains($"│ {second.Id} ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RemixWithOutFollowsTheNewJobAndSavesItsVideo()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var client = new Client.SoraClient(new Client.SoraClientOptions { BaseAddress = emulator.BaseAddress, ApiKey = emulator.ApiKey });
        var source = await client.CreateAsync(new Contracts.CreateVideoRequest("A cat"));
        using var folder = new TempFolder();

        var result = await CliRunner.RunAsync(emulator, "remix", source.Id, "The same cat, in the rain", "--out", folder.File("rain.mp4"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var remix = Assert.Single(emulator.Jobs, job => job.Id != source.Id);
        Assert.Contains("completed 100%", result.OutLines);
        Assert.Equal($"Saved to {folder.File("rain.mp4")} ({new FileInfo(folder.File("rain.mp4")).Length} bytes).", result.OutLines[^1]);
        Assert.Equal(emulator.GetMedia(remix.Id, Contracts.VideoContentVariant.Video), await File.ReadAllBytesAsync(folder.File("rain.mp4")));
    }
}
