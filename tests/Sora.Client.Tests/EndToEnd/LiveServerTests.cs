using Sora.Contracts;
using Sora.Contracts.Validation;
using Sora.Emulator;
using Sora.Emulator.Faults;

namespace Sora.Client.Tests.EndToEnd;

/// <summary>The client against the emulator playing the live servers' profiles, and against a gateway that honours Idempotency-Key.</summary>
public sealed class LiveServerTests
{
    [Fact]
    public async Task LiteLlm_ACreateWithoutAModel_IsRefusedLocally_AndTheProcessingStatusIsPolledThrough()
    {
        var provider = SoraProvider.Get("litellm");
        await using var gateway = await EmulatedGateway.StartAsync(provider);
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<SoraValidationException>(() => gateway.Client.CreateAsync(new CreateVideoRequest("a cat")));
        Assert.Contains(error.Violations, v => (v.Param, v.Code) == ("model", SoraViolationCodes.MissingRequired));
        Assert.Empty(gateway.Emulator.Jobs);

        var seen = new List<string>();
        var result = await gateway.Client.GenerateAsync(
            new CreateVideoRequest("a cat") { Model = "sora-2", Seconds = "16" }, folder.File("cat.mp4"), new Reports(v => seen.Add(v.Status.Value)));

        Assert.Equal(gateway.Emulator.GetMedia(result.Job.Id, VideoContentVariant.Default), await File.ReadAllBytesAsync(result.Download.Path));
        Assert.Equal("16", result.Job.Seconds!.Value.Value);
        Assert.Equal(VideoStatus.Lifecycle.Success.Value, seen[^1]);
    }

    [Fact]
    public async Task NewApi_TextToVideoGoesAsMultipart_AndTheJobEndsAsTheServedFile()
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get("new-api"));
        using var folder = new TempFolder();

        var result = await gateway.Client.GenerateAsync(new CreateVideoRequest("a cat") { Seconds = "8" }, folder.File("cat.mp4"));

        Assert.Equal(gateway.Emulator.GetMedia(result.Job.Id, VideoContentVariant.Default), await File.ReadAllBytesAsync(result.Download.Path));
        Assert.Single(gateway.Emulator.Jobs);
    }

    [Theory]
    [InlineData(EmulatorFaultKind.DropAfterProcessing)]
    [InlineData(EmulatorFaultKind.TruncateBody)]
    [InlineData(EmulatorFaultKind.ServerError)]
    public async Task AgainstAGatewayThatHonoursTheKey_ACreateLostAfterTheJobExists_IsRetriedIntoThatSameJob(EmulatorFaultKind fault)
    {
        await using var gateway = await EmulatedGateway.StartAsync(
            SoraProvider.Get("gptge"), emulator => emulator.IdempotencyKeys = EmulatorIdempotency.Required, client => client.IdempotencyKeys = true);
        gateway.Emulator.Faults.Enqueue(new EmulatorFault(fault, SoraOperations.CreateVideo.OperationId));

        var video = await gateway.Client.CreateAsync(new CreateVideoRequest("a cat"));

        Assert.Equal(video.Id, Assert.Single(gateway.Emulator.Jobs).Id);
    }

    [Fact]
    public async Task AgainstAGatewayThatDoesNot_ACreateLostAfterTheJobExists_IsNotRepeated()
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get("gptge"));
        gateway.Emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.DropAfterProcessing, SoraOperations.CreateVideo.OperationId));

        var error = await Assert.ThrowsAsync<SoraConnectionException>(() => gateway.Client.CreateAsync(new CreateVideoRequest("a cat")));

        Assert.True(error.RequestMayHaveBeenAccepted);
        Assert.Single(gateway.Emulator.Jobs);
    }

    private sealed class Reports(Action<Video> report) : IProgress<Video>
    {
        public void Report(Video value) => report(value);
    }
}
