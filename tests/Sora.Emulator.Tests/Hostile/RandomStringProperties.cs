using System.Net;
using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using Sora.Contracts;
using Sora.Emulator.Tests.Server;

namespace Sora.Emulator.Tests.Hostile;

/// <summary>One emulator per provider profile, shared by every generated case.</summary>
public sealed class ProfileEmulators : IAsyncLifetime
{
    public IReadOnlyList<SoraEmulator> All { get; private set; } = Array.Empty<SoraEmulator>();

    public HttpClient Client { get; } = new();

    public async Task InitializeAsync() =>
        All = await Task.WhenAll(SoraProvider.All.Select(p => SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = p, TimeProvider = new ManualClock() })));

    public async Task DisposeAsync()
    {
        Client.Dispose();
        foreach (var emulator in All)
        {
            await emulator.DisposeAsync();
        }
    }
}

public sealed class RandomStringProperties(ProfileEmulators emulators) : IClassFixture<ProfileEmulators>
{
    [Property(Arbitrary = new[] { typeof(HostileText) })]
    public Task AnyStringAsAnId_InEveryIdPathOfEveryProfile_GetsTheEnvelopeOrASuccess_NeverA500(PathText id) => Task.Run(async () =>
    {
        foreach (var emulator in emulators.All)
        {
            var encoded = Uri.EscapeDataString(id.Value);
            foreach (var operation in SoraOperations.All.Where(o => o.Parameters.Any(p => p.In == "path")))
            {
                var path = operation.PathTemplate.Replace("{" + operation.Parameters.First(p => p.In == "path").Name + "}", encoded, StringComparison.Ordinal);
                var body = operation.RequestContentTypes.Count > 0 ? EmulatorHttp.Json("""{"prompt":"again"}""") : null;
                await AssertAnswer(emulator, new HttpMethod(operation.Method), path, body, kestrelRefusesPath: id.Value.Contains('\0', StringComparison.Ordinal));
            }
        }
    });

    [Property(Arbitrary = new[] { typeof(HostileText) })]
    public Task AnyStringsAsPromptAndModel_InJsonAndMultipartCreates_GetTheEnvelopeOrAValidVideo_NeverA500(BodyText prompt, BodyText model) => Task.Run(async () =>
    {
        foreach (var emulator in emulators.All)
        {
            var json = $$"""{"prompt":{{HostileText.JsonLiteral(prompt.Value)}},"model":{{HostileText.JsonLiteral(model.Value)}}}""";
            await AssertAnswer(emulator, HttpMethod.Post, "/videos", EmulatorHttp.Json(json), kestrelRefusesPath: false);

            var form = new MultipartFormDataContent { { new StringContent(prompt.Value, Encoding.UTF8), "prompt" }, { new StringContent(model.Value, Encoding.UTF8), "model" } };
            await AssertAnswer(emulator, HttpMethod.Post, "/videos", form, kestrelRefusesPath: false);
        }
    });

    private async Task AssertAnswer(SoraEmulator emulator, HttpMethod method, string path, HttpContent? body, bool kestrelRefusesPath)
    {
        var hostile = new HostileRequest("property", method.Method, emulator.BaseAddress.AbsolutePath.TrimEnd('/') + path, body);
        using var request = hostile.ToMessage(emulator);
        using var response = await emulators.Client.SendAsync(request);

        if (kestrelRefusesPath)
        {
            // A NUL in the decoded path is refused by Kestrel before any application code (see ServerLimitTests).
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return;
        }

        var (_, problem) = await AnswerCheck.ReadAsync(response);
        Assert.True(problem is null, $"{emulator.Provider.Id} {hostile}: {problem}");
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json" && path == "/videos")
        {
            var video = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), SoraJsonContext.Default.Video)!;
            Assert.False(string.IsNullOrEmpty(video.Id));
            Assert.Equal("queued", video.Status.Value);
        }
    }
}
