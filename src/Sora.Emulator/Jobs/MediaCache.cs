using Microsoft.Extensions.Caching.Memory;

namespace Sora.Emulator.Jobs;

/// <summary>
/// The media of recently downloaded jobs, bounded in bytes however many jobs exist. A job's media is a pure function of
/// the job, so whatever the cache has evicted (or refused while it compacts) is made again, the same bytes.
/// </summary>
internal sealed class MediaCache : IDisposable
{
    /// <summary>The most bytes the cache holds, the bookkeeping charge of each entry included.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>
    /// What each entry is charged beyond its bytes: a cache entry, its key and its slot take a few hundred bytes, and a
    /// thumbnail is only a few dozen, so this charge is what bounds the number of entries too.
    /// </summary>
    public const int EntryCharge = 512;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxBytes, TrackStatistics = true });

    /// <summary>The bytes held now, by the cache's own count of what it charged.</summary>
    public long RetainedBytes => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The media of <paramref name="jobId"/> of <paramref name="mediaType"/>, from the cache or from <paramref name="make"/>.</summary>
    public byte[]? GetOrMake(string jobId, string mediaType, Func<byte[]?> make)
    {
        var key = (jobId, mediaType);
        if (_cache.TryGetValue(key, out byte[]? cached))
        {
            return cached;
        }

        var bytes = make();
        if (bytes is not null)
        {
            _cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length + EntryCharge });
        }

        return bytes;
    }

    public void Remove(string jobId, IEnumerable<string> mediaTypes)
    {
        foreach (var mediaType in mediaTypes)
        {
            _cache.Remove((jobId, mediaType));
        }
    }

    public void Dispose() => _cache.Dispose();
}
