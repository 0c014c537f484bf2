using System.Text.Json;

namespace Sora.Contracts.Tests.Serialization;

/// <summary>
/// PRODUCT.md principle 3 (open enums, never silent coercion; unknown fields kept) and principle 5 (bad input gets a
/// clear error).
/// </summary>
public sealed class ResponseReadingTests
{
    private static SoraJsonContext Json => SoraJsonContext.Default;

    [Fact]
    public void UnknownStatus_StaysAsSentAndIsNeverMappedToAKnownOne()
    {
        const string Paused = """{"id":"video_1","object":"video","model":"sora-2","status":"paused","progress":40}""";

        Video video = JsonAssert.RoundTrip(Paused, Json.Video, out string output);

        Assert.Equal("paused", video.Status.Value);
        Assert.False(video.Status.IsKnown);
        Assert.False(video.Status.IsTerminal);
        Assert.DoesNotContain(video.Status, VideoStatus.KnownValues);
        Assert.Equal("paused", JsonDocument.Parse(output).RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Completed")]
    [InlineData("COMPLETED")]
    [InlineData("complete")]
    [InlineData("succeeded")]
    [InlineData("")]
    public void NearMissStatus_IsUnknownAndNotTerminal(string status)
    {
        Video video = JsonSerializer.Deserialize($$"""{"id":"v","object":"video","model":"sora-2","status":"{{status}}"}""", Json.Video)!;

        Assert.Equal(status, video.Status.Value);
        Assert.False(video.Status.IsKnown);
        Assert.False(video.Status.IsTerminal);
    }

    [Fact]
    public void UnknownModelAndSize_AreKeptAsSent()
    {
        Video video = JsonAssert.RoundTrip("""{"id":"v","object":"video","model":"sora-3-preview","status":"queued","size":"1920x1080"}""", Json.Video);

        Assert.Equal("sora-3-preview", video.Model.Value);
        Assert.False(video.Model.IsKnown);
        Assert.Equal("1920x1080", video.Size?.Value);
        Assert.False(video.Size?.IsKnown);
    }

    [Fact]
    public void UnknownFields_AreKeptAndWrittenBack()
    {
        const string WithExtras = """
            {
              "id": "video_1", "object": "video", "model": "sora-2", "status": "completed",
              "quality": "high",
              "usage": {"credits": 12, "tags": ["a", {"b": null}], "ok": true},
              "score": 0.5,
              "nothing": null
            }
            """;

        Video video = JsonAssert.RoundTrip(WithExtras, Json.Video);

        Assert.NotNull(video.AdditionalProperties);
        Assert.Equal(["nothing", "quality", "score", "usage"], video.AdditionalProperties.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("high", video.AdditionalProperties["quality"].GetString());
        Assert.Equal(12, video.AdditionalProperties["usage"].GetProperty("credits").GetInt32());
    }

    [Fact]
    public void UnknownFields_OfNestedObjectsAreKeptToo()
    {
        const string Error = """{"error":{"message":"Rate limit reached","code":"rate_limit_exceeded","type":"requests","param":null,"retry_after_ms":2000},"request_id":"req_1"}""";

        ErrorResponse error = JsonAssert.RoundTrip(Error, Json.ErrorResponse);

        Assert.Equal(2000, error.Error.AdditionalProperties?["retry_after_ms"].GetInt32());
        Assert.Equal("req_1", error.AdditionalProperties?["request_id"].GetString());

        Video failed = JsonAssert.RoundTrip(
            """{"id":"v","object":"video","model":"sora-2","status":"failed","error":{"code":"moderation","message":"Blocked","details":{"category":"x"}}}""",
            Json.Video);
        Assert.Equal("x", failed.Error?.AdditionalProperties?["details"].GetProperty("category").GetString());
    }

    [Theory]
    [InlineData("8", "8", true)]
    [InlineData("4", "4", true)]
    [InlineData("12", "12", true)]
    [InlineData("5", "5", false)]
    public void NumericSeconds_ReadsAsItsStringAndIsWrittenAsAString(string number, string expected, bool known)
    {
        string json = $$"""{"id":"v","object":"video","model":"sora-2","status":"queued","seconds":{{number}}}""";

        Video video = JsonAssert.RoundTrip(json, Json.Video, out string output);

        Assert.Equal(expected, video.Seconds?.Value);
        Assert.Equal(known, video.Seconds?.IsKnown);
        Assert.Equal(JsonValueKind.String, JsonDocument.Parse(output).RootElement.GetProperty("seconds").ValueKind);
    }

    [Fact]
    public void NumericSecondsInARequest_ReadsAsAKnownValue()
    {
        CreateVideoRequest request = JsonSerializer.Deserialize("""{"prompt":"A cat","seconds":8}""", Json.CreateVideoRequest)!;

        Assert.Equal(VideoSeconds.Seconds8, request.Seconds);
        Assert.True(request.Validate().IsValid);
    }

    [Fact]
    public void EveryNullTheOfficialObjectAllows_ReadsAsNull()
    {
        const string AllNulls = """
            {"id":"video_1","object":"video","model":"sora-2","status":"queued","progress":0,"created_at":1712697600,
             "completed_at":null,"expires_at":null,"prompt":null,"remixed_from_video_id":null,"error":null}
            """;

        Video video = JsonAssert.RoundTrip(AllNulls, Json.Video);

        Assert.Null(video.CompletedAt);
        Assert.Null(video.ExpiresAt);
        Assert.Null(video.Prompt);
        Assert.Null(video.RemixedFromVideoId);
        Assert.Null(video.Error);
    }

    [Fact]
    public void NullsOfTheErrorEnvelope_ReadAsNull()
    {
        ErrorResponse error = JsonAssert.RoundTrip("""{"error":{"message":"Bad","code":null,"param":null,"type":"invalid_request_error"}}""", Json.ErrorResponse);

        Assert.Null(error.Error.Code);
        Assert.Null(error.Error.Param);
    }

    // ---- Bad responses get clear errors ----

    [Theory]
    [InlineData("""{"object":"video","model":"sora-2","status":"queued"}""", "id")]
    [InlineData("""{"id":"v","object":"video","status":"queued"}""", "model")]
    [InlineData("""{"id":"v","object":"video","model":"sora-2"}""", "status")]
    public void MissingRequiredProperty_IsRead_AndValidateReportsIt(string json, string property)
    {
        // Issue 10, point 6: a server that leaves out a required property must not lose the whole response.
        Video video = JsonSerializer.Deserialize(json, Json.Video)!;

        Assert.Contains(video.Validate().Violations, v => v.Param == property && v.Code == "missing_required");
    }

    [Theory]
    [InlineData("""{"id":null,"object":"video","model":"sora-2","status":"queued"}""", "id")]
    [InlineData("""{"id":"v","object":"video","model":null,"status":"queued"}""", "model")]
    [InlineData("""{"id":"v","object":"video","model":"sora-2","status":null}""", "status")]
    public void NullRequiredProperty_IsAJsonExceptionNamingIt(string json, string property)
    {
        JsonException exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.Video));

        Assert.Contains(property, exception.Message, StringComparison.Ordinal);
        Assert.Contains("null", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"v","object":"video","model":"sora-2","status":"queued","progress":"50"}""", "progress", "a string")]
    [InlineData("""{"id":"v","object":"video","model":"sora-2","status":1}""", "status", "a number")]
    [InlineData("""{"id":"v","object":"video","model":"sora-2","status":"queued","created_at":"1760627077"}""", "created_at", "a string")]
    [InlineData("""{"id":"v","object":"video","model":"sora-2","status":"queued","progress":50.5}""", "progress", "a number")]
    [InlineData("""{"id":"v","object":"video","model":"sora-2","status":"failed","error":"boom"}""", "error", "a string")]
    [InlineData("""{"id":42,"object":"video","model":"sora-2","status":"queued"}""", "id", "a number")]
    [InlineData("""{"id":"v","object":"video","model":["sora-2"],"status":"queued"}""", "model", "an array")]
    public void WrongTokenKind_IsAJsonExceptionNamingThePropertyAndWhatWasFound(string json, string property, string found)
    {
        JsonException exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.Video));

        Assert.Contains(property, exception.Message, StringComparison.Ordinal);
        Assert.Contains(found, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"video_1\"")]
    [InlineData("42")]
    [InlineData("true")]
    public void NotAnObject_IsAJsonExceptionSayingAnObjectWasExpected(string json)
    {
        JsonException exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.Video));

        Assert.Contains("Video", exception.Message, StringComparison.Ordinal);
        Assert.Contains("an object", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"video_1","object":"vid""")]
    [InlineData("""{"id":"video_1","object":"video","model":"sora-2","status":"queued" """)]
    [InlineData("""{"id":"video_1",""")]
    [InlineData("{")]
    [InlineData("")]
    public void TruncatedJson_IsAJsonException(string json)
    {
        JsonException exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.Video));

        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }

    [Fact]
    public void ListWhoseDataIsNotAnArray_IsAJsonExceptionNamingData()
    {
        JsonException exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"object":"list","data":{}}""", Json.VideoList));

        Assert.Contains("data", exception.Message, StringComparison.Ordinal);
        Assert.Contains("an array", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadItemInAList_IsAJsonExceptionNamingTheItemProperty()
    {
        JsonException exception = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize("""{"object":"list","data":[{"id":"v","object":"video","model":"sora-2","status":"queued","progress":"x"}]}""", Json.VideoList));

        Assert.Contains("progress", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorEnvelopeWithoutMessage_IsRead_AndValidateReportsTheMessageMissing()
    {
        ErrorResponse error = JsonSerializer.Deserialize("""{"error":{"code":"x"}}""", Json.ErrorResponse)!;

        Assert.Equal("x", error.Error.Code);
        Assert.Contains(error.Validate().Violations, v => v.Message == "message is required" && v.Code == "missing_required");
    }

    [Fact]
    public void ValueTypes_ReadAndWriteAsBareStrings()
    {
        Assert.Equal(VideoStatus.Cancelled, JsonSerializer.Deserialize("\"cancelled\"", Json.VideoStatus));
        Assert.Equal("\"1792x1024\"", JsonSerializer.Serialize(VideoSize.Size1792x1024, Json.VideoSize));
        Assert.Equal("\"12\"", JsonSerializer.Serialize((VideoSeconds)12, Json.VideoSeconds));
        Assert.Equal(VideoSeconds.Seconds12, JsonSerializer.Deserialize("12", Json.VideoSeconds));
        Assert.Equal("\"thumbnail\"", JsonSerializer.Serialize(VideoContentVariant.Thumbnail, Json.VideoContentVariant));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("3", Json.VideoStatus));
    }
}
