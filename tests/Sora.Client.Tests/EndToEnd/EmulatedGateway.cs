using Sora.Contracts;
using Sora.Emulator;

namespace Sora.Client.Tests.EndToEnd;

/// <summary>
/// A real emulator on loopback and a real client pointed at it, both on the real clock with time compressed: jobs take
/// a fraction of a second and the client polls and backs off in milliseconds, with the production code paths.
/// </summary>
internal sealed class EmulatedGateway : IAsyncDisposable
{
    private EmulatedGateway(SoraEmulator emulator, SoraClient client)
    {
        Emulator = emulator;
        Client = client;
    }

    public SoraEmulator Emulator { get; }

    public SoraClient Client { get; }

    public static async Task<EmulatedGateway> StartAsync(SoraProvider provider, Action<SoraEmulatorOptions>? emulator = null, Action<SoraClientOptions>? client = null)
    {
        var emulatorOptions = new SoraEmulatorOptions
        {
            Provider = provider,
            QueuedFor = TimeSpan.FromMilliseconds(30),
            RunningFor = TimeSpan.FromMilliseconds(120),
        };
        emulator?.Invoke(emulatorOptions);
        var started = await SoraEmulator.StartAsync(emulatorOptions);

        var clientOptions = new SoraClientOptions
        {
            BaseAddress = started.BaseAddress,
            ApiKey = started.ApiKey,
            Provider = provider,
            Polling = new SoraPollingOptions
            {
                FirstPollMin = TimeSpan.FromMilliseconds(10),
                FirstPollMax = TimeSpan.FromMilliseconds(20),
                MinInterval = TimeSpan.FromMilliseconds(10),
                MaxInterval = TimeSpan.FromMilliseconds(60),
                Timeout = TimeSpan.FromSeconds(30),
            },
            Retry = new SoraRetryOptions
            {
                MaxRetryAttempts = 6,
                BaseDelay = TimeSpan.FromMilliseconds(5),
                MaxDelay = TimeSpan.FromMilliseconds(50),
                MaxRetryAfter = TimeSpan.FromMilliseconds(50),
            },
        };
        client?.Invoke(clientOptions);
        return new EmulatedGateway(started, new SoraClient(clientOptions));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
