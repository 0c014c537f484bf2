using System.Net;
using System.Net.Sockets;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>
/// What is retried and how often. Repeatable calls are retried on 429, 5xx and network failures; a call that starts
/// a job only when the server certainly did not accept it (a 429, a connection never made).
/// </summary>
public sealed class RetryTests
{
    private static HttpRequestException ConnectRefused() =>
        new(HttpRequestError.ConnectionError, "Connection refused (api.example.test:443)", new SocketException((int)SocketError.ConnectionRefused));

    private static HttpRequestException ResetAfterSend() =>
        new(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("Connection reset by peer"));

    private static TaskCanceledException HttpClientTimeout() =>
        new("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException());

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task AGetIsRetriedOnATransientStatusUntilItSucceeds(HttpStatusCode status)
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(status, "try later")).Then(Responses.Error(status, "try later")).Then(Responses.Job("video_1"));

        var job = await rig.Client.GetAsync("video_1");

        Assert.Equal("video_1", job.Id);
        Assert.Equal(3, rig.Handler.Requests.Count);
    }

    [Fact]
    public async Task AGetGivesUpAfterTheConfiguredRetriesWithTheLastError()
    {
        using var rig = new TestRig(o => o.Retry.MaxRetryAttempts = 2);
        rig.Handler.Otherwise = _ => Responses.Error(HttpStatusCode.ServiceUnavailable, "down");

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(503, e.StatusCode);
        Assert.Equal(3, rig.Handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task AStatusTheSpecCallsFinalIsNotRetried(HttpStatusCode status)
    {
        using var rig = new TestRig();
        rig.Handler.Otherwise = _ => Responses.Error(status, "no");

        await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task AGetIsRetriedAfterConnectionFailuresAndTimeouts()
    {
        using var rig = new TestRig();
        rig.Handler.ThenThrow(ConnectRefused()).ThenThrow(ResetAfterSend()).ThenThrow(HttpClientTimeout()).Then(Responses.Job("video_1"));

        var job = await rig.Client.GetAsync("video_1");

        Assert.Equal("video_1", job.Id);
        Assert.Equal(4, rig.Handler.Requests.Count);
    }

    [Fact]
    public async Task AGetThatKeepsFailingToConnectEndsInAConnectionException()
    {
        using var rig = new TestRig(o => o.Retry.MaxRetryAttempts = 1);
        rig.Handler.Otherwise = _ => throw ConnectRefused();

        var e = await Assert.ThrowsAsync<SoraConnectionException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(SoraConnectionFailure.ConnectFailed, e.Failure);
        Assert.False(e.RequestMayHaveBeenAccepted);
        Assert.IsType<HttpRequestException>(e.InnerException);
        Assert.Equal(2, rig.Handler.Requests.Count);
    }

    [Fact]
    public async Task DeleteIsRetried()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(HttpStatusCode.InternalServerError, "oops")).Then(Responses.Json("""{"id":"v","object":"video.deleted","deleted":true}"""));

        await rig.Client.DeleteAsync("v");

        Assert.Equal(2, rig.Handler.Requests.Count);
    }

    [Fact]
    public async Task CreateIsNotRetriedAfterATimeout()
    {
        using var rig = new TestRig();
        rig.Handler.ThenThrow(HttpClientTimeout()).Then(Responses.Job("video_dup"));

        var e = await Assert.ThrowsAsync<SoraConnectionException>(() => rig.Client.CreateAsync(new CreateVideoRequest("A cat")));

        Assert.True(e.RequestMayHaveBeenAccepted);
        Assert.Equal(SoraConnectionFailure.TimedOut, e.Failure);
        Assert.Equal("createVideo", e.OperationId);
        Assert.Contains("may have accepted the job", e.Message);
        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task CreateIsNotRetriedAfterAResetOnceSent()
    {
        using var rig = new TestRig();
        rig.Handler.ThenThrow(ResetAfterSend()).Then(Responses.Job("video_dup"));

        var e = await Assert.ThrowsAsync<SoraConnectionException>(() => rig.Client.CreateAsync(new CreateVideoRequest("A cat")));

        Assert.True(e.RequestMayHaveBeenAccepted);
        Assert.Equal(SoraConnectionFailure.SendFailed, e.Failure);
        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task CreateIsNotRetriedWhenTheSuccessBodyBreaksOff()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.BrokenMedia(System.Text.Encoding.UTF8.GetBytes(Responses.JobJson("video_1")), sent: 10, "application/json")).Then(Responses.Job("video_dup"));

        var e = await Assert.ThrowsAsync<SoraConnectionException>(() => rig.Client.CreateAsync(new CreateVideoRequest("A cat")));

        Assert.True(e.RequestMayHaveBeenAccepted);
        Assert.Equal(SoraConnectionFailure.ResponseInterrupted, e.Failure);
        Assert.Single(rig.Handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task CreateIsNotRetriedAfterA5xxSinceTheJobMayExist(HttpStatusCode status)
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(status, "upstream")).Then(Responses.Job("video_dup"));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.CreateAsync(new CreateVideoRequest("A cat")));

        Assert.Equal((int)status, e.StatusCode);
        Assert.True(e.RequestMayHaveBeenAccepted);
        Assert.Contains("may have accepted the job", e.Message);
        Assert.Contains("ListAsync", e.Message);
        Assert.Single(rig.Handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task ARefusedCreateSaysNoJobWasStarted(HttpStatusCode status)
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(status, "no"));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.CreateAsync(new CreateVideoRequest("A cat")));

        Assert.False(e.RequestMayHaveBeenAccepted);
        Assert.DoesNotContain("may have accepted", e.Message);
        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task CreateIsRetriedAfterA429WhichTurnedItAway()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(HttpStatusCode.TooManyRequests, "not now")).Then(Responses.Job("video_1"));

        var job = await rig.Client.CreateAsync(new CreateVideoRequest("A cat"));

        Assert.Equal("video_1", job.Id);
        Assert.Equal(2, rig.Handler.Requests.Count);
        Assert.Equal(rig.Handler.Requests[0].BodyText, rig.Handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task CreateIsRetriedWhenTheConnectionWasRefused()
    {
        using var rig = new TestRig();
        rig.Handler.ThenThrow(ConnectRefused()).Then(Responses.Job("video_1"));

        var job = await rig.Client.CreateAsync(new CreateVideoRequest("A cat"));

        Assert.Equal("video_1", job.Id);
        Assert.Equal(2, rig.Handler.Requests.Count);
    }

    [Fact]
    public async Task AMultipartCreateIsSentWholeAgainOnRetry()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(HttpStatusCode.TooManyRequests, "slow")).Then(Responses.Job("video_1"));
        var request = new CreateVideoRequest("Animate") { InputReference = FileUpload.FromBytes(Images.Png(720, 1280), "a.png") };

        await rig.Client.CreateAsync(request);

        Assert.All(rig.Handler.Requests, r => Assert.Contains("filename=\"a.png\"", r.BodyText));
    }

    [Fact]
    public async Task RemixIsNotRetriedAfterATimeout()
    {
        using var rig = new TestRig();
        rig.Handler.ThenThrow(HttpClientTimeout());

        var e = await Assert.ThrowsAsync<SoraConnectionException>(() => rig.Client.RemixAsync("video_1", new RemixVideoRequest("again")));

        Assert.True(e.RequestMayHaveBeenAccepted);
        Assert.Equal("video_1", e.VideoId);
        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task RetryAfterIsHonoured()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(HttpStatusCode.TooManyRequests, "slow").WithRetryAfter(TimeSpan.FromSeconds(7))).Then(Responses.Job("video_1"));

        await rig.Client.GetAsync("video_1");

        Assert.Equal([TimeSpan.FromSeconds(7)], rig.Time.Delays);
    }

    [Fact]
    public async Task RetryAfterIsCappedAtMaxRetryAfter()
    {
        using var rig = new TestRig(o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(20));
        rig.Handler.Then(Responses.Error(HttpStatusCode.TooManyRequests, "slow").WithRetryAfter(TimeSpan.FromHours(1))).Then(Responses.Job("video_1"));

        await rig.Client.GetAsync("video_1");

        Assert.Equal([TimeSpan.FromSeconds(20)], rig.Time.Delays);
    }

    [Fact]
    public async Task WithoutRetryAfterTheBackoffGrowsExponentiallyUpToMaxDelay()
    {
        using var rig = new TestRig(o =>
        {
            o.Retry.MaxRetryAttempts = 5;
            o.Retry.UseJitter = false;
            o.Retry.BaseDelay = TimeSpan.FromSeconds(1);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        });
        rig.Handler.Otherwise = _ => Responses.Error(HttpStatusCode.InternalServerError, "down");

        await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal([1, 2, 4, 5, 5], rig.Time.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task JitteredBackoffStaysPositiveAndUnderMaxDelay()
    {
        using var rig = new TestRig(o => o.Retry.MaxRetryAttempts = 6);
        rig.Handler.Otherwise = _ => Responses.Error(HttpStatusCode.InternalServerError, "down");

        await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(6, rig.Time.Delays.Count);
        Assert.All(rig.Time.Delays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(1), rig.Options.Retry.MaxDelay));
    }

    [Fact]
    public async Task ZeroRetriesSendsOnce()
    {
        using var rig = new TestRig(o => o.Retry.MaxRetryAttempts = 0);
        rig.Handler.Otherwise = _ => Responses.Error(HttpStatusCode.ServiceUnavailable, "down");

        await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task CancellationStopsRetriesAndIsNotWrapped()
    {
        using var rig = new TestRig();
        using var cancel = new CancellationTokenSource();
        rig.Handler.Then(_ =>
        {
            cancel.Cancel();
            return Responses.Error(HttpStatusCode.ServiceUnavailable, "down");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rig.Client.GetAsync("video_1", cancel.Token));

        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task RetriesAreLoggedWithOperationAttemptAndStatus()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(HttpStatusCode.TooManyRequests, "slow")).Then(Responses.Job("video_1"));

        await rig.Client.GetAsync("video_1");

        Assert.Contains(rig.Logger.Entries, e => e.Contains("getVideo: retry 1") && e.Contains("HTTP 429"));
        Assert.Contains(rig.Logger.Entries, e => e.Contains("GET /v1/videos/video_1 returned 429"));
    }
}
