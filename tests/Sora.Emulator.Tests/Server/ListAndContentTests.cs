using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

public sealed class ListAndContentTests
{
    [Fact]
    public async Task List_PagesByCursor_NewestFirstByDefault_AndOldestFirstWithAsc()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { TimeProvider = clock });
        using var http = new EmulatorHttp(emulator);
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await http.CreateAsync($$"""{"prompt":"job {{i}}"}""")).Id);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(Enumerable.Reverse(ids), await AllPages(http, "limit=3"));
        Assert.Equal(ids, await AllPages(http, "limit=3&order=asc"));
        Assert.Equal(ids, await AllPages(http, "order=asc"));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("order=newest", "order")]
    [InlineData("after=video_gone", "after")]
    public async Task List_WithAParameterOutsideTheSpec_Is400NamingIt(string query, string param)
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Get, "/videos?" + query);

        Assert.Equal(param, (await EmulatorHttp.ErrorOf(response, 400)).Param);
    }

    [Fact]
    public async Task Delete_RemovesTheJob_FromGetListAndContent()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        var video = await http.CreateAsync("""{"prompt":"a cat"}""");

        using var deleted = await http.SendAsync(HttpMethod.Delete, "/videos/" + video.Id);
        var body = JsonSerializer.Deserialize(await deleted.Content.ReadAsStringAsync(), SoraJsonContext.Default.DeletedVideo)!;

        Assert.Equal((video.Id, true, "video.deleted"), (body.Id, body.Deleted, body.Object));
        using var get = await http.SendAsync(HttpMethod.Get, "/videos/" + video.Id);
        await EmulatorHttp.ErrorOf(get, 404);
        Assert.Empty(await AllPages(http, ""));
    }

    [Fact]
    public async Task Content_ServesEachVariantWithItsMediaType_TheVideoByDefault_AndTheSameBytesEachTime()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { TimeProvider = clock });
        using var http = new EmulatorHttp(emulator);
        var video = await http.CreateAsync("""{"prompt":"a cat","size":"1280x720","seconds":"8"}""");
        clock.Advance(TimeSpan.FromMinutes(1));

        foreach (var (query, mediaType) in new[] { ("", "video/mp4"), ("?variant=video", "video/mp4"), ("?variant=thumbnail", "image/webp"), ("?variant=spritesheet", "image/jpeg") })
        {
            using var first = await http.SendAsync(HttpMethod.Get, $"/videos/{video.Id}/content{query}");
            using var second = await http.SendAsync(HttpMethod.Get, $"/videos/{video.Id}/content{query}");
            var bytes = await first.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(mediaType, first.Content.Headers.ContentType?.MediaType);
            Assert.Equal(bytes.Length, first.Content.Headers.ContentLength);
            Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(await second.Content.ReadAsByteArrayAsync()));
        }

        Assert.Equal(await (await http.SendAsync(HttpMethod.Get, $"/videos/{video.Id}/content")).Content.ReadAsByteArrayAsync(), emulator.GetMedia(video.Id, "video"));
        using var unknown = await http.SendAsync(HttpMethod.Get, $"/videos/{video.Id}/content?variant=gif");
        Assert.Equal("variant", (await EmulatorHttp.ErrorOf(unknown, 400)).Param);
    }

    [Fact]
    public async Task UniGateway_GivesAVideoUrlOnAnotherHost_ThatServesTheVideoWithoutAKey_AndCountsCredentialsSentThere()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("unigateway"), TimeProvider = clock });
        using var http = new EmulatorHttp(emulator);
        var created = await http.CreateAsync("""{"prompt":"a cat"}""");
        Assert.Null(created.VideoUrl);
        clock.Advance(TimeSpan.FromMinutes(1));

        var done = await http.GetAsync(created.Id);
        var url = new Uri(done.VideoUrl!);
        Assert.NotEqual(emulator.BaseAddress.Host, url.Host);
        Assert.Equal(emulator.BaseAddress.Port, url.Port);

        using var anonymous = await http.Client.GetAsync(url);
        Assert.Equal("video/mp4", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(emulator.GetMedia(created.Id, "video"), await anonymous.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, emulator.CredentialedFileRequests);

        using var withKey = new HttpRequestMessage(HttpMethod.Get, url);
        withKey.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", emulator.ApiKey);
        using var leaked = await http.Client.SendAsync(withKey);
        Assert.Equal(1, emulator.CredentialedFileRequests);
    }

    private static async Task<List<string>> AllPages(EmulatorHttp http, string query)
    {
        var ids = new List<string>();
        string? after = null;
        for (var page = 0; page < 20; page++)
        {
            var separator = query.Length > 0 ? "&" : string.Empty;
            using var response = await http.SendAsync(HttpMethod.Get, "/videos?" + query + (after is null ? string.Empty : separator + "after=" + after));
            var list = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), SoraJsonContext.Default.VideoList)!;
            ids.AddRange(list.Data.Select(v => v.Id));
            Assert.Equal(list.Data.FirstOrDefault()?.Id, list.FirstId);
            Assert.Equal(list.Data.LastOrDefault()?.Id, list.LastId);
            if (list.HasMore != true)
            {
                return ids;
            }

            after = list.LastId;
        }

        throw new InvalidOperationException("more than 20 pages");
    }
}
