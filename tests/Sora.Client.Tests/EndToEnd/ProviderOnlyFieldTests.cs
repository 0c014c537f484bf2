using Sora.Contracts;
using Sora.Contracts.Validation;

namespace Sora.Client.Tests.EndToEnd;

/// <summary>
/// Provider-only fields through the client and the emulator, for every profile: a profile that takes a field gets it
/// and makes the video; one that does not is refused before sending (the client knows the profile) and by the
/// emulator with a 400 when a client that does not know the profile sends it anyway.
/// </summary>
public sealed class ProviderOnlyFieldTests
{
    /// <summary>
    /// Who takes which field, read from the documents (spec/README.md, "Provider-only fields"), not from the spec:
    /// vLLM-Omni's videos_api.md lists all five; SGLang's video_api.py reads fps and num_frames only.
    /// </summary>
    private static readonly Dictionary<string, string[]> Takers = new()
    {
        ["negative_prompt"] = ["vllm-omni"],
        ["seed"] = ["vllm-omni"],
        ["fps"] = ["vllm-omni", "sglang"],
        ["num_frames"] = ["vllm-omni", "sglang"],
        ["generate_sound"] = ["vllm-omni"],
    };

    public static TheoryData<string, string> ProfilesAndFields() => Cases(SoraProvider.All);

    /// <summary>
    /// The profiles a client without a profile can reach: it authenticates with a bearer token and sends JSON, so only
    /// these let its request reach the field check (Azure's refusal by the emulator is tested in Sora.Emulator.Tests;
    /// vLLM-Omni, multipart only, takes every field and is covered above).
    /// </summary>
    public static TheoryData<string, string> BearerProfilesAndFields() =>
        Cases(SoraProvider.All.Where(p => p.Auth == "bearer" && p.CreateContentTypes.Contains("application/json")));

    private static TheoryData<string, string> Cases(IEnumerable<SoraProvider> providers)
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in providers)
        {
            foreach (var field in Takers.Keys)
            {
                data.Add(provider.Id, field);
            }
        }

        return data;
    }

    private static CreateVideoRequest WithField(string field) => field switch
    {
        "negative_prompt" => new CreateVideoRequest.Builder("A lake at sunrise").WithModel(CreateVideoRequest.DefaultModel).WithNegativePrompt("blur").Build(),
        "seed" => new CreateVideoRequest.Builder("A lake at sunrise").WithModel(CreateVideoRequest.DefaultModel).WithSeed(42).Build(),
        "fps" => new CreateVideoRequest.Builder("A lake at sunrise").WithModel(CreateVideoRequest.DefaultModel).WithFps(16).Build(),
        "num_frames" => new CreateVideoRequest.Builder("A lake at sunrise").WithModel(CreateVideoRequest.DefaultModel).WithNumFrames(80).Build(),
        "generate_sound" => new CreateVideoRequest.Builder("A lake at sunrise").WithModel(CreateVideoRequest.DefaultModel).WithGenerateSound(true).Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    [Theory]
    [MemberData(nameof(ProfilesAndFields))]
    public async Task AField_IsSentAndMadeByTheProfilesThatTakeIt_AndRefusedBeforeSendingByTheOthers(string id, string field)
    {
        var provider = SoraProvider.Get(id);
        await using var gateway = await EmulatedGateway.StartAsync(provider);
        using var folder = new TempFolder();
        var request = WithField(field);

        if (Takers[field].Contains(id))
        {
            var result = await gateway.Client.GenerateAsync(request, folder.File("lake.mp4"));

            Assert.Equal(gateway.Emulator.GetMedia(result.Job.Id, VideoContentVariant.Default), await File.ReadAllBytesAsync(result.Download.Path));
        }
        else
        {
            var error = await Assert.ThrowsAsync<SoraValidationException>(() => gateway.Client.CreateAsync(request));

            var violation = Assert.Single(error.Violations);
            Assert.Equal((field, SoraViolationCodes.UnsupportedParameter), (violation.Param, violation.Code));
            Assert.Equal($"{field} is not accepted by provider {id} (only by {string.Join(", ", Takers[field])})", violation.Message);
            Assert.Empty(gateway.Emulator.Jobs);
        }
    }

    [Theory]
    [MemberData(nameof(BearerProfilesAndFields))]
    public async Task AClientThatDoesNotKnowTheProfile_IsRefusedByTheEmulatorWithA400_WhereTheProfileDoesNotTakeTheField(string id, string field)
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get(id), client: options => options.Provider = null);
        var request = WithField(field);

        if (Takers[field].Contains(id))
        {
            var created = await gateway.Client.CreateAsync(request);

            Assert.Equal(created.Id, Assert.Single(gateway.Emulator.Jobs).Id);
        }
        else
        {
            var error = await Assert.ThrowsAsync<SoraApiException>(() => gateway.Client.CreateAsync(request));

            Assert.Equal((400, "unsupported_parameter"), (error.StatusCode, error.ErrorCode));
            Assert.Empty(gateway.Emulator.Jobs);
        }
    }

    [Fact]
    public async Task VllmOmni_GetsEveryFieldAtOnce_InItsOnlyBodyForm_AndMakesTheVideo()
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get("vllm-omni"));
        using var folder = new TempFolder();
        var request = new CreateVideoRequest.Builder("A lake at sunrise")
            .WithNegativePrompt("blur").WithSeed(42).WithFps(16).WithNumFrames(80).WithGenerateSound(false).Build();

        var result = await gateway.Client.GenerateAsync(request, folder.File("lake.mp4"));

        Assert.StartsWith("video_gen_", result.Job.Id, StringComparison.Ordinal);
        Assert.Equal(gateway.Emulator.GetMedia(result.Job.Id, VideoContentVariant.Default), await File.ReadAllBytesAsync(result.Download.Path));
    }
}
