using System.Net;
using System.Net.Http.Headers;
using Sora.Contracts;

namespace Sora.Client.Tests.EndToEnd;

/// <summary>
/// The client against the emulator playing the live servers' remaining rules: the operations vLLM-Omni and SGLang
/// offer, SGLang's FastAPI error body, LiteLLM's list that needs its upstream named.
/// </summary>
public sealed class LiveServerProfileRulesTests
{
    [Theory]
    [InlineData("vllm-omni")]
    [InlineData("sglang")]
    public async Task ARemix_IsRefusedLocallyNamingTheProviderAndTheOperation_AndTheServerDoesNotServeIt(string id)
    {
        var provider = SoraProvider.Get(id);
        await using var gateway = await EmulatedGateway.StartAsync(provider);
        var job = await gateway.Client.CreateAsync(new CreateVideoRequest("a cat"));

        var refused = await Assert.ThrowsAsync<NotSupportedException>(() => gateway.Client.RemixAsync(job.Id, new RemixVideoRequest("a dog")));
        Assert.Contains("Provider " + id, refused.Message);
        Assert.Contains("remixVideo", refused.Message);

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway.Emulator.BaseAddress + "/videos/" + job.Id + "/remix"))
        {
            Content = new StringContent("""{"prompt":"a dog"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Emulator.ApiKey);
        using var answer = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Single(gateway.Emulator.Jobs);
    }

    [Theory]
    [InlineData("vllm-omni")]
    [InlineData("sglang")]
    public async Task TheOfferedOperations_WorkEndToEnd(string id)
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get(id));
        using var folder = new TempFolder();

        var result = await gateway.Client.GenerateAsync(new CreateVideoRequest("a cat"), folder.File("cat.mp4"));
        Assert.Equal(gateway.Emulator.GetMedia(result.Job.Id, VideoContentVariant.Default), await File.ReadAllBytesAsync(result.Download.Path));
        var listed = await gateway.Client.ListPageAsync();
        var deleted = await gateway.Client.DeleteAsync(result.Job.Id);

        Assert.Equal(result.Job.Id, Assert.Single(listed.Data).Id);
        Assert.True(deleted.Deleted);
    }

    [Fact]
    public async Task SGLangsErrors_ComeAsFastApiDetail_AndBecomeTheUsualApiError()
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get("sglang"));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => gateway.Client.GetAsync("video_missing"));

        Assert.Equal(404, e.StatusCode);
        Assert.Contains("video_missing", e.ErrorMessage);
        Assert.Null(e.BodyExcerpt);
        Assert.DoesNotContain(gateway.Emulator.ApiKey, e.ToString());
    }

    [Fact]
    public async Task LiteLlm_AListWithoutTheUpstream_IsRefusedLocally_NamingTheParameterAndTheProvider()
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get("litellm"));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => gateway.Client.ListPageAsync());

        Assert.Contains("custom_llm_provider", e.Message);
        Assert.Contains("litellm", e.Message);
        Assert.Contains(nameof(SoraClientOptions.ProviderParameters), e.Message);
    }

    [Fact]
    public async Task LiteLlm_AListWithTheUpstream_IsSentWithItAndAnswered()
    {
        await using var gateway = await EmulatedGateway.StartAsync(
            SoraProvider.Get("litellm"), client: o => o.ProviderParameters["custom_llm_provider"] = "openai");
        var job = await gateway.Client.CreateAsync(new CreateVideoRequest("a cat") { Model = "sora-2" });

        var listed = new List<Video>();
        await foreach (var video in gateway.Client.ListAsync())
        {
            listed.Add(video);
        }

        Assert.Equal(job.Id, Assert.Single(listed).Id);
    }
}
