using Sora.Client;
using Sora.Contracts;
using Sora.Emulator;

namespace Sora.Cli.Configuration;

/// <summary>
/// The emulator <c>sora generate</c> runs in-process when no server is configured, so the README's command works on a
/// machine with only the .NET SDK. Its jobs are short and it is polled fast, so that command ends in seconds.
/// </summary>
internal sealed class EmbeddedEmulator : IAsyncDisposable
{
    private static readonly TimeSpan QueuedFor = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RunningFor = TimeSpan.FromSeconds(3);

    // The client's defaults follow the seeds' advice for paid gateways (first poll 5-10 s, then growing): polite to a
    // real server, but a 4-second local job would then take up to 10 s. A loopback emulator costs nothing to poll.
    private static readonly SoraPollingOptions FastPolling = new()
    {
        FirstPollMin = TimeSpan.FromMilliseconds(250),
        FirstPollMax = TimeSpan.FromMilliseconds(500),
        MinInterval = TimeSpan.FromMilliseconds(250),
        MaxInterval = TimeSpan.FromMilliseconds(500),
        GrowthFactor = 1,
    };

    private EmbeddedEmulator(SoraEmulator emulator, SoraClient client)
    {
        Emulator = emulator;
        Client = client;
    }

    public SoraEmulator Emulator { get; }

    public SoraClient Client { get; }

    public static async Task<EmbeddedEmulator> StartAsync(SoraProvider provider, CancellationToken cancellationToken)
    {
        var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = provider, QueuedFor = QueuedFor, RunningFor = RunningFor }, cancellationToken).ConfigureAwait(false);
        var client = new SoraClient(new SoraClientOptions { BaseAddress = emulator.BaseAddress, ApiKey = emulator.ApiKey, Provider = emulator.Provider, Polling = FastPolling });
        return new EmbeddedEmulator(emulator, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync().ConfigureAwait(false);
    }
}
