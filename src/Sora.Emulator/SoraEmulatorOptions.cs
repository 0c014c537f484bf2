using Sora.Contracts;

namespace Sora.Emulator;

/// <summary>How an emulator behaves: which provider profile it plays, its key, its clock and how jobs end.</summary>
public sealed class SoraEmulatorOptions
{
    /// <summary>
    /// The profile to play (auth header, base path, id prefix, accepted values, body forms, operations, statuses, limits).
    /// Null: <see cref="SoraProvider.Default"/>, the spec's first profile that is not retired.
    /// </summary>
    public SoraProvider? Provider { get; set; }

    /// <summary>
    /// How the <c>Idempotency-Key</c> header is treated on create and remix. Null: as the profile says
    /// (<see cref="SoraProvider.RequiresIdempotencyKey"/>, <see cref="SoraProvider.HonoursIdempotencyKey"/>); no shipped
    /// profile claims it, so set it to play a gateway that honours the header.
    /// </summary>
    public EmulatorIdempotency? IdempotencyKeys { get; set; }

    /// <summary>The API key clients must send. Null: a random key, readable from <see cref="SoraEmulator.ApiKey"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The clock jobs advance on. Tests pass a virtual clock to run minutes of work in milliseconds.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How long a job waits before it starts running.</summary>
    public TimeSpan QueuedFor { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a job runs, its progress rising evenly, before it ends.</summary>
    public TimeSpan RunningFor { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Decides which jobs fail: return the error a job ends with, or null for success. Null: every job succeeds.</summary>
    public Func<CreateVideoRequest, VideoError?>? FailJob { get; set; }

    /// <summary>When set, unfinished jobs answer with an <c>openai-poll-after-ms</c> hint of this length.</summary>
    public TimeSpan? PollAfter { get; set; }

    /// <summary>Overrides the profile's limit of jobs running at once (null: the profile's, if any).</summary>
    public int? ConcurrentJobs { get; set; }

    /// <summary>Overrides how long finished assets stay downloadable (null: the profile's, if any).</summary>
    public TimeSpan? AssetLifetime { get; set; }

    /// <summary>
    /// Called with the id of each job right after it is stored, before its answer is sent: the seam through which
    /// tests make a request fail after its job exists.
    /// </summary>
    internal Action<string>? JobStored { get; set; }

    internal void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The port must be 0 (any free port) to 65535.");
        }

        if (QueuedFor < TimeSpan.Zero || RunningFor < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(QueuedFor < TimeSpan.Zero ? nameof(QueuedFor) : nameof(RunningFor), "A job phase cannot last less than zero.");
        }

        if (ConcurrentJobs is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ConcurrentJobs), ConcurrentJobs, "At least one job must be allowed to run.");
        }

        if (ApiKey is { } key && string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException("The API key cannot be empty; leave it null for a random one.", nameof(ApiKey));
        }

        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }
}
