using System.Security.Cryptography;
using Sora.Contracts;
using Sora.Emulator.Jobs;
using Xunit.Abstractions;

namespace Sora.Emulator.Tests.Server;

/// <summary>Runs alone, so the heap it reports is the emulator's and not another test's.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement
{
}

[Collection(nameof(MemoryMeasurement))]
public sealed class MediaMemoryTests(ITestOutputHelper output)
{
    private const int JobCount = 10_000;
    private const int Workers = 4;

    [Fact]
    public async Task TenThousandJobs_WithEveryVariantDownloaded_KeepTheMediaCacheUnderItsBound_AndServeTheSameBytesAfterEviction()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { TimeProvider = clock, QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.FromSeconds(1) });
        using var http = new EmulatorHttp(emulator);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        var ids = new string[JobCount];
        await Parallel.ForAsync(0, JobCount, new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (i, _) =>
            ids[i] = (await http.CreateAsync($$"""{"prompt":"job {{i}}","size":"{{(i % 2 == 0 ? "1280x720" : "720x1280")}}","seconds":"{{(i % 3 == 0 ? "12" : "4")}}"}""")).Id);
        clock.Advance(TimeSpan.FromMinutes(1));

        var variants = VideoContentVariant.KnownValues.Select(v => v.Value).ToArray();
        var maxRetained = 0L;
        var downloaded = 0L;
        var firstJobHashes = new Dictionary<string, byte[]>();
        await Parallel.ForAsync(0, JobCount, new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (i, _) =>
        {
            foreach (var variant in variants)
            {
                using var response = await http.SendAsync(HttpMethod.Get, $"/videos/{ids[i]}/content?variant={variant}");
                var bytes = await response.Content.ReadAsByteArrayAsync();
                Assert.True(response.IsSuccessStatusCode, $"{ids[i]} {variant}: {(int)response.StatusCode}");
                Interlocked.Add(ref downloaded, bytes.Length);
                InterlockedMax(ref maxRetained, emulator.RetainedMediaBytes);
                if (i == 0)
                {
                    lock (firstJobHashes)
                    {
                        firstJobHashes[variant] = SHA256.HashData(bytes);
                    }
                }
            }
        });

        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{JobCount} jobs, {downloaded:N0} bytes downloaded; media kept at most {maxRetained:N0} bytes (bound {MediaCache.MaxBytes:N0}), now {emulator.RetainedMediaBytes:N0}");
        output.WriteLine($"managed heap after a full GC: {heapBefore:N0} bytes before, {heapAfter:N0} bytes after ({heapAfter - heapBefore:N0} more)");

        Assert.InRange(maxRetained, 1, MediaCache.MaxBytes);

        // Jobs themselves stay (a few hundred bytes each); media beyond the cache's bound must not.
        Assert.True(heapAfter - heapBefore < 3 * MediaCache.MaxBytes, $"the heap grew by {heapAfter - heapBefore:N0} bytes");
        Assert.True(downloaded > 2 * MediaCache.MaxBytes, $"only {downloaded:N0} bytes downloaded: the bound was never tested");
        foreach (var variant in variants)
        {
            Assert.Equal(firstJobHashes[variant], SHA256.HashData(emulator.GetMedia(ids[0], variant)!));
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var current = Interlocked.Read(ref target); value > current; current = Interlocked.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}
