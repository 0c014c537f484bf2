using Sora.Contracts;
using Sora.Contracts.Validation;

namespace Sora.Client.Tests.EndToEnd;

/// <summary>The client against the emulator, for every operation and every provider profile of the spec.</summary>
public sealed class EveryOperationTests
{
    public static TheoryData<string> Profiles() => new(SoraProvider.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task EveryOperation_WorksAgainstTheEmulator_ForEachProfile(string id)
    {
        var provider = SoraProvider.Get(id);
        await using var gateway = await EmulatedGateway.StartAsync(provider, client: options =>
        {
            foreach (var name in provider.GetRequiredParameters(SoraOperations.ListVideos.OperationId))
            {
                options.ProviderParameters[name] = "upstream";
            }
        });
        using var folder = new TempFolder();
        var client = gateway.Client;

        var models = await client.ListModelsAsync();
        Assert.NotEmpty(models.Data);

        var request = new CreateVideoRequest.Builder("A cat on a motorcycle at night").WithModel("sora-2").WithSize("1280x720").WithSeconds("8").Build(provider);
        var created = await client.CreateAsync(request);
        Assert.StartsWith(provider.IdPrefix ?? string.Empty, created.Id, StringComparison.Ordinal);
        Assert.Equal("1280x720", created.Size!.Value.Value);

        var reports = new List<Video>();
        var done = await client.WaitForCompletionAsync(created.Id, new SynchronousProgress<Video>(reports.Add));
        Assert.True(done.Status == VideoStatus.Lifecycle.Success, done.Status.Value);
        Assert.Equal(100, done.Progress);
        Assert.NotEmpty(reports);
        Assert.Equal(reports.Select(r => r.Progress ?? 0).OrderBy(p => p), reports.Select(r => r.Progress ?? 0));

        Assert.Equal(created.Id, (await client.GetAsync(created.Id)).Id);

        foreach (var variant in VideoContentVariant.KnownValues)
        {
            var path = folder.File(created.Id + "." + variant.Value);
            var saved = await client.DownloadContentToFileAsync(created.Id, path, variant);
            Assert.Equal(variant.MediaType, saved.ContentType);
            Assert.Equal(gateway.Emulator.GetMedia(created.Id, variant), await File.ReadAllBytesAsync(path));
        }

        using (var stream = new MemoryStream())
        {
            await client.DownloadContentAsync(created.Id, stream);
            Assert.Equal(gateway.Emulator.GetMedia(created.Id, VideoContentVariant.Default), stream.ToArray());
        }

        var viaVideo = await client.DownloadAsync(done, folder.File("via-video.mp4"));
        Assert.Equal(gateway.Emulator.GetMedia(created.Id, VideoContentVariant.Default), await File.ReadAllBytesAsync(viaVideo.Path));
        Assert.Equal(provider.ReturnsVideoUrl, done.VideoUrl is not null);
        Assert.Equal(0, gateway.Emulator.CredentialedFileRequests);

        // An operation the profile does not offer (new-api: no remix, list or delete) is refused before anything is sent.
        var jobs = gateway.Emulator.Jobs.Count;
        var expectedList = new List<string> { created.Id };
        if (provider.Supports(SoraOperations.RemixVideo.OperationId))
        {
            var remix = await client.RemixAsync(created.Id, new RemixVideoRequest("The same cat, at dawn"));
            Assert.Equal(created.Id, remix.RemixedFromVideoId);
            expectedList.Add(remix.Id);
        }
        else
        {
            await Assert.ThrowsAsync<NotSupportedException>(() => client.RemixAsync(created.Id, new RemixVideoRequest("The same cat, at dawn")));
            Assert.Equal(jobs, gateway.Emulator.Jobs.Count);
        }

        if (provider.Supports(SoraOperations.ListVideos.OperationId))
        {
            var listed = new List<string>();
            await foreach (var video in client.ListAsync(pageSize: 1, order: ListOrder.Direction.Ascending))
            {
                listed.Add(video.Id);
            }

            Assert.Equal(expectedList, listed);
        }
        else
        {
            await Assert.ThrowsAsync<NotSupportedException>(() => client.ListPageAsync());
        }

        if (provider.Supports(SoraOperations.DeleteVideo.OperationId))
        {
            var deleted = await client.DeleteAsync(created.Id);
            Assert.True(deleted.Deleted);
            var gone = await Assert.ThrowsAsync<SoraApiException>(() => client.GetAsync(created.Id));
            // A FastAPI server's text detail carries no code.
            Assert.Equal((404, provider.ErrorSchema is null ? "video_not_found" : null), (gone.StatusCode, gone.ErrorCode));
            Assert.Contains(created.Id, gone.ErrorMessage);
        }
        else
        {
            var refused = await Assert.ThrowsAsync<NotSupportedException>(() => client.DeleteAsync(created.Id));
            Assert.Contains(provider.Id, refused.Message, StringComparison.Ordinal);
            Assert.Equal(created.Id, (await client.GetAsync(created.Id)).Id);
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task Generate_CreatesWaitsAndDownloads_ToAFileThatIsTheServedVideo(string id)
    {
        var provider = SoraProvider.Get(id);
        await using var gateway = await EmulatedGateway.StartAsync(provider);
        using var folder = new TempFolder();
        var target = folder.File("cat.mp4");

        var result = await gateway.Client.GenerateAsync(new CreateVideoRequest("A cat") { Model = "sora-2", Size = "720x1280" }, target);

        Assert.Equal(target, result.Download.Path);
        Assert.Equal(gateway.Emulator.GetMedia(result.Job.Id, VideoContentVariant.Default), await File.ReadAllBytesAsync(target));
        Assert.Equal(new[] { "cat.mp4" }, folder.Entries());
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("ezmodel")]
    [InlineData("unigateway")]
    public async Task ImageToVideo_WithAnImageOfTheRequestedSize_IsSentAsMultipartAndMadeAtThatSize(string id)
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get(id));
        using var folder = new TempFolder();
        var image = FileUpload.FromBytes(TestImages.Png(1280, 720), "first-frame.png");
        var request = new CreateVideoRequest("The cat starts walking") { Size = "1280x720", Seconds = "4", InputReference = image };

        var result = await gateway.Client.GenerateAsync(request, folder.File("walk.mp4"));

        Assert.Equal("1280x720", result.Job.Size!.Value.Value);
        Assert.Single(gateway.Emulator.Jobs);
    }

    [Fact]
    public async Task ImageToVideo_WithAnImageOfAnotherSize_IsRejectedLocallyWithTheBuildersViolation_AndNothingIsSent()
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get("ezmodel"));
        var image = FileUpload.FromBytes(TestImages.Png(720, 1280), "portrait.png");
        var request = new CreateVideoRequest("The cat starts walking") { Size = "1280x720", InputReference = image };

