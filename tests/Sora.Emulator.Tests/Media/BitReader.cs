namespace Sora.Emulator.Tests.Media;

/// <summary>Reads bits most significant first, with H.264's Exp-Golomb codes: the inverse of the product's BitWriter, written independently.</summary>
internal sealed class BitReader
{
    private readonly byte[] data;
    private long position;

    public BitReader(byte[] data, int byteOffset = 0)
    {
        this.data = data;
        position = byteOffset * 8L;
    }

    public long BitsLeft => data.Length * 8L - position;

    public int Bit()
    {
        if (position >= data.Length * 8L)
        {
            throw new InvalidDataException("Read past the end of the data.");
        }

        var bit = (data[position >> 3] >> (7 - (int)(position & 7))) & 1;
        position++;
        return bit;
    }

    public uint Bits(int count)
    {
        var value = 0u;
        for (var i = 0; i < count; i++)
        {
            value = (value << 1) | (uint)Bit();
        }

        return value;
    }

    public uint Ue()
    {
        var leadingZeros = 0;
        while (Bit() == 0)
        {
            leadingZeros++;
            if (leadingZeros > 32)
            {
                throw new InvalidDataException("An Exp-Golomb code longer than 32 bits.");
            }
        }

        return (uint)((1UL << leadingZeros) - 1 + Bits(leadingZeros));
    }

    public int Se()
    {
        var codeNum = Ue();
        return (codeNum & 1) == 1 ? (int)((codeNum + 1) / 2) : -(int)(codeNum / 2);
    }

    /// <summary>True when only rbsp_trailing_bits are left: a one, then zeros to the end of the byte, then nothing.</summary>
    public bool AtTrailingBits()
    {
        var rest = BitsLeft;
        if (rest is < 1 or > 8)
        {
            return false;
        }

        var start = position;
        var ok = Bit() == 1 && Enumerable.Range(0, (int)rest - 1).All(_ => Bit() == 0);
        position = start;
        return ok;
    }
}
