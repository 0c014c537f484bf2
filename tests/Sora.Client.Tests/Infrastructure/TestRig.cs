namespace Sora.Client.Tests.Infrastructure;

/// <summary>A client wired to a scripted server, a virtual clock and a capturing logger.</summary>
public sealed class TestRig : IDisposable
{
    public const string Key = "sk-test-S3CRET-0123456789abcdef";

    public static readonly Uri BaseAddress = new("https://api.example.test/v1");

    public TestRig(Action<SoraClientOptions>? configure = null)
    {
        Options = new SoraClientOptions { BaseAddress = BaseAddress, ApiKey = Key, TimeProvider = Time, Logger = Logger };
        configure?.Invoke(Options);
        Http = new HttpClient(Handler);
        Client = new SoraClient(Http, Options);
    }

    public ScriptedHandler Handler { get; } = new();

    public VirtualTimeProvider Time { get; } = new();

    public CapturingLogger Logger { get; } = new();

    public SoraClientOptions Options { get; }

    public HttpClient Http { get; }

    public SoraClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Http.Dispose();
    }
}
