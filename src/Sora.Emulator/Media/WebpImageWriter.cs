using System.Buffers.Binary;

namespace Sora.Emulator.Media;

/// <summary>
/// Writes a solid-colour lossless WebP (RIFF, one VP8L chunk) of any size up to 16384 x 16384.
/// </summary>
/// <remarks>
/// The image uses no transforms and no colour cache, and each of its five prefix codes is a "simple" code with a
/// single symbol. A single-symbol code takes zero bits per use, so the pixel data is empty and the file is about
/// 30 bytes whatever the size.
/// </remarks>
internal static class WebpImageWriter
{
    private const byte Vp8LSignature = 0x2F;
    private const int RiffHeaderSize = 8;
    private const int ChunkHeaderSize = 8;

    public static byte[] Write(int width, int height, SolidColour colour)
    {
        var payload = Vp8LBitstream(width, height, colour);
        var paddedPayload = payload.Length + (payload.Length & 1);

        var file = new byte[RiffHeaderSize + 4 + ChunkHeaderSize + paddedPayload];
        "RIFF"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(file.Length - RiffHeaderSize));
        "WEBP"u8.CopyTo(file.AsSpan(8));
        "VP8L"u8.CopyTo(file.AsSpan(12));

        // The chunk size counts the payload without the pad byte RIFF adds to odd-sized chunks.
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(16), (uint)payload.Length);
        payload.CopyTo(file.AsSpan(20));
        return file;
    }

    private static byte[] Vp8LBitstream(int width, int height, SolidColour colour)
    {
        var bits = new LsbBitWriter();
        bits.WriteBits(Vp8LSignature, 8);
        bits.WriteBits((uint)width - 1, 14);
        bits.WriteBits((uint)height - 1, 14);
        bits.WriteBits(0, 1); // alpha_is_used: every pixel is opaque
        bits.WriteBits(0, 3); // version
        bits.WriteBits(0, 1); // no transform
        bits.WriteBits(0, 1); // no colour cache
        bits.WriteBits(0, 1); // no meta prefix codes: one prefix code group for the whole image

        // The group's codes, in order: green (with length prefixes), red, blue, alpha, distance.
        WriteSingleSymbolCode(bits, colour.Green);
        WriteSingleSymbolCode(bits, colour.Red);
        WriteSingleSymbolCode(bits, colour.Blue);
        WriteSingleSymbolCode(bits, byte.MaxValue);
        WriteSingleSymbolCode(bits, 0);
        return bits.ToArray();
    }

    private static void WriteSingleSymbolCode(LsbBitWriter bits, byte symbol)
    {
        bits.WriteBits(1, 1); // simple code
        bits.WriteBits(0, 1); // num_symbols - 1
        var needsEightBits = symbol > 1;
        bits.WriteBits(needsEightBits ? 1u : 0u, 1); // is_first_8bits
        bits.WriteBits(symbol, needsEightBits ? 8 : 1);
    }
}
