using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Sora.Client.Tests.Hostile;

/// <summary>
/// A TCP relay on loopback between the client and the gateway that counts the bytes it delivers to the client's
/// socket. Counting here, not in the server's handler, matters: Kestrel accepts writes to a response whose connection
/// is already gone without sending them, so a handler's own count runs far past what the client could have received.
/// </summary>
internal sealed class CountingRelay : IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly TcpListener _listener;
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Task _accepting;
    private long _toClient;

    private CountingRelay(IPEndPoint target)
    {
        _target = target;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Origin = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    /// <summary><c>http://127.0.0.1:port/</c>, to be called instead of the gateway.</summary>
    public Uri Origin { get; }

    /// <summary>Bytes written to the client's socket so far.</summary>
    public long BytesToClient => Interlocked.Read(ref _toClient);

    public static CountingRelay Start(Uri gatewayOrigin) => new(new IPEndPoint(IPAddress.Loopback, gatewayOrigin.Port));

    /// <summary>Waits until every connection relayed so far has ended (the client closed it), then returns the count.</summary>
    public async Task<long> BytesToClientOnceClosedAsync()
    {
        await Task.WhenAll(_connections).WaitAsync(TimeSpan.FromMinutes(1));
        return BytesToClient;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_accepting, .. _connections]).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _connections.Add(RelayAsync(client));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Disposed.
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        using (client)
        {
            try
            {
                await server.ConnectAsync(_target, _stop.Token);
                using var ended = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                var up = PumpAsync(client.GetStream(), server.GetStream(), counted: false, ended.Token);
                var down = PumpAsync(server.GetStream(), client.GetStream(), counted: true, ended.Token);
                await Task.WhenAny(up, down);
                await ended.CancelAsync();
                await Task.WhenAll(up, down);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or IOException)
            {
                // Either side went away.
            }
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool counted, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                if (counted)
                {
                    Interlocked.Add(ref _toClient, read);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // The other side closed; the relay ends this connection.
        }
    }
}
