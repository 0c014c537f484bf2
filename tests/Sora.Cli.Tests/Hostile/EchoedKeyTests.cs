using Microsoft.AspNetCore.Http;
using Sora.Testing.Hostile;

namespace Sora.Cli.Tests.Hostile;

/// <summary>
/// A server echoes the key it was sent, as is, upper-cased, lower-cased and in mixed case, in ids, statuses, prompts,
/// error envelopes, request ids and error pages. No command prints it, on stdout or stderr, nor writes it into a file name.
/// </summary>
public sealed class EchoedKeyTests
{
    public static TheoryData<string[]> EveryServerCommand => new()
    {
        new[] { "status", "video_1" },
        new[] { "list" },
        new[] { "delete", "video_1" },
        new[] { "download", "video_1" },
        new[] { "remix", "video_1", "In the rain" },
        new[] { "generate", "A cat" },
    };

    [Theory]
    [MemberData(nameof(EveryServerCommand))]
    public async Task AJobFullOfTheKeyIsPrintedWithEveryCopyMasked(string[] args)
    {
        using var sandbox = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(Echo);

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), args);

        Assert.Contains("***", result.All, StringComparison.Ordinal);
        Assert.Equal(0, Leaks.KeyOccurrences(result.All));
        Assert.DoesNotContain(sandbox.WorkEntries(), name => Leaks.KeyOccurrences(name) > 0);
    }

    [Theory]
    [MemberData(nameof(EveryServerCommand))]
    public async Task AnErrorEchoingTheKeyInItsMessageCodeAndRequestIdIsMasked(string[] args)
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(ScriptedSora.Fail(401, ScriptedSora.Envelope("rejected key " + Leaks.Key.ToLowerInvariant(), Mixed(Leaks.Key)), requestId: "req_" + Leaks.Key.ToUpperInvariant()));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("sora: 401 ***: rejected key *** (request id req_***)", Assert.Single(result.ErrorLines));
        Assert.Equal(0, Leaks.KeyOccurrences(result.All));
    }

    [Fact]
    public async Task AnErrorPageEchoingTheKeyIsMasked()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(ScriptedSora.Fail(403, "<html>Forbidden for " + Mixed(Leaks.Key) + "</html>", "text/html"));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "status", "video_1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Forbidden for ***", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, Leaks.KeyOccurrences(result.All));
    }

    [Fact]
    public async Task AKeyThatANarrowTerminalWouldWrapIsMaskedBeforeItIsCutIntoLines()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(Echo);

        var result = await CliRunner.RunAsync(sandbox.Against(gateway) with { Width = 24 }, "status", "video_1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.OutLines.Length > 10, result.ToString());
        Assert.Equal(0, Leaks.KeyOccurrences(string.Concat(result.Out.Where(c => !char.IsWhiteSpace(c)))));
    }

    [Fact]
    public async Task AKeyGivenAsAFlagIsMaskedAsTheEnvironmentsIs()
    {
        using var sandbox = new Sandbox();
        const string flagKey = "sk-flag-0123456789abcdefXYZ";
        await using var gateway = await ScriptedSora.StartAsync(Echo);

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "status", "video_1", "--api-key", flagKey);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("***", result.Out, StringComparison.Ordinal);
        Assert.Equal(0, Leaks.KeyOccurrences(result.All, flagKey));
    }

    [Fact]
    public async Task ACommandLineErrorQuotingTheKeyMasksIt()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(new JobScript("video_1"));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "list", "--limit", Leaks.Key.ToUpperInvariant());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sora: --limit must be a whole number ('***' is not). See 'sora list --help'.", Assert.Single(result.ErrorLines));
        Assert.Empty(gateway.Calls);
    }

    // Every place a job can carry text, each with the key in another case. A create is answered as done, so generate
    // goes on to save a file named after the id; anything else reports the key as the status.
    private static JobScript Echo(HttpRequest request)
    {
        var key = request.Headers.Authorization.ToString()["Bearer ".Length..];
        return new("video_" + key.ToUpperInvariant())
        {
            Status = request.Method == HttpMethods.Post ? "completed" : Mixed(key),
            Prompt = "your key is " + key,
            Model = Mixed(key),
            Size = key.ToLowerInvariant(),
            ErrorCode = key,
            ErrorMessage = "rejected " + key.ToUpperInvariant(),
            RemixedFrom = Mixed(key),
        };
    }

    private static string Mixed(string key) => string.Concat(key.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
}
