using System.Net;
using System.Text;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>A profile whose errors are FastAPI's <c>{"detail": ...}</c> (its errorSchema) gets the usual API error from them.</summary>
public sealed class DetailErrorTests
{
    private static readonly SoraProvider FastApiServer = SoraProvider.All.First(p => p.ErrorSchema == nameof(DetailErrorResponse));

    [Fact]
    public async Task ATextDetail_IsTheMessage()
    {
        using var rig = new TestRig(o => o.Provider = FastApiServer);
        rig.Handler.Then(Responses.Json("""{"detail":"Video not found"}""", HttpStatusCode.NotFound));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(404, e.StatusCode);
        Assert.Equal("Video not found", e.ErrorMessage);
        Assert.Null(e.ErrorCode);
        Assert.Null(e.BodyExcerpt);
    }

    [Fact]
    public async Task AListOfFieldIssues_NamesEachField_WithTheFirstOnesKindAndField()
    {
        using var rig = new TestRig(o => o.Provider = FastApiServer);
        rig.Handler.Then(Responses.Json(
            """{"detail":[{"loc":["body","prompt"],"msg":"Field required","type":"missing"},{"loc":["body","fps",0],"msg":"Input should be a valid integer","type":"int_parsing"}]}""",
            HttpStatusCode.UnprocessableEntity));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(422, e.StatusCode);
        Assert.Equal("body.prompt: Field required; body.fps.0: Input should be a valid integer", e.ErrorMessage);
        Assert.Equal("missing", e.ErrorCode);
        Assert.Equal("prompt", e.Param);
        Assert.Null(e.BodyExcerpt);
    }

    [Theory]
    [InlineData("""{"detail":42}""")]
    [InlineData("""{"detail":""}""")]
    [InlineData("""{"detail":[]}""")]
    [InlineData("""{"detail":[{"loc":["body"]}]}""")]
    [InlineData("""{"detail":["Field required"]}""")]
    [InlineData("""{"detail":"cut""")]
    public async Task AMalformedDetail_IsReportedAsAnUnreadableBody(string body)
    {
        using var rig = new TestRig(o => o.Provider = FastApiServer);
        rig.Handler.Then(Responses.Json(body, HttpStatusCode.BadRequest));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(400, e.StatusCode);
        Assert.Null(e.ErrorMessage);
        Assert.NotNull(e.BodyExcerpt);
        Assert.Contains("not a JSON error object", e.Message);
    }

    [Fact]
    public async Task AnOversizedDetail_IsCutShort_AndNeverEchoesTheKey()
    {
        using var rig = new TestRig(o => o.Provider = FastApiServer);
        var text = "key " + TestRig.Key + " " + new string('x', 10_000);
        rig.Handler.Then(new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("{\"detail\":\"" + text + "\"}", Encoding.UTF8, "application/json") });

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.True(e.ErrorMessage!.Length <= 1001);
        Assert.StartsWith("key ***", e.ErrorMessage);
        Assert.DoesNotContain(TestRig.Key, e.ToString());
    }

    [Fact]
    public async Task ABodyLargerThanAnErrorIsRead_IsNotParsed_AndOnlyAnExcerptIsKept()
    {
        using var rig = new TestRig(o => o.Provider = FastApiServer);
        var body = "{\"detail\":\"" + new string('x', 200_000) + "\"}";
        rig.Handler.Then(new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent(body, Encoding.UTF8, "application/json") });

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Null(e.ErrorMessage);
        Assert.True(e.BodyExcerpt!.Length <= 201);
    }

    [Fact]
    public async Task WithoutAProfile_ADetailBodyIsRead_SinceTheServerIsUnknown()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Json("""{"detail":"Video not found"}""", HttpStatusCode.NotFound));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal("Video not found", e.ErrorMessage);
    }

    [Fact]
    public async Task WithAProfileThatAnswersTheEnvelope_ADetailBodyIsNotTakenForAnError()
    {
        using var rig = new TestRig(o => o.Provider = SoraProvider.All.First(p => p.ErrorSchema is null));
        rig.Handler.Then(Responses.Json("""{"detail":"Video not found"}""", HttpStatusCode.NotFound));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Null(e.ErrorMessage);
        Assert.Equal("""{"detail":"Video not found"}""", e.BodyExcerpt);
    }

    [Fact]
    public async Task TheEnvelopeIsStillReadFromSuchAServer()
    {
        using var rig = new TestRig(o => o.Provider = FastApiServer);
        rig.Handler.Then(Responses.Error(HttpStatusCode.BadRequest, "size must be 720x1280 or 1280x720", "invalid_value", "size"));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal("size must be 720x1280 or 1280x720", e.ErrorMessage);
        Assert.Equal("size", e.Param);
    }
}
