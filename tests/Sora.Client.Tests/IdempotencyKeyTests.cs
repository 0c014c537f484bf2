using System.Net;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>
/// Creates that are safe to repeat by construction: where the server honours <c>Idempotency-Key</c>, one key per
/// logical create, the same on every attempt, and an uncertain create retried as a GET is; elsewhere today's rule.
/// </summary>
public sealed class IdempotencyKeyTests
{
    [Fact]
    public async Task WhereTheServerHonoursTheKey_AnUncertainCreateIsRetriedWithTheSameKey()
    {
        using var rig = new TestRig(options => options.IdempotencyKeys = true);
        rig.Handler
            .Then(Responses.Error(HttpStatusCode.InternalServerError, "upstream failed", "server_error"))
            .ThenThrow(new HttpRequestException(HttpRequestError.ResponseEnded, "the connection closed after the request was sent"))
            .Then(Responses.Job("video_1"));

        var video = await rig.Client.CreateAsync(new CreateVideoRequest("a cat"));

        Assert.Equal("video_1", video.Id);
        var keys = rig.Handler.Requests.Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.Equal(3, keys.Count);
        Assert.All(keys, key => Assert.Equal(keys[0], key));
        Assert.Matches("^\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"$", keys[0]);
        Assert.DoesNotContain(TestRig.Key, keys[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachLogicalCreate_HasItsOwnKey()
    {
        using var rig = new TestRig(options => options.IdempotencyKeys = true);
        rig.Handler.Then(Responses.Job("video_1")).Then(Responses.Job("video_2"));

        await rig.Client.CreateAsync(new CreateVideoRequest("a cat"));
        await rig.Client.CreateAsync(new CreateVideoRequest("a cat"));

        Assert.NotEqual(rig.Handler.Requests[0].Header("Idempotency-Key"), rig.Handler.Requests[1].Header("Idempotency-Key"));
    }

    [Fact]
    public async Task WhereTheServerHonoursTheKey_A409IsWaitedOut_ButA422IsNot()
    {
        using var rig = new TestRig(options => options.IdempotencyKeys = true);
        rig.Handler
            .Then(Responses.Error(HttpStatusCode.Conflict, "still processing", "idempotency_key_in_use"))
            .Then(Responses.Job("video_1"))
            .Then(Responses.Error(HttpStatusCode.UnprocessableEntity, "key reused", "idempotency_key_reused"));

        Assert.Equal("video_1", (await rig.Client.CreateAsync(new CreateVideoRequest("a cat"), "order-42")).Id);
        var reused = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.CreateAsync(new CreateVideoRequest("a dog"), "order-42"));

        Assert.Equal(422, reused.StatusCode);
        Assert.Equal(3, rig.Handler.Requests.Count);
        Assert.All(rig.Handler.Requests, r => Assert.Equal("\"order-42\"", r.Header("Idempotency-Key")));
    }

    [Fact]
    public async Task WhereTheServerDoesNotHonourTheKey_AnUncertainCreateIsNotRepeated_AndNoKeyIsSent()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(HttpStatusCode.InternalServerError, "upstream failed", "server_error"));

        var error = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.CreateAsync(new CreateVideoRequest("a cat")));

        Assert.True(error.RequestMayHaveBeenAccepted);
        Assert.Single(rig.Handler.Requests);
        Assert.Null(rig.Handler.Requests[0].Header("Idempotency-Key"));
    }

    [Fact]
    public async Task ACallersKey_IsSentEvenToAServerNotKnownToHonourIt_ButTheCreateIsStillNotRepeated()
    {
        using var rig = new TestRig();
        rig.Handler.ThenThrow(new HttpRequestException(HttpRequestError.ResponseEnded, "the connection closed after the request was sent"));

        var error = await Assert.ThrowsAsync<SoraConnectionException>(() => rig.Client.CreateAsync(new CreateVideoRequest("a cat"), "order-7"));

        Assert.True(error.RequestMayHaveBeenAccepted);
        Assert.Equal("\"order-7\"", Assert.Single(rig.Handler.Requests).Header("Idempotency-Key"));
    }

    [Fact]
    public async Task ARemix_IsKeyedAndRetriedTheSameWay()
    {
        using var rig = new TestRig(options => options.IdempotencyKeys = true);
        rig.Handler.Then(Responses.Error(HttpStatusCode.BadGateway, "bad gateway")).Then(Responses.Job("video_2"));

        var remix = await rig.Client.RemixAsync("video_1", new RemixVideoRequest("at dawn"));

        Assert.Equal("video_2", remix.Id);
        Assert.Equal(2, rig.Handler.Requests.Count);
        Assert.Equal(rig.Handler.Requests[0].Header("Idempotency-Key"), rig.Handler.Requests[1].Header("Idempotency-Key"));
        Assert.NotNull(rig.Handler.Requests[0].Header("Idempotency-Key"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has \"quotes\"")]
    [InlineData("line\nbreak")]
    [InlineData("ключ")]
    public async Task AKeyThatCannotTravelAsAStructuredString_IsRefusedBeforeSending(string key)
    {
        using var rig = new TestRig(options => options.IdempotencyKeys = true);

        await Assert.ThrowsAsync<ArgumentException>(() => rig.Client.CreateAsync(new CreateVideoRequest("a cat"), key));

        Assert.Empty(rig.Handler.Requests);
    }

    [Fact]
    public void TheOptionsShowWhetherKeysAreSent()
    {
        Assert.Contains("IdempotencyKeys = (provider)", new SoraClientOptions().ToString(), StringComparison.Ordinal);
        Assert.Contains("IdempotencyKeys = True", new SoraClientOptions { IdempotencyKeys = true }.ToString(), StringComparison.Ordinal);
    }
}
