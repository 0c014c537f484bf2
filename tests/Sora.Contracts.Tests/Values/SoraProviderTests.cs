namespace Sora.Contracts.Tests.Values;

/// <summary>The profiles PRODUCT.md says we ship, with the facts its contract table records for each.</summary>
public sealed class SoraProviderTests
{
    [Fact]
    public void All_ListsTheProfilesInOrder()
    {
        Assert.Equal(["openai", "azure", "unigateway", "ezmodel", "gptge", "vllm-omni", "sglang"], SoraProvider.All.Select(p => p.Id).ToArray());
        Assert.Same(SoraProvider.Openai, SoraProvider.All[0]);
        Assert.Same(SoraProvider.Gptge, SoraProvider.All[4]);
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
    [InlineData("litellm")]
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
        ArgumentException exception = Assert.Throws<ArgumentException>(() => SoraProvider.Get("litellm"));

        Assert.Contains("litellm", exception.Message, StringComparison.Ordinal);
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
