namespace Sora.Contracts.Tests.Values;

/// <summary>The profiles PRODUCT.md says we ship, with the facts its contract table records for each.</summary>
public sealed class SoraProviderTests
{
    [Fact]
    public void All_ListsTheSeedProfilesThenTheLiveServersInOrder()
    {
        Assert.Equal(["openai", "azure", "unigateway", "ezmodel", "gptge", "litellm", "new-api", "vllm-omni", "sglang"], SoraProvider.All.Select(p => p.Id).ToArray());
        Assert.Same(SoraProvider.Openai, SoraProvider.All[0]);
        Assert.Same(SoraProvider.Gptge, SoraProvider.All[4]);
    }

    [Fact]
    public void Default_IsTheFirstProfileThatIsNotRetired()
    {
        Assert.Same(SoraProvider.All.First(p => !p.IsRetired), SoraProvider.Default);
        Assert.False(SoraProvider.Default.IsRetired);
    }

    [Fact]
    public void TheLiveServers_CarryTheFactsOfTheirDocuments()
    {
        // BerriAI/litellm@050d1b1 docs/my-website/docs/videos.md.
        var litellm = SoraProvider.Litellm;
        Assert.Equal("http://localhost:4000/v1", litellm.BaseUrl);
        Assert.Equal(["x-litellm-api-key"], litellm.KeyHeaders.ToArray());
        Assert.Equal(["model"], litellm.GetRequiredProperties(nameof(CreateVideoRequest)).ToArray());
        Assert.Empty(litellm.GetRequiredProperties(nameof(RemixVideoRequest)));
        Assert.Equal(["processing"], litellm.ExtraStatuses.ToArray());
        Assert.Null(litellm.Operations);
        Assert.All(SoraOperations.All, operation => Assert.True(litellm.Supports(operation.OperationId)));

        // QuantumNous/new-api@560881c docs/openapi/relay.json: multipart only; create, get and content; dto: "unknown".
        var newApi = SoraProvider.Get("new-api");
        Assert.Equal(["multipart/form-data"], newApi.CreateContentTypes.ToArray());
        Assert.Equal(["createVideo", "getVideo", "downloadVideoContent", "listModels"], newApi.Operations!.ToArray());
        Assert.False(newApi.Supports(SoraOperations.DeleteVideo.OperationId));
        Assert.False(newApi.Supports(SoraOperations.RemixVideo.OperationId));
        Assert.Equal(["unknown"], newApi.ExtraStatuses.ToArray());
        Assert.Null(newApi.IdPrefix);

        // Neither document mentions Idempotency-Key, and no seed does: no shipped profile claims it.
        Assert.DoesNotContain(SoraProvider.All, p => p.HonoursIdempotencyKey || p.RequiresIdempotencyKey);
    }

    [Theory]
    [InlineData("ezmodel")]
    [InlineData("EZMODEL")]
    [InlineData("EzModel")]
    public void TryGet_FindsAProfileIgnoringCase(string id)
    {
        Assert.True(SoraProvider.TryGet(id, out SoraProvider? provider));
        Assert.Same(SoraProvider.Ezmodel, provider);
        Assert.Same(SoraProvider.Ezmodel, SoraProvider.Get(id));
    }

    [Theory]
    [InlineData("lite-llm")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGet_ReturnsFalseForAnUnknownProfile(string? id)
    {
        Assert.False(SoraProvider.TryGet(id, out SoraProvider? provider));
        Assert.Null(provider);
    }

    [Fact]
    public void Get_OfAnUnknownProfile_ThrowsListingTheKnownOnes()
    {
        ArgumentException exception = Assert.Throws<ArgumentException>(() => SoraProvider.Get("lite-llm"));

        Assert.Contains("lite-llm", exception.Message, StringComparison.Ordinal);
        Assert.All(["openai", "azure", "unigateway", "ezmodel", "gptge"], id => Assert.Contains(id, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Profiles_CarryTheFactsOfTheContractTable()
    {
        // PRODUCT.md: OpenAI shut its video API down on 2026-09-24; download links ~1 h.
        Assert.Equal("2026-09-24", SoraProvider.Openai.RetiredOn);
        Assert.True(SoraProvider.Openai.IsRetired);
        Assert.Equal(TimeSpan.FromHours(1), SoraProvider.Openai.DownloadUrlLifetime);

        // PRODUCT.md: Azure authenticates with the api-key header.
        Assert.Equal("api-key", SoraProvider.Azure.Auth);

        // 000_bb6aa4dec4248e13.txt: ids task_..., multipart create, base URL api.unigateway.ai/v1.
        Assert.Equal("task_", SoraProvider.Unigateway.IdPrefix);
        Assert.Contains("multipart/form-data", SoraProvider.Unigateway.CreateContentTypes);
        Assert.Equal("https://api.unigateway.ai/v1", SoraProvider.Unigateway.BaseUrl);

        // 001_d411cea1ea856dda.txt: 2 concurrent jobs, assets expire after 24 h, ids video_...
        Assert.Equal(2, SoraProvider.Ezmodel.ConcurrentJobs);
        Assert.Equal(TimeSpan.FromHours(24), SoraProvider.Ezmodel.AssetLifetime);
        Assert.Equal("video_", SoraProvider.Ezmodel.IdPrefix);
        Assert.Equal("https://api.ezmodel.cloud/v1", SoraProvider.Ezmodel.BaseUrl);

        // 002_875acc4d494673f2.txt: JSON only, base URL api.gpt.ge/v1.
        Assert.Equal(["application/json"], SoraProvider.Gptge.CreateContentTypes.ToArray());
        Assert.Equal("https://api.gpt.ge/v1", SoraProvider.Gptge.BaseUrl);
        Assert.All(SoraProvider.All.Where(p => p != SoraProvider.Azure), p => Assert.Equal("bearer", p.Auth));
    }

    [Fact]
    public void ToString_IsTheId()
    {
        Assert.Equal("unigateway", SoraProvider.Unigateway.ToString());
    }
}
