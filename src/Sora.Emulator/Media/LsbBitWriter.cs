namespace Sora.Emulator.Media;

/// <summary>
/// Packs bits least significant first, the order of the WebP lossless (VP8L) bitstream.
/// </summary>
internal sealed class LsbBitWriter
{
    private readonly List<byte> bytes = new();
    private int pending;
    private int pendingCount;

    public void WriteBits(uint value, int count)
    {
        for (var i = 0; i < count; i++)
        {
            pending |= (int)((value >> i) & 1) << pendingCount;
            pendingCount++;
            if (pendingCount == 8)
            {
                bytes.Add((byte)pending);
                pending = 0;
                pendingCount = 0;
            }
        }
    }

    /// <summary>The bytes written, the last one padded with zero bits.</summary>
    public byte[] ToArray()
    {
        var result = new List<byte>(bytes);
        if (pendingCount > 0)
        {
            result.Add((byte)pending);
        }

        return result.ToArray();
    }
}