        var error = await Assert.ThrowsAsync<SoraValidationException>(() => gateway.Client.CreateAsync(request));

        Assert.Equal(request.Validate(SoraProvider.Get("ezmodel")).Violations, error.Violations);
        Assert.Contains(error.Violations, v => v.Param == "input_reference" && v.Message.Contains("720x1280", StringComparison.Ordinal));
        Assert.Empty(gateway.Emulator.Jobs);
    }

    [Fact]
    public async Task ImageToVideo_ToAProfileThatTakesOnlyJson_IsRefusedBeforeSending()
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get("gptge"));
        var request = new CreateVideoRequest("The cat starts walking") { Size = "720x1280", InputReference = FileUpload.FromBytes(TestImages.Png(720, 1280), "a.png") };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => gateway.Client.CreateAsync(request));

        Assert.True(error is SoraValidationException or ArgumentException or InvalidOperationException, error.GetType().Name + ": " + error.Message);
        Assert.Contains("multipart", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(gateway.Emulator.Jobs);
    }

    [Fact]
    public async Task AJobThatFails_EndsGenerateWithATypedErrorCarryingTheJobsError_AndNoFile()
    {
        await using var gateway = await EmulatedGateway.StartAsync(
            SoraProvider.Get("openai"), emulator => emulator.FailJob = _ => new VideoError("moderation_blocked", "The prompt was blocked."));
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<SoraJobFailedException>(() => gateway.Client.GenerateAsync(new CreateVideoRequest("blocked"), folder.File("x.mp4")));

        Assert.Equal("moderation_blocked", error.Error?.Code);
        Assert.Contains(error.Job.Id, error.Message, StringComparison.Ordinal);
        Assert.Empty(folder.Entries());
    }

    [Fact]
    public async Task AWrongKey_IsATyped401_AndTheKeyAppearsNowhereInTheError()
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get("azure"), client: options => options.ApiKey = "sk-wrong-1234567890");

        var error = await Assert.ThrowsAsync<SoraApiException>(() => gateway.Client.GetAsync("video_x"));

        Assert.Equal((401, "invalid_api_key"), (error.StatusCode, error.ErrorCode));
        Assert.DoesNotContain("sk-wrong", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(gateway.Emulator.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
