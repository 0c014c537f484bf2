using Microsoft.AspNetCore.Http;
using Sora.Client.Tests.Infrastructure;
using Sora.Testing.Hostile;

namespace Sora.Client.Tests.Hostile;

/// <summary>
/// The real <see cref="SoraClient"/> (its own HttpClient and handler) against a <see cref="HostileGateway"/> on
/// loopback, reached through a <see cref="CountingRelay"/>, with the default retry count and limits, a virtual clock
/// (backoffs and polls end at once) and a capturing logger.
/// </summary>
internal sealed class HostileRig : IAsyncDisposable
{
    public const string Key = "sk-hostile-K3yZ-0123456789abcdef";

    private HostileRig(HostileGateway gateway, CountingRelay relay, SoraClient client, SoraClientOptions options)
    {
        Gateway = gateway;
        Relay = relay;
        Client = client;
        Options = options;
    }

    public HostileGateway Gateway { get; }

    public CountingRelay Relay { get; }

    public SoraClient Client { get; }

    public SoraClientOptions Options { get; }

    public CapturingLogger Logger => (CapturingLogger)Options.Logger!;

    public static async Task<HostileRig> StartAsync(RequestDelegate handler, Action<SoraClientOptions>? configure = null)
    {
        var gateway = await HostileGateway.StartAsync(handler);
        var relay = CountingRelay.Start(gateway.Origin);
        var options = new SoraClientOptions
        {
            BaseAddress = new Uri(relay.Origin, gateway.BaseAddress.AbsolutePath),
            ApiKey = Key,
            TimeProvider = new VirtualTimeProvider(),
            Logger = new CapturingLogger(),
        };
        options.Polling.Timeout = TimeSpan.FromMinutes(2);
        configure?.Invoke(options);
        return new HostileRig(gateway, relay, new SoraClient(options), options);
    }

    /// <summary>Closes the client's connections and returns every byte the relay delivered to it.</summary>
    public Task<long> BytesDeliveredAsync()
    {
        Client.Dispose();
        return Relay.BytesToClientOnceClosedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Relay.DisposeAsync();
        await Gateway.DisposeAsync();
    }
}
