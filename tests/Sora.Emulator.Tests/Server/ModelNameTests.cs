using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

/// <summary>
/// A model is a non-empty name with no control or bidi character. The rule belongs to the spec (and so to the generated
/// validators the emulator runs); no emulator code spells it.
/// </summary>
public sealed class ModelNameTests
{
    [Fact]
    public Task AnEmptyModel_Is400NamingModel_AsTheSpecSays() => AssertRejected(string.Empty);

    [Fact]
    public Task AModelWithABidiOverride_Is400NamingModel_AsTheSpecSays() => AssertRejected("sora-2\u202Epro");

    private static async Task AssertRejected(string model)
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        var body = System.Text.Json.JsonSerializer.Serialize(new CreateVideoRequest("a cat") { Model = model }, SoraJsonContext.Default.CreateVideoRequest);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json(body));

        var error = await EmulatorHttp.ErrorOf(response, 400);
        Assert.Equal(("model", "invalid_request_error"), (error.Param, error.Type));
        Assert.Empty(emulator.Jobs);
    }
}
