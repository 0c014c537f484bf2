using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sora.Client.Http;

namespace Sora.Client.Tests.Hostile;

/// <summary>
/// Any body, delivered in any pieces, with or without its length announced: the bounded reader takes at most one byte
/// past the limit from the stream, keeps at most the limit, and returns the body whole exactly when it fits.
/// </summary>
public sealed class BoundedReadProperties
{
    [Property(Arbitrary = [typeof(BodyArbitraries)], MaxTest = 300)]
    public bool TheReaderNeverReadsMoreThanOneBytePastTheLimit(Body body)
    {
        var stream = new PiecewiseStream(body.Bytes, body.Pieces);

        var read = BoundedBody.ReadAsync(stream, body.Announced ? body.Bytes.Length : null, body.Limit, CancellationToken.None).GetAwaiter().GetResult();

        var fits = body.Bytes.Length <= body.Limit;
        return stream.Delivered <= body.Limit + 1
            && read.Bytes.Length <= body.Limit
            && read.Exceeded == !fits
            && read.Bytes.Span.SequenceEqual(body.Bytes.AsSpan(0, Math.Min(body.Bytes.Length, body.Limit)));
    }
}

/// <summary>A body, the limit it is read under, the sizes of the pieces the stream hands out, and whether its length is announced.</summary>
public sealed record Body(byte[] Bytes, int Limit, int[] Pieces, bool Announced)
{
    public override string ToString() => $"{Bytes.Length} bytes, limit {Limit}, pieces [{string.Join(",", Pieces)}], announced {Announced}";
}

public static class BodyArbitraries
{
    public static Arbitrary<Body> Body() =>
        (from limit in Gen.Choose(1, 4096)
         from length in Gen.Choose(0, 3 * limit)
         from seed in Gen.Choose(0, 255)
         from pieces in Gen.NonEmptyListOf(Gen.Choose(1, 2 * limit))
         from announced in Gen.Elements(true, false)
         select new Body([.. Enumerable.Range(0, length).Select(i => (byte)(i * 7 + seed))], limit, [.. pieces], announced)).ToArbitrary();
}

/// <summary>A stream that hands its bytes out in the given piece sizes (cycling) and counts every byte it hands out.</summary>
internal sealed class PiecewiseStream(byte[] bytes, int[] pieces) : Stream
{
    private int _position;
    private int _piece;

    public long Delivered => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var size = Math.Min(Math.Min(buffer.Length, pieces[_piece++ % pieces.Length]), bytes.Length - _position);
        bytes.AsSpan(_position, size).CopyTo(buffer);
        _position += size;
        return size;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
