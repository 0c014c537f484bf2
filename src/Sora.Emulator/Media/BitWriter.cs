namespace Sora.Emulator.Media;

/// <summary>
/// Packs bits most significant first, the order of H.264 syntax and of JPEG entropy-coded data, with the
/// Exp-Golomb codes that H.264 headers use.
/// </summary>
internal sealed class BitWriter
{
    private readonly List<byte> bytes = new();
    private int pending;
    private int pendingCount;

    public bool IsByteAligned => pendingCount == 0;

    public void WriteBit(int bit)
    {
        pending = (pending << 1) | (bit & 1);
        pendingCount++;
        if (pendingCount == 8)
        {
            bytes.Add((byte)pending);
            pending = 0;
            pendingCount = 0;
        }
    }

    public void WriteBits(uint value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            WriteBit((int)(value >> i));
        }
    }

    /// <summary>Unsigned Exp-Golomb, ue(v): as many zeros as value + 1 has bits after its leading one, then value + 1.</summary>
    public void WriteUnsignedExpGolomb(uint value)
    {
        var codeNum = (ulong)value + 1;
        var length = 64 - System.Numerics.BitOperations.LeadingZeroCount(codeNum);
        WriteBits(0, length - 1);
        WriteBits((uint)codeNum, length);
    }

    /// <summary>Signed Exp-Golomb, se(v): positive values map to odd code numbers, the others to even ones.</summary>
    public void WriteSignedExpGolomb(int value)
    {
        WriteUnsignedExpGolomb(value > 0 ? (uint)(2L * value - 1) : (uint)(-2L * value));
    }

    /// <summary>H.264's rbsp_trailing_bits: a stop bit, then zeros up to the byte boundary.</summary>
    public void WriteTrailingBits()
    {
        WriteBit(1);
        while (!IsByteAligned)
        {
            WriteBit(0);
        }
    }

    /// <summary>JPEG pads the last byte of a scan with ones, so the padding can never read as a Huffman code's prefix of zeros.</summary>
    public void PadWithOnes()
    {
        while (!IsByteAligned)
        {
            WriteBit(1);
        }
    }

    public byte[] ToArray()
    {
        if (!IsByteAligned)
        {
            throw new InvalidOperationException("The bits written do not end on a byte boundary.");
        }

        return bytes.ToArray();
    }
}
