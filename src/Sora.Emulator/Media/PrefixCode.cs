namespace Sora.Emulator.Media;

/// <summary>
/// One variable-length code word (a Huffman or CAVLC code), written most significant bit first.
/// </summary>
internal readonly record struct PrefixCode(uint Bits, int Length)
{
    public void Write(BitWriter writer) => writer.WriteBits(Bits, Length);
}
