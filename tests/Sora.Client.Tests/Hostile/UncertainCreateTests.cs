using Microsoft.AspNetCore.Http;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;
using Xunit.Abstractions;

namespace Sora.Client.Tests.Hostile;

/// <summary>
/// A create or remix whose answer does not prove the server turned it away is sent once: a complete 500, a 502, 503 or
/// 504, a reset after the request went out. The error says the job may exist and how to look for it. A 429 proves
/// the request was refused and is still retried.
/// </summary>
public sealed class UncertainCreateTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Failures()
    {
        var data = new TheoryData<string, string>();
        foreach (var call in new[] { "create", "remix" })
        {
            foreach (var failure in new[] { "500", "502", "503", "504", "reset" })
            {
                data.Add(call, failure);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task AnUncertainFailureIsSentExactlyOnce_AndTheErrorSaysTheJobMayExist(string call, string failure)
    {
        await using var rig = await HostileRig.StartAsync(context => Fail(context, failure));

        var e = await Assert.ThrowsAnyAsync<SoraException>(() => call == "create"
            ? rig.Client.CreateAsync(new CreateVideoRequest("A cat"))
            : rig.Client.RemixAsync("video_1", new RemixVideoRequest("Again")));

        Assert.Equal(1, rig.Gateway.Count("POST", call == "create" ? "/v1/videos" : "/remix"));
        Assert.Single(rig.Gateway.Calls);
        Assert.True(e switch
        {
            SoraApiException api => api.RequestMayHaveBeenAccepted,
            SoraConnectionException connection => connection.RequestMayHaveBeenAccepted,
            _ => false,
        }, e.GetType().Name + ": " + e.Message);
        Assert.Contains("The server may have accepted the job, so it was not sent again; list the jobs (ListAsync)", e.Message);
    }

    [Fact]
    public async Task GenerateAfterA500PostsOnce_AndCreatesNoFile()
    {
        await using var rig = await HostileRig.StartAsync(context => Fail(context, "500"));
        using var dir = new TempDirectory();

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("cat.mp4")));

        var posts = rig.Gateway.Count("POST", "/v1/videos");
        output.WriteLine($"POSTs per GenerateAsync after a complete 500: {posts}");
        Assert.Equal(1, posts);
        Assert.Equal(500, e.StatusCode);
        Assert.True(e.RequestMayHaveBeenAccepted);
        Assert.Empty(dir.Names);
    }

    [Fact]
    public async Task A429OnCreateIsRetried_AndTheJobIsMadeOnce()
    {
        var attempts = 0;
        await using var rig = await HostileRig.StartAsync(context => Interlocked.Increment(ref attempts) == 1
            ? Replies.Json(context, """{"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}}""", StatusCodes.Status429TooManyRequests)
            : Replies.Json(context, Replies.Job("video_1")));

        var job = await rig.Client.CreateAsync(new CreateVideoRequest("A cat"));

        Assert.Equal("video_1", job.Id);
        Assert.Equal(2, rig.Gateway.Count("POST", "/v1/videos"));
    }

    [Fact]
    public async Task A429OnEveryAttemptEndsAfterTheRetriesWithoutSayingTheJobMayExist()
    {
        await using var rig = await HostileRig.StartAsync(context => Replies.Json(context, """{"error":{"message":"slow down"}}""", StatusCodes.Status429TooManyRequests));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.CreateAsync(new CreateVideoRequest("A cat")));

        Assert.Equal(1 + rig.Options.Retry.MaxRetryAttempts, rig.Gateway.Count("POST", "/v1/videos"));
        Assert.False(e.RequestMayHaveBeenAccepted);
        Assert.DoesNotContain("may have accepted", e.Message);
    }

    private static async Task Fail(HttpContext context, string failure)
    {
        if (failure == "reset")
        {
            // The request arrived whole; the connection then drops before any answer.
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Abort();
            return;
        }

        await Replies.Json(context, """{"error":{"message":"The server had an error while processing your request.","type":"server_error"}}""", int.Parse(failure, System.Globalization.CultureInfo.InvariantCulture));
    }
}
