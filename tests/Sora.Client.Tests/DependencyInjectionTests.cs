using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Sora.Client.Tests.Infrastructure;

namespace Sora.Client.Tests;

/// <summary><c>AddSoraClient</c>: a typed client of IHttpClientFactory whose handler does not follow redirects.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task TheRegisteredClientUsesTheConfiguredOptions()
    {
        var handler = new ScriptedHandler();
        handler.Then(Responses.Job("video_1"));
        var services = new ServiceCollection();
        services.AddSoraClient(o =>
        {
            o.BaseAddress = TestRig.BaseAddress;
            o.ApiKey = TestRig.Key;
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<SoraClient>();
        await client.GetAsync("video_1");

        Assert.Equal("https://api.example.test/v1/videos/video_1", handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("Bearer " + TestRig.Key, handler.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task ThePrimaryHandlerDoesNotFollowRedirects()
    {
        var services = new ServiceCollection();
        services.AddSoraClient(o => o.BaseAddress = TestRig.BaseAddress);
        await using var provider = services.BuildServiceProvider();

        var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(nameof(SoraClient));
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        Assert.False(Assert.IsType<SocketsHttpHandler>(handler).AllowAutoRedirect);
    }

    [Fact]
    public async Task TheContainersLoggerIsUsedWhenTheOptionsSetNone()
    {
        var logger = new CapturingLogger();
        var handler = new ScriptedHandler();
        handler.Then(Responses.Job("video_1"));
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new SingleLoggerProvider(logger)).SetMinimumLevel(LogLevel.Trace));
        services.AddSoraClient(o => o.BaseAddress = TestRig.BaseAddress).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<SoraClient>().GetAsync("video_1");

        Assert.Contains(logger.Entries, e => e.Contains("GET /v1/videos/video_1 returned 200"));
    }

    [Fact]
    public async Task BadOptionsAreReportedByNameWhenTheClientIsResolved()
    {
        var services = new ServiceCollection();
        services.AddSoraClient(o => o.BaseAddress = new Uri("http://api.example.test/v1"));
        await using var provider = services.BuildServiceProvider();

        var e = Assert.ThrowsAny<ArgumentException>(() => provider.GetRequiredService<SoraClient>());

        Assert.Contains("SoraClientOptions.BaseAddress", e.Message);
    }

    private sealed class SingleLoggerProvider(ILogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}
