using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sora.Contracts;
using Sora.Emulator.Faults;
using Sora.Emulator.Http;

namespace Sora.Emulator;

/// <summary>
/// An offline, stateful server of the protocol on loopback, playing one provider profile: it validates with the same
/// generated validators as the client, runs jobs on a configurable clock and serves real media. Dispose to stop it.
/// </summary>
public sealed class SoraEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;

    private SoraEmulator(WebApplication app, EmulatorState state, Uri baseAddress)
    {
        _app = app;
        _state = state;
        BaseAddress = baseAddress;
    }

    /// <summary>The API's base address, the profile's base path included (for example <c>http://127.0.0.1:5123/v1</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The key clients must send.</summary>
    public string ApiKey => _state.ApiKey;

    /// <summary>The profile being played.</summary>
    public SoraProvider Provider => _state.Provider;

    /// <summary>Fault injection: queue a fault for the next request, or a seeded random mix.</summary>
    public EmulatorFaults Faults => _state.Faults;

    /// <summary>How many <c>video_url</c> downloads arrived carrying a credential (a client should send none there).</summary>
    public int CredentialedFileRequests => _state.CredentialedFileRequests;

    /// <summary>The bytes of media the emulator keeps now, for tests that check it stays bounded.</summary>
    internal long RetainedMediaBytes => _state.Jobs.RetainedMediaBytes;

    /// <summary>Every job that exists now, in creation order, as a client would see it.</summary>
    public IReadOnlyList<Video> Jobs => _state.Jobs.All().Select(_state.Snapshot).ToList();

    /// <summary>Starts an emulator on a loopback port.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="IOException">The port is taken (the message names it).</exception>
    public static async Task<SoraEmulator> StartAsync(SoraEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SoraEmulatorOptions();
        options.Validate();
        var provider = options.Provider ?? SoraProvider.Default;
        var apiKey = options.ApiKey ?? "emu-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var state = new EmulatorState(options, provider, apiKey);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SoraEmulator).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(state);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();

        // Both wrap routing too, so that every answer, a routing 404 or 405 included, is the error envelope.
        app.Use(UnhandledFailures.GuardAsync);
        app.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = BareStatusReplies.WriteAsync });
        app.UseRouting();

        var basePath = BasePath(provider.BaseUrl);
        EmulatorEndpoints.Map(app, state, basePath);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            state.Dispose();
            throw new IOException($"The emulator cannot listen on 127.0.0.1:{options.Port}: {e.Message}", e);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            state.Dispose();
            throw;
        }

        var listening = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        state.FilesRoot = new UriBuilder(listening) { Host = "localhost", Path = EmulatorEndpoints.FilesPath }.Uri.AbsoluteUri;
        return new SoraEmulator(app, state, new Uri(listening.GetLeftPart(UriPartial.Authority) + basePath));
    }

    /// <summary>The media the emulator serves for a finished job's variant (to compare with what a client saved).</summary>
    /// <returns>The bytes, or null when there is no such job, it has not succeeded, or the variant is unknown.</returns>
    public byte[]? GetMedia(string videoId, VideoContentVariant variant)
    {
        ArgumentNullException.ThrowIfNull(videoId);
        return _state.Jobs.Find(videoId) is { } job && job.HasSucceeded(_state.Jobs.Now) && variant.MediaType is { } mediaType
            ? _state.Jobs.Media(job, mediaType)
            : null;
    }

    /// <summary>Completes when the emulator stops (for a standalone emulator that runs until Ctrl+C).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops the server and frees the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _state.Dispose();
    }

    /// <summary>Names the profile and address; never the key.</summary>
    public override string ToString() => $"Sora emulator ({Provider.Id}) at {BaseAddress}";

    // The profile's documented base URL may hold a placeholder host ({resource}); only its path matters here.
    private static string BasePath(string? baseUrl)
    {
        if (baseUrl is null)
        {
            return string.Empty;
        }

        var scheme = baseUrl.IndexOf("://", StringComparison.Ordinal);
        var slash = baseUrl.IndexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? string.Empty : baseUrl[slash..].TrimEnd('/');
    }
}
