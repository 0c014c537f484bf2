using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Sora.Contracts;
using Sora.Contracts.Http;
using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Server;

public sealed class CreateBodyTests
{
    [Fact]
    public async Task ImageToVideo_AsMultipart_WithAnImageOfTheRequestedSize_IsAccepted()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("ezmodel") });
        using var http = new EmulatorHttp(emulator);
        var image = FileUpload.FromBytes(EmulatorMedia.Create("image/webp", 1280, 720, 1, 7)!, "first-frame.webp");
        var request = new CreateVideoRequest("The cat starts walking") { Size = "1280x720", Seconds = "8", InputReference = image };

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", SoraHttpContent.CreateMultipart(request));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var video = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), SoraJsonContext.Default.Video)!;
        Assert.Equal(("1280x720", "8"), (video.Size!.Value.Value, video.Seconds!.Value.Value));
    }

    [Fact]
    public async Task ImageToVideo_WithAnImageOfAnotherSize_Is400NamingBothSizes()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        var image = FileUpload.FromBytes(EmulatorMedia.Create("image/webp", 720, 1280, 1, 7)!, "portrait.webp");
        var request = new CreateVideoRequest("The cat starts walking") { Size = "1280x720", InputReference = image };

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", SoraHttpContent.CreateMultipart(request));

        var error = await EmulatorHttp.ErrorOf(response, 400);
        Assert.Equal(("input_reference", "image_size_mismatch"), (error.Param, error.Code));
        Assert.Contains("1280x720", error.Message, StringComparison.Ordinal);
        Assert.Contains("720x1280", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task TextToVideo_AsMultipartFields_IsReadLikeTheSameJson()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        var form = new MultipartFormDataContent
        {
            { new StringContent("a cat"), "prompt" },
            { new StringContent("sora-2-pro"), "model" },
            { new StringContent("1024x1792"), "size" },
            { new StringContent("12"), "seconds" },
        };

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var video = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), SoraJsonContext.Default.Video)!;
        Assert.Equal(("sora-2-pro", "1024x1792", "12"), (video.Model.Value, video.Size!.Value.Value, video.Seconds!.Value.Value));
    }

    [Fact]
    public async Task AnInvalidRequest_GetsEveryViolationInOneMessage_TheFirstOnesParamAndNoJob()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat","size":"1792x1024","seconds":"7"}"""));

        var error = await EmulatorHttp.ErrorOf(response, 400);
        var expected = new CreateVideoRequest("a cat") { Size = "1792x1024", Seconds = "7" }.Validate(emulator.Provider);
        Assert.Equal(string.Join("; ", expected.Violations.Select(v => v.Message)), error.Message);
        Assert.Equal(expected.Violations[0].Param, error.Param);
        Assert.Empty(emulator.Jobs);
    }

    public static TheoryData<string, string, string> BadBodies() => new()
    {
        { "application/json", "", "empty" },
        { "application/json", "{", "truncated" },
        { "application/json", "null", "null" },
        { "application/json", "[1,2]", "an array" },
        { "application/json", """{"model":"sora-2"}""", "no prompt" },
        { "application/json", """{"prompt":42}""", "a number prompt" },
        { "application/json", """{"prompt":"x","size":{"w":1}}""", "an object size" },
        { "application/json", """{"prompt":"x","input_reference":{"image_url":"a","file_id":"b"}}""", "both references" },
        { "application/json", "\u00ff\u00fe", "not UTF-8" },
        { "text/plain", "prompt=a cat", "a text body" },
        { "multipart/form-data; boundary=zzz", "--zzz\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\na", "a cut multipart" },
        { "multipart/form-data; boundary=zzz", "--zzz\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a.png\"\r\n\r\nabc\r\n--zzz--\r\n", "a stray file part" },
        { "multipart/form-data; boundary=zzz", "--zzz\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\nhi\r\n--zzz\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nnot a png\r\n--zzz--\r\n", "a file that is no image" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadBodies_Get400InTheEnvelope_NeverA500(string contentType, string body, string what)
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", content);

        var error = await EmulatorHttp.ErrorOf(response, 400);
        Assert.False(string.IsNullOrWhiteSpace(error.Message), what);
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task RandomBytes_AsEveryBodyKind_NeverGetA500()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        var random = new Random(20261122);
        foreach (var contentType in new[] { "application/json", "multipart/form-data; boundary=b", "application/x-www-form-urlencoded" })
        {
            for (var i = 0; i < 40; i++)
            {
                var bytes = new byte[random.Next(0, 200)];
                random.NextBytes(bytes);
                var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

                using var response = await http.SendAsync(HttpMethod.Post, "/videos", content);

                Assert.True((int)response.StatusCode is 400, $"{contentType} #{i}: {(int)response.StatusCode}");
            }
        }
    }
}
