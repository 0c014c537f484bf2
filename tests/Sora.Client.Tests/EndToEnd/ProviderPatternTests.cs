using Sora.Contracts;
using Sora.Contracts.Validation;

namespace Sora.Client.Tests.EndToEnd;

/// <summary>
/// A profile that widens a property by a pattern, through the client and the emulator: vLLM-Omni's own model, a size
/// and whole seconds outside the spec's lists (its protocol/videos.py takes any WxH and any whole seconds) make a
/// video; a size its pattern does not match is refused before sending.
/// </summary>
public sealed class ProviderPatternTests
{
    // Parameters, not literals: the analyzer (no SoraProvider set in this project) would judge literals by the spec's lists.
    private static CreateVideoRequest Wan(string model, string size, string seconds) =>
        new CreateVideoRequest.Builder("A lake at sunrise").WithModel(model).WithSize(size).WithSeconds(seconds).Build(SoraProvider.Get("vllm-omni"));

    [Fact]
    public async Task VllmOmni_MakesAVideo_WithItsOwnModelSizeAndSeconds()
    {
        var provider = SoraProvider.Get("vllm-omni");
        await using var gateway = await EmulatedGateway.StartAsync(provider);
        using var folder = new TempFolder();

        var result = await gateway.Client.GenerateAsync(Wan("Wan-AI/Wan2.2-T2V-A14B", "832x480", "5"), folder.File("lake.mp4"));

        Assert.Equal(("Wan-AI/Wan2.2-T2V-A14B", "832x480", "5"), (result.Job.Model.Value, result.Job.Size?.Value, result.Job.Seconds?.Value));
        Assert.Equal(gateway.Emulator.GetMedia(result.Job.Id, VideoContentVariant.Default), await File.ReadAllBytesAsync(result.Download.Path));
    }

    [Theory]
    [InlineData("832 by 480")]
    public async Task VllmOmni_ASizeOutsideItsPattern_IsRefusedBeforeSending(string size)
    {
        var provider = SoraProvider.Get("vllm-omni");
        await using var gateway = await EmulatedGateway.StartAsync(provider);
        var request = new CreateVideoRequest("A lake at sunrise") { Size = size };

        var error = await Assert.ThrowsAsync<SoraValidationException>(() => gateway.Client.CreateAsync(request));

        Assert.Equal("size", Assert.Single(error.Violations).Param);
        Assert.Empty(gateway.Emulator.Jobs);
    }
}
