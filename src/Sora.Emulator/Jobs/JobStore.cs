using System.Security.Cryptography;
using Sora.Contracts;
using Sora.Emulator.Media;

namespace Sora.Emulator.Jobs;

/// <summary>
/// The emulator's jobs, in creation order, with the profile's concurrency limit; their media is made on demand and
/// only recent media is kept (<see cref="MediaCache"/>).
/// </summary>
internal sealed class JobStore : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, EmulatedJob> _byId = new(StringComparer.Ordinal);
    private readonly List<EmulatedJob> _ordered = new();
    private readonly MediaCache _media = new();
    private readonly SoraEmulatorOptions _options;
    private readonly string _idPrefix;
    private readonly int? _concurrentJobs;

    public JobStore(SoraEmulatorOptions options, SoraProvider provider)
    {
        _options = options;
        _idPrefix = provider.IdPrefix ?? string.Empty;
        _concurrentJobs = options.ConcurrentJobs ?? provider.ConcurrentJobs;
    }

    public DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    /// <summary>The bytes of media kept now; never above <see cref="MediaCache.MaxBytes"/>.</summary>
    public long RetainedMediaBytes => _media.RetainedBytes;

    /// <summary>A new job, not stored yet: all the work that can fail, done before anything exists.</summary>
    public EmulatedJob Prepare(CreateVideoRequest request, string? remixedFrom)
    {
        var now = Now;
        var id = _idPrefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        var startsAt = now + _options.QueuedFor;
        return new EmulatedJob(id, request, remixedFrom, now, startsAt, startsAt + _options.RunningFor, _options.FailJob?.Invoke(request));
    }

    /// <summary>Stores a prepared job, or says how long until a running one ends when the concurrency limit is reached.</summary>
    public bool TryAdd(EmulatedJob job, out TimeSpan retryAfter)
    {
        var now = Now;
        lock (_gate)
        {
            if (_concurrentJobs is { } limit)
            {
                var running = _ordered.Where(j => !j.IsFinished(now)).ToList();
                if (running.Count >= limit)
                {
                    retryAfter = running.Min(j => j.EndsAt) - now;
                    return false;
                }
            }

            _byId.Add(job.Id, job);
            _ordered.Add(job);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    public EmulatedJob? Find(string id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    public bool Delete(string id)
    {
        lock (_gate)
        {
            if (!_byId.Remove(id, out var job))
            {
                return false;
            }

            _ordered.Remove(job);
        }

        _media.Remove(id, VideoContentVariant.KnownValues.Select(v => v.MediaType).OfType<string>());
        return true;
    }

    public IReadOnlyList<EmulatedJob> All()
    {
        lock (_gate)
        {
            return _ordered.ToList();
        }
    }

    /// <summary>One page after the job <paramref name="after"/> (exclusive); false when that job does not exist.</summary>
    public bool TryPage(string? after, int limit, bool ascending, out IReadOnlyList<EmulatedJob> page, out bool hasMore)
    {
        lock (_gate)
        {
            IEnumerable<EmulatedJob> ordered = ascending ? _ordered : Enumerable.Reverse(_ordered);
            if (after is not null)
            {
                if (!_byId.ContainsKey(after))
                {
                    page = Array.Empty<EmulatedJob>();
                    hasMore = false;
                    return false;
                }

                ordered = ordered.SkipWhile(j => j.Id != after).Skip(1);
            }

            var items = ordered.Take(limit + 1).ToList();
            hasMore = items.Count > limit;
            page = items.Take(limit).ToList();
            return true;
        }
    }

    /// <summary>The job's media of <paramref name="mediaType"/>, the same bytes every time; null when the emulator cannot make that type.</summary>
    public byte[]? Media(EmulatedJob job, string mediaType) => _media.GetOrMake(job.Id, mediaType, () =>
    {
        var (width, height) = job.Pixels;
        return EmulatorMedia.Create(mediaType, width, height, job.DurationSeconds, Seed(job.Id));
    });

    public void Dispose() => _media.Dispose();

    // string.GetHashCode is randomized per process; the media of a job should be the same bytes in every run.
    private static int Seed(string id) => id.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
