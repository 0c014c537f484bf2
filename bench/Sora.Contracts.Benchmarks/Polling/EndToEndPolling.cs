using Sora.Client;
using Sora.Emulator;

namespace Sora.Contracts.Benchmarks.Polling;

/// <summary>
/// The real <see cref="SoraClient.WaitForCompletionAsync"/> against the real emulator over loopback HTTP, both on one
/// <see cref="VirtualClock"/>. The driver moves the clock only when the client is parked on a timer, so each poll reads
/// the job's state at exactly the virtual instant the client's schedule chose.
/// </summary>
internal sealed class EndToEndPolling : IAsyncDisposable
{
    // Every job waits this long in the queue and runs for the rest of its length; the client cannot tell the phases
    // apart (it stops at the first final status), so only the total matters.
    public static readonly TimeSpan Queued = TimeSpan.FromSeconds(5);

    private readonly SoraEmulator _emulator;
    private readonly VirtualClock _clock;
    private readonly RequestCounter _counter;
    private readonly HttpClient _http;
    private readonly SoraClient _client;
    private readonly CreateVideoRequest _request;
    private readonly TimeSpan _job;

    private EndToEndPolling(SoraEmulator emulator, VirtualClock clock, RequestCounter counter, HttpClient http, SoraClient client, CreateVideoRequest request, TimeSpan job)
    {
        _emulator = emulator;
        _clock = clock;
        _counter = counter;
        _http = http;
        _client = client;
        _request = request;
        _job = job;
    }

    /// <summary>Starts an emulator whose jobs last <paramref name="job"/> and a client with the given polling options.</summary>
    public static async Task<EndToEndPolling> StartAsync(TimeSpan job, TimeSpan? pollAfter, SoraPollingOptions polling)
    {
        var clock = new VirtualClock();
        var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions
        {
            TimeProvider = clock,
            QueuedFor = Queued,
            RunningFor = job - Queued,
            PollAfter = pollAfter,
        }).ConfigureAwait(false);
        var counter = new RequestCounter(new SocketsHttpHandler { AllowAutoRedirect = false });
        var http = new HttpClient(counter);
        var client = new SoraClient(http, new SoraClientOptions
        {
            BaseAddress = emulator.BaseAddress,
            ApiKey = emulator.ApiKey,
            Provider = emulator.Provider,
            Polling = polling,
            TimeProvider = clock,
        });
        var request = new CreateVideoRequest.Builder("A lighthouse in a storm, slow dolly in").WithSize("1280x720").WithSeconds("8").Build(emulator.Provider);
        return new EndToEndPolling(emulator, clock, counter, http, client, request, job);
    }

    /// <summary>Creates one job and waits for it with the client, in virtual time.</summary>
    public async Task<WaitOutcome> WaitOnceAsync()
    {
        var created = await _client.CreateAsync(_request).ConfigureAwait(false);
        var completesAt = _clock.GetUtcNow() + _job;
        _counter.Reset();
        var wait = _client.WaitForCompletionAsync(created.Id);
        while (!wait.IsCompleted)
        {
            await Task.WhenAny(wait, _clock.WhenTimerPendingAsync()).ConfigureAwait(false);
            if (!wait.IsCompleted)
            {
                _clock.FireEarliest();
            }
        }

        var done = await wait.ConfigureAwait(false);
        if (done.Status != VideoStatus.Lifecycle.Success)
        {
            throw new InvalidOperationException("The job ended as " + done.Status.Value + ".");
        }

        return new WaitOutcome(_job, _counter.Gets, _clock.GetUtcNow() - completesAt);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _http.Dispose();
        await _emulator.DisposeAsync().ConfigureAwait(false);
    }
}
