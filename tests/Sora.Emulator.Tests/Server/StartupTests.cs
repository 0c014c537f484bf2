using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

public sealed class StartupTests
{
    [Fact]
    public async Task ATakenPort_IsAnIOExceptionNamingIt_AndTheFirstEmulatorKeepsServing()
    {
        await using var first = await SoraEmulator.StartAsync();
        var port = first.BaseAddress.Port;

        var error = await Assert.ThrowsAsync<IOException>(() => SoraEmulator.StartAsync(new SoraEmulatorOptions { Port = port }));

        Assert.Contains("127.0.0.1:" + port, error.Message, StringComparison.Ordinal);
        using var http = new EmulatorHttp(first);
        using var response = await http.SendAsync(HttpMethod.Get, "/videos");
        Assert.True(response.IsSuccessStatusCode);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(70000)]
    public async Task AnOutOfRangePort_IsRefusedBeforeAnythingStarts(int port)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SoraEmulator.StartAsync(new SoraEmulatorOptions { Port = port }));

        Assert.Equal("Port", error.ParamName);
    }

    [Fact]
    public async Task ToString_NamesTheProfileAndAddress_NeverTheKey()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("gptge"), ApiKey = "sk-secret-key" });

        Assert.Equal($"Sora emulator (gptge) at {emulator.BaseAddress}", emulator.ToString());
        Assert.DoesNotContain("sk-secret", emulator.ToString(), StringComparison.Ordinal);
    }
}
