namespace Sora.Cli.Tests;

public sealed class UsageErrorTests
{
    [Theory]
    [InlineData(new[] { "generate", "A cat", "--sise", "1280x720" }, "sora: unrecognized option '--sise' (did you mean '--size'?). See 'sora generate --help'.")]
    [InlineData(new[] { "generate", "--sise", "1280x720", "A cat" }, "sora: unrecognized option '--sise' (did you mean '--size'?). See 'sora generate --help'.")]
    [InlineData(new[] { "generate" }, "sora: Required argument missing for command: 'generate'. See 'sora generate --help'.")]
    [InlineData(new[] { "list", "--limit", "abc" }, "sora: --limit must be a whole number ('abc' is not). See 'sora list --help'.")]
    [InlineData(new[] { "download", "video_1", "--variant", "poster" }, null)]
    [InlineData(new[] { "frobnicate" }, null)]
    [InlineData(new[] { "validate", "A cat", "--provider", "nope" }, "sora: unknown provider 'nope'; known: openai, azure, unigateway, ezmodel, gptge, litellm, new-api, vllm-omni, sglang. See 'sora validate --help'.")]
    [InlineData(new[] { "status", "video_1" }, "sora: no server configured: set SORA_BASE_URL or pass --base-url (only 'sora generate' falls back to the embedded emulator).")]
    [InlineData(new[] { "status", "video_1", "--base-url", "not a url" }, "sora: the base URL 'not a url' is not an absolute URL (https://host/v1).")]
    public async Task ABadCommandLineGetsExactlyOneErrorLineAndExitCodeTwo(string[] args, string? expected)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("sora: ", line, StringComparison.Ordinal);
        if (expected is not null)
        {
            Assert.Equal(expected, line);
        }
    }

    [Fact]
    public async Task HelpIsPrintedOnRequestAndNamesTheToolSora()
    {
        var result = await CliRunner.RunAsync("generate", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sora generate <prompt> [options]", result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }
}
