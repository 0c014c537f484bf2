using System.Collections.Concurrent;
using System.Security.Cryptography;
using Sora.Contracts;
using Sora.Emulator.Media;

namespace Sora.Emulator.Jobs;

/// <summary>The emulator's jobs, in creation order, with the profile's concurrency limit and each job's media.</summary>
internal sealed class JobStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, EmulatedJob> _byId = new(StringComparer.Ordinal);
    private readonly List<EmulatedJob> _ordered = new();
    private readonly ConcurrentDictionary<(string Id, string MediaType), byte[]> _media = new();
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

    /// <summary>Adds a job, or says how long until a running one ends when the concurrency limit is reached.</summary>
    public bool TryCreate(CreateVideoRequest request, string? remixedFrom, out EmulatedJob job, out TimeSpan retryAfter)
    {
        var now = Now;
        lock (_gate)
        {
            var running = _ordered.Where(j => !j.IsFinished(now)).ToList();
            if (_concurrentJobs is { } limit && running.Count >= limit)
            {
                job = null!;
                retryAfter = running.Min(j => j.EndsAt) - now;
                return false;
            }

            var id = _idPrefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
            var startsAt = now + _options.QueuedFor;
            job = new EmulatedJob(id, request, remixedFrom, now, startsAt, startsAt + _options.RunningFor, _options.FailJob?.Invoke(request));
            _byId.Add(id, job);
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

        foreach (var key in _media.Keys.Where(k => k.Id == id))
        {
            _media.TryRemove(key, out _);
        }

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

    /// <summary>The job's media of <paramref name="mediaType"/>, made once and kept; null when the emulator cannot make that type.</summary>
    public byte[]? Media(EmulatedJob job, string mediaType)
    {
        if (_media.TryGetValue((job.Id, mediaType), out var cached))
        {
            return cached;
        }

        var (width, height) = job.Pixels;
        var bytes = EmulatorMedia.Create(mediaType, width, height, job.DurationSeconds, Seed(job.Id));
        return bytes is null ? null : _media.GetOrAdd((job.Id, mediaType), bytes);
    }

    // string.GetHashCode is randomized per process; the media of a job should be the same bytes in every run.
    private static int Seed(string id) => id.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
