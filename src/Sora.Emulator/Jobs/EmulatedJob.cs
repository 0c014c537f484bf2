using System.Globalization;
using Sora.Contracts;
using Sora.Contracts.Images;

namespace Sora.Emulator.Jobs;

/// <summary>
/// One job. Its state is not stored but read off the clock: queued, then running with progress rising, then done, so a
/// virtual clock moves every job consistently.
/// </summary>
internal sealed class EmulatedJob
{
    public EmulatedJob(string id, CreateVideoRequest request, string? remixedFrom, DateTimeOffset createdAt, DateTimeOffset startsAt, DateTimeOffset endsAt, VideoError? error)
    {
        Id = id;
        Prompt = request.Prompt;
        Model = request.Model ?? CreateVideoRequest.DefaultModel;
        Size = request.Size ?? CreateVideoRequest.DefaultSize;
        Seconds = request.Seconds ?? CreateVideoRequest.DefaultSeconds;
        RemixedFrom = remixedFrom;
        CreatedAt = createdAt;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Error = error;
    }

    public string Id { get; }

    public string Prompt { get; }

    public VideoModel Model { get; }

    public VideoSize Size { get; }

    public VideoSeconds Seconds { get; }

    public string? RemixedFrom { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset StartsAt { get; }

    public DateTimeOffset EndsAt { get; }

    public VideoError? Error { get; }

    public bool IsFinished(DateTimeOffset now) => now >= EndsAt;

    public bool HasSucceeded(DateTimeOffset now) => IsFinished(now) && Error is null;

    /// <summary>The size's pixels; the validators only let a <c>{width}x{height}</c> size through.</summary>
    public (int Width, int Height) Pixels => ImageInfo.TryParseDimensions(Size.Value, out var width, out var height)
        ? (width, height)
        : throw new InvalidOperationException($"Job {Id} has the size '{Size}', which is not <width>x<height>.");

    public int DurationSeconds => int.Parse(Seconds.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The job as a client sees it at <paramref name="now"/>.</summary>
    /// <param name="now">The emulator's time.</param>
    /// <param name="assetLifetime">How long finished media stays, when the profile says.</param>
    /// <param name="videoUrl">The download link a finished job carries, when the profile returns one.</param>
    /// <param name="extraStatus">A status beyond the spec's that the profile reports while a job runs: it stands for the running status in the first half of the run.</param>
    public Video Snapshot(DateTimeOffset now, TimeSpan? assetLifetime, string? videoUrl, string? extraStatus)
    {
        var finished = IsFinished(now);
        var running = extraStatus is not null && now < StartsAt + ((EndsAt - StartsAt) / 2) ? new VideoStatus(extraStatus) : VideoStatus.Lifecycle.Running;
        var status = !finished ? (now < StartsAt ? VideoStatus.Lifecycle.Initial : running)
            : Error is null ? VideoStatus.Lifecycle.Success : VideoStatus.Lifecycle.Failure;
        return new Video(Id, Model, status)
        {
            Progress = Progress(now),
            CreatedAt = CreatedAt.ToUnixTimeSeconds(),
            CompletedAt = finished ? EndsAt.ToUnixTimeSeconds() : null,
            ExpiresAt = finished && Error is null && assetLifetime is { } lifetime ? (EndsAt + lifetime).ToUnixTimeSeconds() : null,
            Prompt = Prompt,
            Size = Size,
            Seconds = Seconds,
            RemixedFromVideoId = RemixedFrom,
            Error = finished ? Error : null,
            VideoUrl = finished && Error is null ? videoUrl : null,
        };
    }

    private int Progress(DateTimeOffset now)
    {
        if (now < StartsAt)
        {
            return 0;
        }

        if (now >= EndsAt)
        {
            return 100;
        }

        var fraction = (now - StartsAt).TotalMilliseconds / Math.Max(1, (EndsAt - StartsAt).TotalMilliseconds);
        return Math.Clamp((int)(fraction * 100), 1, 99);
    }
}
