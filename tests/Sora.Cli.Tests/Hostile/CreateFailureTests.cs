using Microsoft.AspNetCore.Http;
using Sora.Testing.Hostile;

namespace Sora.Cli.Tests.Hostile;

/// <summary>
/// A create or remix that fails without proving the server refused it: the error line says the job may exist and
/// gives the command to look, and the CLI sends it only once. A refusal the server stands behind (a 4xx) says nothing of the sort.
/// </summary>
public sealed class CreateFailureTests
{
    private const string Advice = "The job may exist anyway: look with 'sora list' before creating it again.";

    [Fact]
    public async Task A500OnCreateIsOnePostAndTheMessageSaysTheJobMayExistWithSoraList()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(ScriptedSora.Fail(500, ScriptedSora.Envelope("upstream failed", "server_error")));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "generate", "A cat");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, gateway.Count("POST", "/v1/videos"));
        Assert.Equal($"sora: 500 server_error: upstream failed {Advice}", Assert.Single(result.ErrorLines));
        Assert.Empty(sandbox.WorkEntries());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A5xxOnCreateSaysTheJobMayExistWithSoraList(int status)
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(ScriptedSora.Fail(status, ScriptedSora.Envelope("upstream failed", "server_error")));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "generate", "A cat");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"sora: {status} server_error: upstream failed {Advice}", Assert.Single(result.ErrorLines));
        Assert.Equal(0, gateway.Count("GET", string.Empty));
        Assert.Empty(sandbox.WorkEntries());
    }

    [Fact]
    public async Task AConnectionDroppedAfterTheCreateArrivedIsOnePostAndSaysTheJobMayExist()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "generate", "A cat");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, gateway.Count("POST", "/v1/videos"));
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("sora: createVideo did not complete: ", line, StringComparison.Ordinal);
        Assert.EndsWith(Advice, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASuccessStatusWithABodyThatIsNotAJobSaysTheJobMayExist()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(ScriptedSora.Fail(200, """{"id": 7, "status": """));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "generate", "A cat");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, gateway.Count("POST", "/v1/videos"));
        Assert.EndsWith(Advice, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A502OnRemixIsOnePostAndSaysTheJobMayExist()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(ScriptedSora.Fail(502, ScriptedSora.Envelope("bad gateway", "upstream_error")));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "remix", "video_1", "In the rain");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, gateway.Count("POST", "/v1/videos/video_1/remix"));
        Assert.Equal($"sora: 502 upstream_error: bad gateway {Advice}", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("generate", "A cat")]
    [InlineData("remix", "video_1", "In the rain")]
    public async Task CtrlCWhileTheServerHoldsTheCreateSaysTheJobMayExistAndExits130(params string[] args)
    {
        using var sandbox = new Sandbox();
        using var interrupt = new CancellationTokenSource();
        await using var gateway = await HostileGateway.StartAsync(async context =>
        {
            // The request has arrived, so the server may act on it; the user gives up waiting for the answer.
            await interrupt.CancelAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });

        var result = await CliRunner.RunAsync(sandbox.Against(gateway) with { Interrupt = interrupt.Token }, args);

        Assert.Equal(130, result.ExitCode);
        Assert.Equal($"sora: interrupted. {Advice}", Assert.Single(result.ErrorLines));
        Assert.Equal(1, gateway.Count("POST", string.Empty));
    }

    [Theory]
    [InlineData(400, "generate", "A cat")]
    [InlineData(401, "generate", "A cat")]
    [InlineData(429, "generate", "A cat")]
    [InlineData(400, "remix", "video_1", "In the rain")]
    public async Task ARefusalTheServerStandsBehindDoesNotSayTheJobMayExist(int status, params string[] args)
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(ScriptedSora.Fail(status, ScriptedSora.Envelope("no", "refused")));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"sora: {status} refused: no", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task AFailureOnAReadDoesNotSayAJobMayExist()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await HostileGateway.StartAsync(ScriptedSora.Fail(StatusCodes.Status404NotFound, ScriptedSora.Envelope("no such job", "not_found")));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "status", "video_1");

        Assert.Equal("sora: 404 not_found: no such job", Assert.Single(result.ErrorLines));
    }
}
