using Sora.Contracts;
using Sora.Emulator.Faults;
using Sora.Emulator.Jobs;

namespace Sora.Emulator.Http;

/// <summary>What the endpoints share: the profile, the key, the jobs, the faults and where <c>video_url</c> links point.</summary>
internal sealed class EmulatorState : IDisposable
{
    private int _credentialedFileRequests;

    public EmulatorState(SoraEmulatorOptions options, SoraProvider provider, string apiKey)
    {
        Options = options;
        Provider = provider;
        ApiKey = apiKey;
        Jobs = new JobStore(options, provider);
        AssetLifetime = options.AssetLifetime ?? provider.AssetLifetime;
        Idempotency = options.IdempotencyKeys
            ?? (provider.RequiresIdempotencyKey ? EmulatorIdempotency.Required : provider.HonoursIdempotencyKey ? EmulatorIdempotency.Honoured : EmulatorIdempotency.Ignored);
    }

    public SoraEmulatorOptions Options { get; }

    public SoraProvider Provider { get; }

    public string ApiKey { get; }

    public JobStore Jobs { get; }

    public EmulatorFaults Faults { get; } = new();

    public TimeSpan? AssetLifetime { get; }

    public EmulatorIdempotency Idempotency { get; }

    public IdempotencyStore IdempotencyKeys { get; } = new();

    /// <summary>The root of <c>video_url</c> links: the same server under another host name (set once listening).</summary>
    public string? FilesRoot { get; set; }

    public int CredentialedFileRequests => Volatile.Read(ref _credentialedFileRequests);

    public void CountCredentialedFileRequest() => Interlocked.Increment(ref _credentialedFileRequests);

    public Video Snapshot(EmulatedJob job) =>
        job.Snapshot(Jobs.Now, AssetLifetime, Provider.ReturnsVideoUrl && FilesRoot is not null ? FilesRoot + job.Id : null, Provider.ExtraStatuses.FirstOrDefault());

    public void Dispose() => Jobs.Dispose();
}
