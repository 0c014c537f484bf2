using System.Net;
using System.Text.Json;
using Sora.Contracts;
using Sora.Emulator.Faults;

namespace Sora.Emulator.Tests.Server;

/// <summary>A client retries a 500; so a request that created a paid job must never be answered with one.</summary>
public sealed class CreatedJobFailureTests
{
    [Fact]
    public async Task AFailureAfterTheJobIsStored_AnswersWithThatJob_NotA500_AndThereIsOneJob()
    {
        var options = new SoraEmulatorOptions { JobStored = _ => throw new InvalidOperationException("failed after the job was stored") };
        await using var emulator = await SoraEmulator.StartAsync(options);
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var video = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), SoraJsonContext.Default.Video)!;
        Assert.Equal(video.Id, Assert.Single(emulator.Jobs).Id);
        Assert.Equal("a cat", video.Prompt);
    }

    [Fact]
    public async Task AFailureAfterARemixIsStored_AnswersWithTheRemix_NotA500()
    {
        var clock = new ManualClock();
        var failing = false;
        var options = new SoraEmulatorOptions
        {
            TimeProvider = clock,
            JobStored = _ =>
            {
                if (failing)
                {
                    throw new InvalidOperationException("failed after the remix was stored");
                }
            },
        };
        await using var emulator = await SoraEmulator.StartAsync(options);
        using var http = new EmulatorHttp(emulator);
        var source = await http.CreateAsync("""{"prompt":"a cat"}""");
        clock.Advance(TimeSpan.FromMinutes(1));
        failing = true;

        using var response = await http.SendAsync(HttpMethod.Post, $"/videos/{source.Id}/remix", EmulatorHttp.Json("""{"prompt":"a dog"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var remix = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), SoraJsonContext.Default.Video)!;
        Assert.Equal(source.Id, remix.RemixedFromVideoId);
        Assert.Equal(2, emulator.Jobs.Count);
    }

    [Fact]
    public async Task AFailureBeforeTheJobIsStored_IsA500InTheEnvelope_AndNoJobExists()
    {
        var options = new SoraEmulatorOptions { FailJob = _ => throw new InvalidOperationException("the failure policy broke") };
        await using var emulator = await SoraEmulator.StartAsync(options);
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat"}"""));

        var error = await EmulatorHttp.ErrorOf(response, 500);
        Assert.Equal("server_error", error.Code);
        Assert.Contains("InvalidOperationException", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task AnInjectedServerError_ComesBeforeProcessing_SoTheCreateThatGetsItMadeNoJob()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.ServerError, SoraOperations.CreateVideo.OperationId));

        using var failed = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat"}"""));
        Assert.Equal("server_error", (await EmulatorHttp.ErrorOf(failed, 500)).Code);
        Assert.Empty(emulator.Jobs);

        var retried = await http.CreateAsync("""{"prompt":"a cat"}""");
        Assert.Equal(retried.Id, Assert.Single(emulator.Jobs).Id);
    }
}
