using System.Net;

namespace Sora.Emulator.Tests.Hostile;

/// <summary>
/// A request body of any length sent from one small buffer (a head, then one filler chunk again and again), so a test
/// can send 200 MB without holding it; it counts the bytes the server let it send.
/// </summary>
internal sealed class StreamedBody : HttpContent
{
    private const int ChunkLength = 64 * 1024;

    private readonly byte[] _head;
    private readonly byte[] _chunk;
    private readonly long _length;
    private readonly bool _announceLength;
    private long _written;

    public StreamedBody(byte[] head, byte filler, long length, bool announceLength)
    {
        _head = head;
        _chunk = Enumerable.Repeat(filler, ChunkLength).ToArray();
        _length = length;
        _announceLength = announceLength;
    }

    public long Length => _length;

    public long Written => Interlocked.Read(ref _written);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_head);
        Interlocked.Add(ref _written, _head.Length);
        while (Written < _length)
        {
            var count = (int)Math.Min(_chunk.Length, _length - Written);
            await stream.WriteAsync(_chunk.AsMemory(0, count));
            Interlocked.Add(ref _written, count);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return _announceLength;
    }
}
