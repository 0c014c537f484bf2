using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sora.Client.Tests.Hostile;

/// <summary>
/// A loopback TCP server that answers every request with the same raw bytes and closes: for answers Kestrel refuses
/// to write (a header line that breaks HTTP), which <see cref="Sora.Testing.Hostile.HostileGateway"/> cannot play.
/// </summary>
internal sealed class RawResponseServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _answer;
    private readonly Task _serving;
    private int _requests;

    public RawResponseServer(string answer)
    {
        _answer = Encoding.Latin1.GetBytes(answer);
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1");
        _serving = ServeAsync();
    }

    public Uri BaseAddress { get; }

    public int Requests => Volatile.Read(ref _requests);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var stream = client.GetStream();
                await ReadHeadAsync(stream);
                Interlocked.Increment(ref _requests);
                await stream.WriteAsync(_answer, _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // Disposed.
        }
    }

    // The client's request ends with an empty line (it sends GETs only here).
    private async Task ReadHeadAsync(NetworkStream stream)
    {
        var seen = new StringBuilder();
        var buffer = new byte[4096];
        while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                return;
            }

            seen.Append(Encoding.Latin1.GetString(buffer, 0, read));
        }
    }
}
