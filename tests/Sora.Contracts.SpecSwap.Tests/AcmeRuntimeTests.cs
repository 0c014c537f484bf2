using System.Text.Json;
using System.Text.Json.Nodes;
using Sora.Contracts;
using Sora.Contracts.Http;
using Sora.Contracts.Tests.Images;
using Sora.Contracts.Tests.Serialization;
using Sora.Contracts.Validation;

namespace Acme.Video.Tests;

/// <summary>Builders, JSON, provider profiles and HTTP bodies of the acme spec, through the same runtime library.</summary>
public sealed class AcmeRuntimeTests
{
    // ---- Builders ----

    [Fact]
    public void Build_ReturnsAValidFullHdRequest()
    {
        CreateClipRequest request = new CreateClipRequest.Builder("A robot juggling oranges")
            .WithModel(ClipModel.AcmeV1Max)
            .WithSize(ClipSize.Size1920x1080)
            .WithSeconds(10)
            .Build();

        Assert.Equal(ClipModel.AcmeV1Max, request.Model);
        Assert.Equal(ClipSize.Size1920x1080, request.Size);
        Assert.Equal(ClipSeconds.Seconds10, request.Seconds);
    }

    [Fact]
    public void Build_ThrowsListingEveryAcmeViolation()
    {
        CreateClipRequest.Builder builder = new CreateClipRequest.Builder("A robot").WithSize("1920x1080").WithSeconds(20);

        SoraValidationException exception = Assert.Throws<SoraValidationException>(() => builder.Build());

        Assert.Equal(2, exception.Violations.Count);
        Assert.Contains(exception.Violations, v => v is { Param: "size", Code: SoraViolationCodes.InvalidCombination });
        Assert.Contains(exception.Violations, v => v is { Param: "seconds", Code: SoraViolationCodes.InvalidCombination });
        Assert.All(exception.Violations, v => Assert.Contains(v.Message, exception.Message, StringComparison.Ordinal));
        Assert.Contains("CreateClipRequest", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_NarrowsToTheChosenAcmeProfile()
    {
        CreateClipRequest.Builder builder = new CreateClipRequest.Builder("A robot").WithSize("1280x720").WithSeconds(20);

        Assert.True(builder.TryBuild(out CreateClipRequest? anywhere, out _));
        Assert.NotNull(anywhere);
        Assert.True(builder.TryBuild(out _, out _, SoraProvider.AcmeCloud));
        Assert.False(builder.TryBuild(out CreateClipRequest? onTheBox, out SoraValidationResult result, SoraProvider.Edgebox));
        Assert.Null(onTheBox);
        Assert.Equal(
            ["seconds:unsupported_by_provider", "size:unsupported_by_provider"],
            result.Violations.Select(v => v.Param + ":" + v.Code).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void RemixBuilder_Works()
    {
        Assert.Equal("Now in the rain", new RemixClipRequest.Builder("Now in the rain").Build().Prompt);
        Assert.Throws<SoraValidationException>(() => new RemixClipRequest.Builder(string.Empty).Build());
    }

    // ---- Provider profiles ----

    [Fact]
    public void SoraProvider_ListsTheAcmeProfiles()
    {
        Assert.Equal(["acme-cloud", "edgebox"], SoraProvider.All.Select(p => p.Id).ToArray());
        Assert.Same(SoraProvider.AcmeCloud, SoraProvider.Get("ACME-CLOUD"));
        Assert.False(SoraProvider.TryGet("ezmodel", out _));
        ArgumentException unknown = Assert.Throws<ArgumentException>(() => SoraProvider.Get("openai"));
        Assert.Contains("acme-cloud", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("edgebox", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SoraProvider_CarriesTheAcmeProfileSettings()
    {
        Assert.Equal("Acme Edge Box", SoraProvider.Edgebox.Title);
        Assert.Equal("api-key", SoraProvider.Edgebox.Auth);
        Assert.Equal("edge_", SoraProvider.Edgebox.IdPrefix);
        Assert.Equal(["application/json"], SoraProvider.Edgebox.CreateContentTypes.ToArray());
        Assert.Equal(1, SoraProvider.Edgebox.ConcurrentJobs);
        Assert.Equal("clip_", SoraProvider.AcmeCloud.IdPrefix);
        Assert.Equal(TimeSpan.FromDays(7), SoraProvider.AcmeCloud.AssetLifetime);
        Assert.Equal(8, SoraProvider.AcmeCloud.ConcurrentJobs);
    }

    [Fact]
    public void SoraProvider_ExposesTheAllowedValuesOfEachProfile()
    {
        Assert.Equal(["640x480"], SoraProvider.Edgebox.GetAllowedValues("CreateClipRequest", "size")?.ToArray() ?? []);
        Assert.Equal(["5", "10", "20", "30"], SoraProvider.AcmeCloud.GetAllowedValues("CreateClipRequest", "seconds")?.ToArray() ?? []);
        Assert.Null(SoraProvider.AcmeCloud.GetAllowedValues("CreateClipRequest", "size"));
    }

    // ---- JSON ----

    [Fact]
    public void Clip_RoundTripsThroughTheAcmeJsonContext()
    {
        const string Json = """
            {"id":"clip_42","object":"clip","model":"acme-v1-max","status":"succeeded","progress":100,"created_at":1760000000,
             "size":"1920x1080","seconds":"10","download_url":"https://cdn.acme.example/clip_42.mp4","error":null,"region":"eu-1"}
            """;

        Clip clip = JsonSerializer.Deserialize(Json, SoraJsonContext.Default.Clip)!;
        string output = JsonSerializer.Serialize(clip, SoraJsonContext.Default.Clip);

        Assert.Equal("clip_42", clip.Id);
        Assert.Equal(ClipStatus.Succeeded, clip.Status);
        Assert.True(clip.Status.IsTerminal);
        Assert.Equal(ClipModel.AcmeV1Max, clip.Model);
        Assert.Equal(ClipSize.Size1920x1080, clip.Size);
        Assert.Equal(ClipSeconds.Seconds10, clip.Seconds);
        Assert.Equal("https://cdn.acme.example/clip_42.mp4", clip.DownloadUrl);
        Assert.Equal("eu-1", clip.AdditionalProperties?["region"].GetString());
        JsonAssert.EveryInputFieldIsKept(Json, output);
    }

    [Fact]
    public void Clip_KeepsAnUnknownStatusAndReadsNumericSeconds()
    {
        Clip clip = JsonSerializer.Deserialize("""{"id":"edge_1","object":"clip","model":"acme-v1","status":"completed","seconds":20}""", SoraJsonContext.Default.Clip)!;

        Assert.Equal("completed", clip.Status.Value);
        Assert.False(clip.Status.IsKnown);
        Assert.False(clip.Status.IsTerminal);
        Assert.Equal(ClipSeconds.Seconds20, clip.Seconds);
    }

    [Fact]
    public void ClipList_AndErrorResponse_RoundTrip()
    {
        const string Page = """{"object":"list","data":[{"id":"clip_1","object":"clip","model":"acme-v1","status":"failed","error":{"code":"gpu_lost","message":"Try again"}}],"next_cursor":"abc"}""";
        const string Error = """{"error":{"message":"size must be 640x480 with provider edgebox","code":"bad_size"}}""";

        ClipList list = JsonSerializer.Deserialize(Page, SoraJsonContext.Default.ClipList)!;
        ErrorResponse error = JsonSerializer.Deserialize(Error, SoraJsonContext.Default.ErrorResponse)!;

        Assert.Equal("abc", list.NextCursor);
        Assert.Equal("gpu_lost", Assert.Single(list.Data).Error?.Code);
        Assert.Equal("bad_size", error.Error.Code);
        JsonAssert.EveryInputFieldIsKept(Page, JsonSerializer.Serialize(list, SoraJsonContext.Default.ClipList));
        JsonAssert.EveryInputFieldIsKept(Error, JsonSerializer.Serialize(error, SoraJsonContext.Default.ErrorResponse));
    }

    [Fact]
    public void Clip_WithoutRequiredStatus_IsRead_AndItsValidateReportsTheMissingStatus()
    {
        Clip? clip = JsonSerializer.Deserialize("""{"id":"clip_1","object":"clip","model":"acme-v1"}""", SoraJsonContext.Default.Clip);

        Assert.NotNull(clip);
        Assert.Equal("clip_1", clip.Id);
        Assert.Contains(clip.Validate().Violations, v => v.Param == "status" && v.Code == "missing_required");
    }

    [Fact]
    public void Clip_WithAStatusOfTheWrongType_IsAJsonExceptionNamingTheAcmeProperty()
    {
        JsonException exception = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize("""{"id":"clip_1","object":"clip","model":"acme-v1","status":42}""", SoraJsonContext.Default.Clip));

        Assert.Contains("status", exception.Message, StringComparison.Ordinal);
    }

    // ---- HTTP bodies ----

    [Fact]
    public async Task SoraHttpContent_SendsAnAcmeRequestAsJson()
    {
        CreateClipRequest request = new CreateClipRequest.Builder("A robot").WithModel("acme-v1-max").WithSize("1920x1080").WithSeconds(5).Build();

        using HttpContent content = SoraHttpContent.Create(request);

        Assert.Equal("application/json", content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"prompt":"A robot","model":"acme-v1-max","size":"1920x1080","seconds":"5"}"""),
            JsonNode.Parse(await content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task SoraHttpContent_SendsAnAcmeUploadAsMultipart()
    {
        byte[] png = TestImages.Create(TestImageKind.Png, 640, 480).Bytes;
        CreateClipRequest request = new CreateClipRequest.Builder("A robot").WithInputReference(FileUpload.FromBytes(png, "first.png")).Build();

        using HttpContent content = SoraHttpContent.Create(request);
        string body = await content.ReadAsStringAsync();

        Assert.Equal("multipart/form-data", content.Headers.ContentType?.MediaType);
        Assert.Contains("name=prompt", body.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("name=input_reference; filename=first.png", body.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Content-Type: image/png", body, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => SoraHttpContent.CreateJson(request));
    }
}
