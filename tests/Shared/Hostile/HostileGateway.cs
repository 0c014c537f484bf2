using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sora.Testing.Hostile;

/// <summary>One request as the hostile gateway saw it.</summary>
internal sealed record GatewayCall(string Method, string Path, string? Authorization, string? ApiKeyHeader);

/// <summary>
/// A loopback HTTP server whose every answer is written by the test: the stand-in for a broken or hostile gateway
/// (endless bodies, ids that are paths, escape sequences, echoed keys, a 500 after a create). Unlike the emulator it
/// validates nothing and keeps no state but the calls it received. Linked into each test project that needs it.
/// </summary>
internal sealed class HostileGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GatewayCall> _calls;

    private HostileGateway(WebApplication app, ConcurrentQueue<GatewayCall> calls, Uri origin)
    {
        _app = app;
        _calls = calls;
        Origin = origin;
    }

    /// <summary><c>http://127.0.0.1:port/</c>.</summary>
    public Uri Origin { get; }

    /// <summary>The API base address the client is given: <c>http://127.0.0.1:port/v1</c>.</summary>
    public Uri BaseAddress => new(Origin, "v1");

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<GatewayCall> Calls => _calls.ToArray();

    /// <summary>How many requests with <paramref name="method"/> arrived at a path ending in <paramref name="pathSuffix"/>.</summary>
    public int Count(string method, string pathSuffix) =>
        _calls.Count(c => c.Method == method && c.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    /// <summary>Starts a server on a free loopback port; <paramref name="handler"/> answers every request, whatever its path.</summary>
    public static async Task<HostileGateway> StartAsync(RequestDelegate handler, CancellationToken cancellationToken = default)
    {
        var calls = new ConcurrentQueue<GatewayCall>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            // A hostile server does not care how big the client's upload is.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        app.Run(context =>
        {
            var request = context.Request;
            calls.Enqueue(new GatewayCall(request.Method, request.Path.Value + request.QueryString.Value,
                request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
                request.Headers["api-key"].ToString() is { Length: > 0 } key ? key : null));
            return handler(context);
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HostileGateway(app, calls, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Writes <paramref name="chunk"/> again and again until the client goes away: a body that never ends.</summary>
    public static async Task WriteEndlesslyAsync(HttpResponse response, ReadOnlyMemory<byte> chunk)
    {
        try
        {
            while (!response.HttpContext.RequestAborted.IsCancellationRequested)
            {
                await response.Body.WriteAsync(chunk, response.HttpContext.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client stopped reading, which is what the test wants to see.
        }
    }

    /// <summary>Stops the server and frees the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
