namespace Sora.Contracts.Tests.Serialization;

/// <summary>Every example payload of the seeds and of the OpenAI reference reads into typed fields and writes back whole.</summary>
public sealed class PayloadRoundTripTests
{
    private static SoraJsonContext Json => SoraJsonContext.Default;

    // ---- UniGateway (000_bb6aa4dec4248e13.txt) ----

    [Fact]
    public void UnigatewayQueued_ReadsTaskIdAndFiveSecondsAndWritesEverythingBack()
    {
        Video video = JsonAssert.RoundTrip(Payloads.UnigatewayQueued, Json.Video);

        Assert.Equal("task_4kX5fFNCbHgMJLx", video.Id);
        Assert.Equal("video", video.Object);
        Assert.Equal(VideoStatus.Queued, video.Status);
        Assert.True(video.Status.IsKnown);
        Assert.False(video.Status.IsTerminal);
        Assert.Equal(VideoModel.Sora2, video.Model);
        Assert.Equal(0, video.Progress);
        Assert.Equal(VideoSize.Size1280x720, video.Size);
        Assert.Equal("5", video.Seconds?.Value);
        Assert.False(video.Seconds?.IsKnown); // "5" is UniGateway's, not the base enum's: kept, reported unknown.
        Assert.Null(video.CreatedAt);
        Assert.Null(video.VideoUrl);
        Assert.True(video.AdditionalProperties is null || video.AdditionalProperties.Count == 0);
    }

    [Fact]
    public void UnigatewayInProgress_ReadsInProgressAsNotTerminal()
    {
        Video video = JsonAssert.RoundTrip(Payloads.UnigatewayInProgress, Json.Video);

        Assert.Equal("task_4kX5fFNCbHgMJLx", video.Id);
        Assert.Equal(VideoStatus.InProgress, video.Status);
        Assert.False(video.Status.IsTerminal);
        Assert.Equal(0, video.Progress);
    }

