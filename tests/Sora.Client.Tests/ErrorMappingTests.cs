using System.Net;
using System.Text;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>Every unsuccessful response becomes a <see cref="SoraApiException"/> that says what it can, whatever the body.</summary>
public sealed class ErrorMappingTests
{
    [Fact]
    public async Task TheErrorEnvelopeIsReadIntoTheException()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(HttpStatusCode.BadRequest, "size must be 720x1280 or 1280x720", "invalid_value", "size", "invalid_request_error")
            .WithHeader("x-request-id", "req_abc123"));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(400, e.StatusCode);
        Assert.Equal("invalid_value", e.ErrorCode);
        Assert.Equal("invalid_request_error", e.ErrorType);
        Assert.Equal("size", e.Param);
        Assert.Equal("size must be 720x1280 or 1280x720", e.ErrorMessage);
        Assert.Equal("req_abc123", e.RequestId);
        Assert.Null(e.BodyExcerpt);
        Assert.Equal("getVideo", e.OperationId);
        Assert.Equal("video_1", e.VideoId);
        Assert.Contains("getVideo for video_1", e.Message);
        Assert.Contains("HTTP 400", e.Message);
        Assert.Contains("req_abc123", e.Message);
        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task AnHtmlPageFromAProxyBecomesASanitizedExcerpt()
    {
        using var rig = new TestRig(o => o.Retry.MaxRetryAttempts = 0);
        var html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>";
        rig.Handler.Then(new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent(html, Encoding.UTF8, "text/html") });

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(502, e.StatusCode);
        Assert.Null(e.ErrorCode);
        Assert.Equal("502 Bad Gateway 502 Bad Gateway nginx", e.BodyExcerpt);
        Assert.Contains("not a JSON error object", e.Message);
        Assert.DoesNotContain("<", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public async Task AnEmptyBodyIsNamedAsSuch()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Status(HttpStatusCode.Unauthorized));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.ListModelsAsync());

        Assert.Equal(401, e.StatusCode);
        Assert.Null(e.BodyExcerpt);
        Assert.Contains("the body is empty", e.Message);
    }

    [Fact]
    public async Task ATruncatedJsonEnvelopeFallsBackToAnExcerpt()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Json("""{"error":{"message":"Model not fo""", HttpStatusCode.NotFound));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(404, e.StatusCode);
        Assert.Equal("""{"error":{"message":"Model not fo""", e.BodyExcerpt);
    }

    [Fact]
    public async Task AVeryLongBodyIsCutShort()
    {
        using var rig = new TestRig();
        rig.Handler.Then(new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent(new string('x', 100_000)) });

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.True(e.BodyExcerpt!.Length <= 201);
        Assert.EndsWith("…", e.BodyExcerpt);
    }

    [Fact]
    public async Task RetryAfterInSecondsIsRead()
    {
        using var rig = new TestRig(o => o.Retry.MaxRetryAttempts = 0);
        rig.Handler.Then(Responses.Error(HttpStatusCode.TooManyRequests, "slow down").WithRetryAfter(TimeSpan.FromSeconds(17)));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(TimeSpan.FromSeconds(17), e.RetryAfter);
    }

    [Fact]
    public async Task RetryAfterAsAnHttpDateIsMeasuredFromTheClock()
    {
        using var rig = new TestRig(o => o.Retry.MaxRetryAttempts = 0);
        var at = rig.Time.GetUtcNow().AddSeconds(42);
        rig.Handler.Then(Responses.Error(HttpStatusCode.ServiceUnavailable, "busy").WithRetryAfter(new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second, TimeSpan.Zero)));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(TimeSpan.FromSeconds(42), e.RetryAfter);
    }

    [Fact]
    public async Task ARetryAfterDateInThePastMeansNoWait()
    {
        using var rig = new TestRig(o => o.Retry.MaxRetryAttempts = 0);
        rig.Handler.Then(Responses.Error(HttpStatusCode.TooManyRequests, "busy").WithRetryAfter(rig.Time.GetUtcNow().AddHours(-1)));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(TimeSpan.Zero, e.RetryAfter);
    }

    [Fact]
    public async Task ASuccessWithABodyThatIsNotTheSchemaIsAnApiError()
    {
        using var rig = new TestRig();
        rig.Handler.Then(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>Login to the proxy</html>", Encoding.UTF8, "text/html") });

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(200, e.StatusCode);
        Assert.Equal("Login to the proxy", e.BodyExcerpt);
        Assert.Contains("returned HTTP 200", e.Message);
        Assert.Contains("not a Video", e.Message);
        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task AJobMissingARequiredProperty_IsStillReturned_AndItsValidateNamesWhatIsMissing()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Json("""{"id":"video_1","object":"video","model":"sora-2"}"""));

        var video = await rig.Client.GetAsync("video_1");

        Assert.Equal("video_1", video.Id);
        Assert.Contains(video.Validate().Violations, v => v.Param == "status" && v.Code == "missing_required");
        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task ACreateWhoseSuccessBodyIsUnreadableSaysTheJobMayExist()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Json("{\"id\":\"vid"));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.CreateAsync(new CreateVideoRequest("A cat")));

        Assert.Contains("may have accepted the job", e.Message);
        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task AServerThatEchoesTheKeyHasItMaskedEverywhere()
    {
        using var rig = new TestRig();
        rig.Handler
            .Then(Responses.Error(HttpStatusCode.Unauthorized, "Incorrect API key provided: " + TestRig.Key, "invalid_api_key", TestRig.Key)
                .WithHeader("x-request-id", "req-" + TestRig.Key))
            .Then(new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("<p>key " + TestRig.Key + " is banned</p>") });

        var envelope = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));
        var page = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        foreach (var e in new[] { envelope, page })
        {
            Assert.DoesNotContain(TestRig.Key, e.ToString());
            Assert.DoesNotContain(TestRig.Key, e.ErrorMessage ?? "");
            Assert.DoesNotContain(TestRig.Key, e.Param ?? "");
            Assert.DoesNotContain(TestRig.Key, e.RequestId ?? "");
            Assert.DoesNotContain(TestRig.Key, e.BodyExcerpt ?? "");
        }

        Assert.Contains("***", envelope.ErrorMessage);
        Assert.Equal("key *** is banned", page.BodyExcerpt);
    }
}
