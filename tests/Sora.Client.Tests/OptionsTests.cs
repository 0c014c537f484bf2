using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>Options are checked when the client is made; a bad one is named; plain http is refused for remote hosts.</summary>
public sealed class OptionsTests
{
    private static ArgumentException Refused(Action<SoraClientOptions> configure)
    {
        var options = new SoraClientOptions { BaseAddress = TestRig.BaseAddress, ApiKey = TestRig.Key };
        configure(options);
        using var http = new HttpClient();
        return Assert.ThrowsAny<ArgumentException>(() => new SoraClient(http, options));
    }

    [Theory]
    [InlineData("http://api.example.test/v1")]
    [InlineData("http://10.0.0.5:8080/v1")]
    public void PlainHttpToARemoteHostIsRefused(string address)
    {
        var e = Refused(o => o.BaseAddress = new Uri(address));

        Assert.Contains("SoraClientOptions.BaseAddress", e.Message);
        Assert.Contains("AllowInsecureHttp", e.Message);
        Assert.DoesNotContain(TestRig.Key, e.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v1")]
    [InlineData("http://localhost:5000/v1")]
    [InlineData("http://[::1]:5000/v1")]
    public async Task PlainHttpToLoopbackIsAllowed(string address)
    {
        using var rig = new TestRig(o => o.BaseAddress = new Uri(address));
        rig.Handler.Then(Responses.Job("v"));

        await rig.Client.GetAsync("v");

        Assert.Equal(new Uri(address).Host, rig.Handler.Requests[0].Uri.Host);
    }

    [Fact]
    public async Task PlainHttpToARemoteHostIsAllowedWithTheFlag()
    {
        using var rig = new TestRig(o =>
        {
            o.BaseAddress = new Uri("http://gateway.internal/v1");
            o.AllowInsecureHttp = true;
        });
        rig.Handler.Then(Responses.Job("v"));

        await rig.Client.GetAsync("v");

        Assert.Equal("http://gateway.internal/v1/videos/v", rig.Handler.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task TheProvidersDocumentedBaseAddressIsCalled()
    {
        using var handler = new ScriptedHandler();
        handler.Then(Responses.Job("v"));
        using var http = new HttpClient(handler);
        using var client = new SoraClient(http, new SoraClientOptions { Provider = SoraProvider.Unigateway, ApiKey = TestRig.Key });

        await client.GetAsync("v");

        Assert.Equal(SoraProvider.Unigateway.BaseUrl + "/videos/v", handler.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public void AProviderWhoseBaseUrlHasAPlaceholderNeedsABaseAddress()
    {
        var e = Refused(o =>
        {
            o.BaseAddress = null;
            o.Provider = SoraProvider.Azure;
        });

        Assert.Contains("SoraClientOptions.BaseAddress is required", e.Message);
        Assert.Contains("{resource}", e.Message);
    }

    [Fact]
    public void NoBaseAddressAndNoProviderIsRefused()
    {
        Assert.Contains("SoraClientOptions.BaseAddress is required", Refused(o => o.BaseAddress = null).Message);
    }

    [Theory]
    [InlineData("ftp://files.example.test/")]
    [InlineData("https://user:pw@api.example.test/v1")]
    [InlineData("https://api.example.test/v1?api-version=1")]
    public void ABaseAddressThatIsNotAPlainHttpUrlIsRefused(string address)
    {
        var e = Refused(o => o.BaseAddress = new Uri(address));

        Assert.Contains("SoraClientOptions.BaseAddress", e.Message);
        Assert.DoesNotContain("pw@", e.Message);
    }

    [Theory]
    [InlineData("sk-abc\n")]
    [InlineData("sk-abc\r\nX-Injected: 1")]
    [InlineData("   ")]
    public void AKeyWithControlCharactersOrOnlyBlanksIsRefusedWithoutQuotingIt(string key)
    {
        var e = Refused(o => o.ApiKey = key);

        Assert.Contains("SoraClientOptions.ApiKey", e.Message);
        Assert.DoesNotContain("sk-abc", e.Message);
    }

    public static TheoryData<string, Action<SoraClientOptions>> BadOptions => new()
    {
        { "Polling.FirstPollMax", o => o.Polling.FirstPollMax = TimeSpan.FromSeconds(1) },
        { "Polling.FirstPollMin", o => o.Polling.FirstPollMin = TimeSpan.FromSeconds(-1) },
        { "Polling.GrowthFactor", o => o.Polling.GrowthFactor = 0.5 },
        { "Polling.JitterFraction", o => o.Polling.JitterFraction = 1 },
        { "Polling.MinInterval", o => o.Polling.MinInterval = TimeSpan.Zero },
        { "Polling.MaxInterval", o => o.Polling.MaxInterval = TimeSpan.FromMilliseconds(10) },
        { "Polling.Timeout", o => o.Polling.Timeout = TimeSpan.Zero },
        { "Retry.MaxRetryAttempts", o => o.Retry.MaxRetryAttempts = -1 },
        { "Retry.BaseDelay", o => o.Retry.BaseDelay = TimeSpan.FromSeconds(-1) },
        { "Retry.MaxDelay", o => o.Retry.MaxDelay = TimeSpan.FromMilliseconds(1) },
        { "Retry.MaxRetryAfter", o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(-5) },
        { "TimeProvider", o => o.TimeProvider = null! },
        { "MaxJsonResponseBytes", o => o.MaxJsonResponseBytes = 0 },
        { "MaxDownloadBytes", o => o.MaxDownloadBytes = -1 },
        { "Polling", o => o.Polling = null! },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void ABadOptionIsNamed(string option, Action<SoraClientOptions> configure)
    {
        Assert.Contains("SoraClientOptions." + option + " ", Refused(configure).Message);
    }

    [Fact]
    public async Task ChangingTheOptionsAfterwardsChangesNothing()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Job("v"));

        rig.Options.BaseAddress = new Uri("https://elsewhere.example.org/");
        rig.Options.ApiKey = "another";
        rig.Options.Retry.MaxRetryAttempts = -1;
        await rig.Client.GetAsync("v");

        Assert.Equal("api.example.test", rig.Handler.Requests[0].Uri.Host);
        Assert.Equal("Bearer " + TestRig.Key, rig.Handler.Requests[0].Header("Authorization"));
    }

    [Fact]
    public void ToStringMasksTheKey()
    {
        var options = new SoraClientOptions { BaseAddress = TestRig.BaseAddress, ApiKey = TestRig.Key, Provider = SoraProvider.Azure };

        var text = options.ToString();

        Assert.DoesNotContain(TestRig.Key, text);
        Assert.Contains("ApiKey = ***", text);
        Assert.Contains("https://api.example.test/v1", text);
        Assert.Contains("Provider = azure", text);
        Assert.Contains("MaxJsonResponseBytes = 33554432", text);
        Assert.Contains("MaxDownloadBytes = 1073741824", text);
    }

    [Fact]
    public void ToStringSaysWhenThereIsNoKey()
    {
        Assert.Contains("ApiKey = (none)", new SoraClientOptions().ToString());
    }
}
