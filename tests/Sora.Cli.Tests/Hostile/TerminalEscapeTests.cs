using Sora.Testing.Hostile;

namespace Sora.Cli.Tests.Hostile;

/// <summary>
/// A server fills every field with escape sequences (retitle, clear screen, colours, a hyperlink), 8-bit controls and
/// bidi overrides. Each command prints what it got, visibly escaped, and not one such character reaches stdout or
/// stderr. The console speaks ANSI, as a terminal does, so a field printed raw would pass its last guard and be counted.
/// </summary>
public sealed class TerminalEscapeTests
{
    private const string Id = "video_\u001b]0;PWNED\u0007\u001b[2J\u001b[31mRED";
    private const string ShownId = "video_\\e]0;PWNED\\a\\e[2J\\e[31mRED";
    private const string Status = "in_progress\u001b[2J\u009b31m\u202E";
    private const string ShownStatus = "in_progress\\e[2J\\u009B31m\\u202E";

    private static readonly JobScript s_job = new(Id)
    {
        Status = Status,
        Progress = 40,
        Model = "sora-2\u001b[5m",
        Size = "720x1280\u202E",
        Seconds = "4\u0007",
        Prompt = "a cat\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\\u2066",
        ErrorCode = "code\u001b[8m",
        ErrorMessage = "message\u0085\u2067hidden\u2069",
        RemixedFrom = "video_src\u001b[1A",
    };

    [Fact]
    public async Task StatusShowsEveryFieldEscaped()
    {
        var result = await RunAsync(s_job, "status", "video_1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutLines, line => line.StartsWith("id", StringComparison.Ordinal) && line.EndsWith(ShownId, StringComparison.Ordinal));
        Assert.Contains(result.OutLines, line => line.StartsWith("status", StringComparison.Ordinal) && line.EndsWith(ShownStatus + " 40%", StringComparison.Ordinal));
        Assert.Contains("\\e]8;;https://evil.example\\e\\click", result.Out, StringComparison.Ordinal);
        Assert.Contains("code\\e[8m: message\\u0085\\u2067hidden\\u2069", result.Out, StringComparison.Ordinal);
        Assert.Contains("video_src\\e[1A", result.Out, StringComparison.Ordinal);
        Assert.Equal(0, Leaks.TerminalControls(result.All));
    }

    [Fact]
    public async Task ListShowsTheTableAndTheNextPageCommandEscaped()
    {
        var result = await RunAsync(s_job, "list");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutLines, line => line.Contains($"│ {ShownId} ", StringComparison.Ordinal) && line.Contains($"│ {ShownStatus} 40% ", StringComparison.Ordinal));
        Assert.Equal($"More: sora list --after '{ShownId}'", result.OutLines[^1]);
        Assert.Equal(0, Leaks.TerminalControls(result.All));
    }

    [Fact]
    public async Task GenerateShowsTheCreatedJobAndItsProgressEscaped()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(s_job with { AfterPoll = s_job with { Status = "completed", Progress = 100 } });

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "generate", "A cat");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"Job {ShownId} created (sora-2\\e[5m, 720x1280\\u202E, 4\\a s).", result.OutLines[0]);
        Assert.Equal([ShownStatus + " 40%", "completed 100%", "downloading"], result.OutLines[1..4]);
        Assert.Equal(0, Leaks.TerminalControls(result.All));
    }

    [Fact]
    public async Task GenerateOnALiveTerminalShowsTheStatusEscapedInItsProgressBar()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(s_job with { AfterPoll = s_job with { Status = "completed", Progress = 100 } });

        var result = await CliRunner.RunAsync(sandbox.Against(gateway) with { Interactive = true, Width = 120 }, "generate", "A cat");

        Assert.True(result.ExitCode == 0, result.ToString());
        // Spectre redraws with its own escape sequences here, so the server's are looked for by what they would do.
        Assert.Contains(ShownStatus, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b]0;", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[2J", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[31m", result.All, StringComparison.Ordinal);
        Assert.Equal(0, result.All.Count(c => c is '\a' or (>= '\u0080' and <= '\u009F') or '\u202E' or '\u2066'));
    }

    [Fact]
    public async Task GenerateShowsAFailedJobsMessageEscaped()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(s_job with { AfterPoll = s_job with { Status = "failed", Progress = null } });

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "generate", "A cat");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\\u2067hidden\\u2069", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, Leaks.TerminalControls(result.All));
        Assert.Empty(sandbox.WorkEntries());
    }

    [Fact]
    public async Task DownloadOfAnUnfinishedJobNamesItAndItsStatusEscaped()
    {
        var result = await RunAsync(s_job, "download", "video_1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"sora: job {ShownId} is {ShownStatus} 40%, not completed: nothing to download yet.", Assert.Single(result.ErrorLines));
        Assert.Equal(0, Leaks.TerminalControls(result.All));
    }

    [Fact]
    public async Task DeleteNamesTheDeletedJobEscaped()
    {
        var result = await RunAsync(s_job, "delete", "video_1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"Deleted {ShownId}.", Assert.Single(result.OutLines));
        Assert.Equal(0, Leaks.TerminalControls(result.All));
    }

    [Fact]
    public async Task RemixNamesTheNewJobAndItsStatusEscaped()
    {
        var result = await RunAsync(s_job, "remix", "video_1", "In the rain");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"Job {ShownId} created from video_1 ({ShownStatus} 40%).", Assert.Single(result.OutLines));
        Assert.Equal(0, Leaks.TerminalControls(result.All));
    }

    [Theory]
    [InlineData("status", "video_1")]
    [InlineData("list")]
    [InlineData("delete", "video_1")]
    [InlineData("download", "video_1")]
    [InlineData("remix", "video_1", "In the rain")]
    [InlineData("generate", "A cat")]
    public async Task AnErrorEnvelopesMessageAndCodeAreOneEscapedLine(params string[] args)
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(ScriptedSora.Fail(404, ScriptedSora.Envelope("no such job\u202E\u001b]0;PWNED\u0007\nsecond line", "not_found\u2066")));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), args);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("sora: 404 not_found\\u2066: no such job\\u202E", line, StringComparison.Ordinal);
        Assert.Equal(0, Leaks.TerminalControls(result.All));
    }

    [Fact]
    public async Task ABodyExcerptThatIsNotAnEnvelopeIsOneEscapedLine()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(ScriptedSora.Fail(502, "<html><h1>Bad gateway\u202E\u001b[2J\u009b</h1>\u2068</html>", "text/html"));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "status", "video_1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Bad gateway\\u202E", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, Leaks.TerminalControls(result.All));
    }

    private static async Task<CliResult> RunAsync(JobScript job, params string[] args)
    {
        using var sandbox = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(job);
        return await CliRunner.RunAsync(sandbox.Against(gateway), args);
    }
}
