using System.Net;
using System.Text.Json;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>What each operation puts on the wire: method, URL, headers and body, per provider.</summary>
public sealed class OperationTests
{
    [Fact]
    public async Task CreateSendsJsonWithTheBearerKeyToTheVideosPath()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Job("video_1"));

        var job = await rig.Client.CreateAsync(new CreateVideoRequest.Builder("A cat").WithSize("1280x720").WithSeconds(8).Build());

        Assert.Equal("video_1", job.Id);
        var request = Assert.Single(rig.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://api.example.test/v1/videos", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer " + TestRig.Key, request.Header("Authorization"));
        Assert.Null(request.Header("api-key"));
        Assert.Equal("application/json", request.ContentType);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("A cat", body.RootElement.GetProperty("prompt").GetString());
        Assert.Equal("1280x720", body.RootElement.GetProperty("size").GetString());
        Assert.Equal("8", body.RootElement.GetProperty("seconds").GetString());
    }

    [Fact]
    public async Task CreateWithAnAttachedImageSendsMultipartWithTheFilePart()
    {
        using var rig = new TestRig(o => o.Provider = SoraProvider.Ezmodel);
        rig.Handler.Then(Responses.Job("video_2"));
        var image = FileUpload.FromBytes(Images.Png(720, 1280), "first.png");

        await rig.Client.CreateAsync(new CreateVideoRequest.Builder("Animate it").WithInputReference(image).Build());

        var request = Assert.Single(rig.Handler.Requests);
        Assert.Equal("multipart/form-data", request.ContentType);
        Assert.Contains("name=\"prompt\"", request.BodyText);
        Assert.Contains("name=\"input_reference\"; filename=\"first.png\"", request.BodyText);
        Assert.Contains("Content-Type: image/png", request.BodyText);
    }

    [Fact]
    public async Task CreateWithoutAFileUsesTheFormTheProviderListsFirst()
    {
        using var rig = new TestRig(o => o.Provider = SoraProvider.Unigateway);
        rig.Handler.Then(Responses.Job("task_1"));

        await rig.Client.CreateAsync(new CreateVideoRequest("A dog"));

        Assert.Equal(SoraProvider.Unigateway.CreateContentTypes[0], rig.Handler.Requests[0].ContentType);
        Assert.Equal("multipart/form-data", rig.Handler.Requests[0].ContentType);
    }

    [Fact]
    public async Task AzureSendsTheApiKeyHeaderAndKeepsTheBasePath()
    {
        using var rig = new TestRig(o =>
        {
            o.Provider = SoraProvider.Azure;
            o.BaseAddress = new Uri("https://my-resource.openai.azure.com/openai/v1/");
        });
        rig.Handler.Then(Responses.Job("video_3", "in_progress"));

        await rig.Client.GetAsync("video_3");

        var request = Assert.Single(rig.Handler.Requests);
        Assert.Equal("https://my-resource.openai.azure.com/openai/v1/videos/video_3", request.Uri.AbsoluteUri);
        Assert.Equal(TestRig.Key, request.Header("api-key"));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task GetEscapesTheIdIntoThePath()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Job("a/b c"));

        await rig.Client.GetAsync("a/b c");

        Assert.Equal("/v1/videos/a%2Fb%20c", rig.Handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal(HttpMethod.Get, rig.Handler.Requests[0].Method);
    }

    [Fact]
    public async Task ListPageSendsCursorLimitAndOrder()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Json("""{"object":"list","data":[],"has_more":false}"""));

        var page = await rig.Client.ListPageAsync(after: "video_9", pageSize: 20, order: "asc");

        Assert.Empty(page.Data);
        Assert.Equal("https://api.example.test/v1/videos?after=video_9&limit=20&order=asc", rig.Handler.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task ListFollowsTheCursorUntilHasMoreIsFalse()
    {
        using var rig = new TestRig();
        rig.Handler
            .Then(Responses.Json($$"""{"object":"list","data":[{{Responses.JobJson("v1")}},{{Responses.JobJson("v2")}}],"last_id":"v2","has_more":true}"""))
            .Then(Responses.Json($$"""{"object":"list","data":[{{Responses.JobJson("v3")}}],"last_id":"v3","has_more":false}"""));

        var ids = new List<string>();
        await foreach (var job in rig.Client.ListAsync(pageSize: 2))
        {
            ids.Add(job.Id);
        }

        Assert.Equal(["v1", "v2", "v3"], ids);
        Assert.Equal("?limit=2", rig.Handler.Requests[0].Uri.Query);
        Assert.Equal("?after=v2&limit=2", rig.Handler.Requests[1].Uri.Query);
    }

    [Fact]
    public async Task ListStopsWhenTheServerRepeatsItsCursor()
    {
        using var rig = new TestRig();
        var page = Responses.JobJson("v1");
        rig.Handler.Otherwise = _ => Responses.Json($$"""{"object":"list","data":[{{page}}],"last_id":"v1","has_more":true}""");

        var count = 0;
        await foreach (var _ in rig.Client.ListAsync())
        {
            count++;
        }

        Assert.Equal(2, count);
        Assert.Equal(2, rig.Handler.Requests.Count);
    }

    [Fact]
    public async Task DeleteSendsDeleteToTheJobPath()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Json("""{"id":"video_4","object":"video.deleted","deleted":true}"""));

        var deleted = await rig.Client.DeleteAsync("video_4");

        Assert.True(deleted.Deleted);
        Assert.Equal(HttpMethod.Delete, rig.Handler.Requests[0].Method);
        Assert.Equal("/v1/videos/video_4", rig.Handler.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task RemixPostsTheNewPromptAsJson()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Job("video_6"));

        var job = await rig.Client.RemixAsync("video_5", new RemixVideoRequest("Now at dawn"));

        Assert.Equal("video_6", job.Id);
        var request = rig.Handler.Requests[0];
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v1/videos/video_5/remix", request.Uri.AbsolutePath);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("Now at dawn", JsonDocument.Parse(request.Body).RootElement.GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task ListModelsGetsTheModelsPath()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Json("""{"object":"list","data":[{"id":"sora-2","object":"model"}]}"""));

        var models = await rig.Client.ListModelsAsync();

        Assert.Equal("sora-2", Assert.Single(models.Data).Id);
        Assert.Equal("/v1/models", rig.Handler.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task DownloadContentAsksForTheVariantAndChecksItsMediaType()
    {
        using var rig = new TestRig();
        var bytes = Responses.WebP(300);
        rig.Handler.Then(Responses.Media(bytes, "image/webp"));
        using var destination = new MemoryStream();

        var length = await rig.Client.DownloadContentAsync("video_7", destination, "thumbnail");

        Assert.Equal(300, length);
        Assert.Equal(bytes, destination.ToArray());
        Assert.Equal("https://api.example.test/v1/videos/video_7/content?variant=thumbnail", rig.Handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("Bearer " + TestRig.Key, rig.Handler.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task DownloadContentWithoutAVariantSendsNoneAndExpectsTheDefaultMediaType()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Media(Responses.Mp4(10), "video/mp4"));
        using var destination = new MemoryStream();

        await rig.Client.DownloadContentAsync("video_7", destination);

        Assert.Equal("", rig.Handler.Requests[0].Uri.Query);
    }

    [Fact]
    public async Task AnUnknownStatusFromTheServerIsKeptAsSent()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Job("video_8", "rendering"));

        var job = await rig.Client.GetAsync("video_8");

        Assert.Equal("rendering", job.Status.Value);
        Assert.False(job.Status.IsKnown);
    }

    [Fact]
    public async Task NoCredentialIsSentWithoutAKey()
    {
        using var rig = new TestRig(o => o.ApiKey = null);
        rig.Handler.Then(Responses.Job("video_1"));

        await rig.Client.GetAsync("video_1");

        Assert.Null(rig.Handler.Requests[0].Header("Authorization"));
        Assert.Null(rig.Handler.Requests[0].Header("api-key"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("..")]
    public async Task ABlankOrDotIdIsRefusedBeforeSending(string id)
    {
        using var rig = new TestRig();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => rig.Client.GetAsync(id));

        Assert.Empty(rig.Handler.Requests);
    }

    [Fact]
    public async Task TheHttpClientsDefaultHeadersAndBaseAddressAreNotUsed()
    {
        using var handler = new ScriptedHandler();
        handler.Then(Responses.Job("video_1"));
        using var http = new HttpClient(handler) { BaseAddress = new Uri("https://elsewhere.test/") };
        using var client = new SoraClient(http, new SoraClientOptions { BaseAddress = TestRig.BaseAddress, ApiKey = TestRig.Key });

        await client.GetAsync("video_1");

        Assert.Equal("api.example.test", handler.Requests[0].Uri.Host);
    }
}