    [Fact]
    public void UnigatewayCompleted_ReadsVideoUrlAndWritesItBack()
    {
        Video video = JsonAssert.RoundTrip(Payloads.UnigatewayCompleted, Json.Video, out string output);

        Assert.Equal(VideoStatus.Completed, video.Status);
        Assert.True(video.Status.IsTerminal);
        Assert.Equal(100, video.Progress);
        Assert.Equal("https://<your-cdn>/videos/output.mp4", video.VideoUrl);
        Assert.Contains("\"video_url\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnigatewayCreateRequest_RoundTripsExactlyAndIsValidForUnigatewayOnly()
    {
        CreateVideoRequest request = JsonAssert.RoundTrip(Payloads.UnigatewayCreateRequest, Json.CreateVideoRequest, out string output);

        JsonAssert.Equivalent(Payloads.UnigatewayCreateRequest, output);
        Assert.Equal("A cinematic aerial shot of a coastline.", request.Prompt);
        Assert.Equal(VideoModel.Sora2, request.Model);
        Assert.Equal(VideoSize.Size1280x720, request.Size);
        Assert.Equal(new VideoSeconds("5"), request.Seconds);
        Assert.True(request.Validate(SoraProvider.Unigateway).IsValid);
        Assert.False(request.Validate().IsValid);
    }

    // ---- ezmodel (001_d411cea1ea856dda.txt) ----

    [Fact]
    public void EzmodelCreateRequest_RoundTripsExactlyAndIsValidForEzmodel()
    {
        CreateVideoRequest request = JsonAssert.RoundTrip(Payloads.EzmodelCreateRequest, Json.CreateVideoRequest, out string output);

        JsonAssert.Equivalent(Payloads.EzmodelCreateRequest, output);
        Assert.Equal("A video of a cool cat on a motorcycle in the night", request.Prompt);
        Assert.Equal(VideoSeconds.Seconds8, request.Seconds);
        Assert.True(request.Validate(SoraProvider.Ezmodel).IsValid);
    }

    [Fact]
    public void EzmodelQueued_ReadsExplicitNullsAsAbsentValues()
    {
        Video video = JsonAssert.RoundTrip(Payloads.EzmodelQueued, Json.Video);

        Assert.Equal("video_68f10985d6c4819097007665bdcfba5f", video.Id);
        Assert.Equal(VideoStatus.Queued, video.Status);
        Assert.Equal(1760627077L, video.CreatedAt);
        Assert.Null(video.CompletedAt);
        Assert.Null(video.ExpiresAt);
        Assert.Null(video.RemixedFromVideoId);
        Assert.Null(video.Error);
        Assert.Equal(VideoSeconds.Seconds8, video.Seconds);
        Assert.Equal(VideoSize.Size1280x720, video.Size);
    }

    [Fact]
    public void EzmodelError_ReadsMessageAndCodeWithoutTypeOrParam()
    {
        ErrorResponse error = JsonAssert.RoundTrip(Payloads.EzmodelError, Json.ErrorResponse);

        Assert.Equal("Invalid parameter: size must be 720x1280 or 1280x720", error.Error.Message);
        Assert.Equal("invalid_parameter", error.Error.Code);
        Assert.Null(error.Error.Type);
        Assert.Null(error.Error.Param);
    }

    // ---- gpt.ge (002_875acc4d494673f2.txt) ----

    [Fact]
    public void GptgeCreateRequest_RoundTripsTheChinesePromptExactly()
    {
        CreateVideoRequest request = JsonAssert.RoundTrip(Payloads.GptgeCreateRequest, Json.CreateVideoRequest, out string output);

        JsonAssert.Equivalent(Payloads.GptgeCreateRequest, output);
        Assert.Equal("一只凶猛的老虎破门闯入农家小院,土狗吓得跑开,猫咪跳出来击败吓跑老虎。", request.Prompt);
        Assert.True(request.Validate(SoraProvider.Gptge).IsValid);
    }

    [Fact]
    public void GptgeQueued_ReadsTheCreateResponseWithNulls()
    {
        Video video = JsonAssert.RoundTrip(Payloads.GptgeQueued, Json.Video);

        Assert.Equal("video_68f082321ed08193a4eaf01376fa10bc0284bd663de64dc5", video.Id);
        Assert.Equal(1760592434L, video.CreatedAt);
        Assert.Equal(VideoStatus.Queued, video.Status);
        Assert.Null(video.CompletedAt);
        Assert.Null(video.Error);
        Assert.Null(video.ExpiresAt);
        Assert.Null(video.RemixedFromVideoId);
        Assert.Equal(0, video.Progress);
    }

    // ---- OpenAI reference (shared/reference/openai-video-examples.json) ----

    [Fact]
    public void OpenAiMinimalCreateRequest_RoundTripsWithDefaultsLeftAbsent()
    {
        CreateVideoRequest request = JsonAssert.RoundTrip(Payloads.OpenAiMinimalCreateRequest, Json.CreateVideoRequest, out string output);

        JsonAssert.Equivalent(Payloads.OpenAiMinimalCreateRequest, output);
        Assert.Equal(VideoModel.Sora2, request.Model);
        Assert.Null(request.Size);
        Assert.Null(request.Seconds);
        Assert.True(request.Validate(SoraProvider.Openai).IsValid);
    }

    [Fact]
    public void OpenAiQueued_ReadsThePartialObjectOfTheGuide()
    {
        Video video = JsonAssert.RoundTrip(Payloads.OpenAiQueued, Json.Video);

        Assert.Equal("video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5", video.Id);
        Assert.Equal(1758941485L, video.CreatedAt);
        Assert.Equal(VideoStatus.Queued, video.Status);
        Assert.Equal(VideoModel.Sora2Pro, video.Model);
        Assert.Equal(0, video.Progress);
        Assert.Equal(VideoSeconds.Seconds8, video.Seconds);
        Assert.Equal(VideoSize.Size1280x720, video.Size);
    }

    [Fact]
    public void OpenAiInProgress_ReadsProgress()
    {
        Video video = JsonAssert.RoundTrip(Payloads.OpenAiInProgress, Json.Video);

        Assert.Equal(VideoStatus.InProgress, video.Status);
        Assert.Equal(33, video.Progress);
    }

    [Fact]
    public void OpenAiCompleted_ReadsTimestamps()
    {
        Video video = JsonAssert.RoundTrip(Payloads.OpenAiCompleted, Json.Video);

        Assert.Equal("video_68f10c5428708190a98980c2d2b21a78", video.Id);
        Assert.Equal(VideoStatus.Completed, video.Status);
        Assert.Equal(1760627796L, video.CreatedAt);
        Assert.Equal(1760627863L, video.CompletedAt);
        Assert.Equal(1760714196L, video.ExpiresAt);
        Assert.Equal(86400L, video.ExpiresAt - video.CreatedAt);
        Assert.Null(video.Error);
        Assert.Equal(VideoSeconds.Seconds4, video.Seconds);
        Assert.Equal(VideoSize.Size720x1280, video.Size);
    }

    [Fact]
    public void OpenAiFailed_ReadsTheErrorObjectAndPrompt()
    {
        Video video = JsonAssert.RoundTrip(Payloads.OpenAiFailed, Json.Video);

        Assert.Equal("video_123", video.Id);
        Assert.Equal(VideoStatus.Failed, video.Status);
        Assert.True(video.Status.IsTerminal);
        Assert.Equal("A calico cat playing a piano on stage", video.Prompt);
        Assert.NotNull(video.Error);
        Assert.Equal("PLACEHOLDER_error_code", video.Error.Code);
        Assert.Equal("PLACEHOLDER human-readable message", video.Error.Message);
        Assert.Equal(1712697600L, video.CreatedAt);
        Assert.Null(video.CompletedAt);
    }

    [Fact]
    public void OpenAiListPage_ReadsTheAbbreviatedPage()
    {
        VideoList page = JsonAssert.RoundTrip(Payloads.OpenAiListPage, Json.VideoList);

        Assert.Equal("list", page.Object);
        Video item = Assert.Single(page.Data);
        Assert.Equal("video_123", item.Id);
        Assert.Equal(VideoStatus.Completed, item.Status);
        Assert.Equal(VideoModel.Sora2, item.Model);
        Assert.Null(page.FirstId);
        Assert.Null(page.LastId);
        Assert.Null(page.HasMore);
    }

    [Fact]
    public void OpenAiInvalidTypeError_ReadsTypeAndParam()
    {
        ErrorResponse error = JsonAssert.RoundTrip(Payloads.OpenAiInvalidTypeError, Json.ErrorResponse);

        Assert.Equal("Invalid type for 'input_reference': expected a file, but got a string instead.", error.Error.Message);
        Assert.Equal("invalid_request_error", error.Error.Type);
        Assert.Equal("input_reference", error.Error.Param);
        Assert.Equal("invalid_type", error.Error.Code);
    }

    // ---- Shapes the seeds do not print (constructed from the spec's schemas) ----

    [Fact]
    public void DeletedVideo_RoundTrips()
    {
        DeletedVideo deleted = JsonAssert.RoundTrip("""{"id":"video_123","object":"video.deleted","deleted":true}""", Json.DeletedVideo);

        Assert.Equal("video_123", deleted.Id);
        Assert.Equal("video.deleted", deleted.Object);
        Assert.True(deleted.Deleted);
    }

    [Fact]
    public void ModelList_RoundTrips()
    {
        const string Models = """{"object":"list","data":[{"id":"sora-2","object":"model","created":1759708800,"owned_by":"system"},{"id":"sora-2-pro"}]}""";

        ModelList models = JsonAssert.RoundTrip(Models, Json.ModelList);

        Assert.Equal(["sora-2", "sora-2-pro"], models.Data.Select(m => m.Id));
        Assert.Equal("system", models.Data[0].OwnedBy);
        Assert.Equal(1759708800L, models.Data[0].Created);
    }

    [Fact]
    public void FullListPage_RoundTripsCursorFields()
    {
        string page = $$"""{"object":"list","data":[{{Payloads.OpenAiFailed}},{{Payloads.UnigatewayCompleted}}],"first_id":"video_123","last_id":"task_4kX5fFNCbHgMJLx","has_more":true}""";

        VideoList list = JsonAssert.RoundTrip(page, Json.VideoList);

        Assert.Equal(2, list.Data.Count);
        Assert.Equal("video_123", list.FirstId);
        Assert.Equal("task_4kX5fFNCbHgMJLx", list.LastId);
        Assert.True(list.HasMore);
    }

    [Fact]
    public void CreateRequestWithAnImageReference_RoundTripsTheObjectForm()
    {
        const string Request = """{"prompt":"A cat","model":"sora-2","input_reference":{"image_url":"https://example.com/image.jpg"}}""";

        CreateVideoRequest request = JsonAssert.RoundTrip(Request, Json.CreateVideoRequest, out string output);

        JsonAssert.Equivalent(Request, output);
        Assert.Equal("https://example.com/image.jpg", request.InputReference?.ImageReference?.ImageUrl);
        Assert.False(request.InputReference?.IsFile);
    }

    [Fact]
    public void RemixRequest_RoundTrips()
    {
        RemixVideoRequest remix = JsonAssert.RoundTrip("""{"prompt":"Make it night"}""", Json.RemixVideoRequest, out string output);

        Assert.Equal("Make it night", remix.Prompt);
        JsonAssert.Equivalent("""{"prompt":"Make it night"}""", output);
    }
}
