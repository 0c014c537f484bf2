using System.Net;
using Sora.Emulator.Jobs;

namespace Sora.Emulator.Tests.Server;

public sealed class MediaCacheTests
{
    [Fact]
    public void FilledFarBeyondItsBound_TheCacheNeverHoldsMore_AndStillHandsBackWhatWasMade()
    {
        using var cache = new MediaCache();
        var entry = new byte[100_000];
        var maxRetained = 0L;

        for (var i = 0; i < 3 * MediaCache.MaxBytes / entry.Length; i++)
        {
            var made = cache.GetOrMake("job" + i, "video/mp4", () => entry);
            Assert.Same(entry, made);
            maxRetained = Math.Max(maxRetained, cache.RetainedBytes);
        }

        Assert.InRange(maxRetained, MediaCache.MaxBytes / 2, MediaCache.MaxBytes);
    }

    [Fact]
    public void ManyTinyEntries_AreBoundedToo_ByTheChargeOfEachEntry()
    {
        using var cache = new MediaCache();
        var tiny = new byte[32];
        var fit = MediaCache.MaxBytes / (tiny.Length + MediaCache.EntryCharge);

        for (var i = 0; i < fit + 1000; i++)
        {
            cache.GetOrMake("job" + i, "image/webp", () => tiny);
        }

        Assert.InRange(cache.RetainedBytes, 1, MediaCache.MaxBytes);
    }

    [Fact]
    public void AHit_IsNotMadeAgain_AndNothingMadeIsNotKept()
    {
        using var cache = new MediaCache();
        var makes = 0;

        cache.GetOrMake("job", "video/mp4", () => { makes++; return new byte[10]; });
        cache.GetOrMake("job", "video/mp4", () => { makes++; return new byte[10]; });
        var none = cache.GetOrMake("job", "image/gif", () => null);

        Assert.Equal(1, makes);
        Assert.Null(none);
        Assert.Equal(10 + MediaCache.EntryCharge, cache.RetainedBytes);
    }

    [Fact]
    public async Task DeletingAJob_DropsItsMediaFromTheCache()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { TimeProvider = clock });
        using var http = new EmulatorHttp(emulator);
        var video = await http.CreateAsync("""{"prompt":"a cat"}""");
        clock.Advance(TimeSpan.FromMinutes(1));
        foreach (var variant in new[] { "video", "thumbnail", "spritesheet" })
        {
            using var content = await http.SendAsync(HttpMethod.Get, $"/videos/{video.Id}/content?variant={variant}");
            Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        }

        Assert.True(emulator.RetainedMediaBytes > 3 * MediaCache.EntryCharge);
        using var deleted = await http.SendAsync(HttpMethod.Delete, "/videos/" + video.Id);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(0, emulator.RetainedMediaBytes);
    }
}
