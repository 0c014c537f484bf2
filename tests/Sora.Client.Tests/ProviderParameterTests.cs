using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>The parameters a profile demands on an operation (requiredParameters) come from <see cref="SoraClientOptions.ProviderParameters"/>.</summary>
public sealed class ProviderParameterTests
{
    private const string EmptyList = """{"object":"list","data":[],"has_more":false}""";

    [Fact]
    public async Task AGivenValue_GoesOnTheOperationThatDeclaresIt()
    {
        using var rig = new TestRig(o =>
        {
            o.Provider = SoraProvider.Get("litellm");
            o.ProviderParameters["custom_llm_provider"] = "azure";
        });
        rig.Handler.Then(Responses.Json(EmptyList));

        await rig.Client.ListPageAsync(pageSize: 5);

        Assert.Equal("?limit=5&custom_llm_provider=azure", Assert.Single(rig.Handler.Requests).Uri.Query);
    }

    [Fact]
    public async Task AValueNoOperationDeclares_IsNotSent()
    {
        using var rig = new TestRig(o => o.ProviderParameters["not_a_parameter"] = "x");
        rig.Handler.Then(Responses.Json(EmptyList));

        await rig.Client.ListPageAsync();

        Assert.Equal(string.Empty, Assert.Single(rig.Handler.Requests).Uri.Query);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public async Task AMissingOrBlankValue_FailsBeforeSending(string? value)
    {
        using var rig = new TestRig(o =>
        {
            o.Provider = SoraProvider.Get("litellm");
            if (value is not null)
            {
                o.ProviderParameters["custom_llm_provider"] = value;
            }
        });

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => rig.Client.ListPageAsync());

        Assert.Equal(
            "Provider litellm requires the custom_llm_provider parameter on listVideos (GET /videos); give it in SoraClientOptions.ProviderParameters[\"custom_llm_provider\"].",
            e.Message);
        Assert.Empty(rig.Handler.Requests);
    }

    [Fact]
    public void NullParameters_AreANamedOptionError()
    {
        var e = Assert.Throws<ArgumentException>(() => new SoraClient(new SoraClientOptions { BaseAddress = TestRig.BaseAddress, ProviderParameters = null! }));

        Assert.Contains(nameof(SoraClientOptions.ProviderParameters), e.Message);
    }

    [Fact]
    public async Task TheValuesAreCopied_SoALaterChangeOfTheOptionsChangesNothing()
    {
        using var rig = new TestRig(o =>
        {
            o.Provider = SoraProvider.Get("litellm");
            o.ProviderParameters["custom_llm_provider"] = "openai";
        });
        rig.Options.ProviderParameters.Clear();
        rig.Handler.Then(Responses.Json(EmptyList));

        await rig.Client.ListPageAsync();

        Assert.Equal("?custom_llm_provider=openai", Assert.Single(rig.Handler.Requests).Uri.Query);
    }
}
