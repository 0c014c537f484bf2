namespace Sora.Emulator.Media;

/// <summary>
/// Writes a solid-colour baseline JPEG (JFIF, SOF0, YCbCr 4:4:4) of any size up to 65535 x 65535.
/// </summary>
/// <remarks>
/// A flat 8x8 block has only a DC coefficient, so each block is coded as its DC difference (zero after the first
/// block of each component) followed by end-of-block. Partial blocks at the right and bottom edges are the same flat
/// block, which decoders crop to the declared size. The Huffman tables are the standard luminance tables of
/// Annex K.3, used for all three components.
/// </remarks>
internal static class JpegImageWriter
{
    private const int BlockSize = 8;
    private const int ComponentCount = 3;
    private const byte EndOfBlock = 0x00;

    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte JfifApplicationSegment = 0xE0;
    private const byte DefineQuantisationTables = 0xDB;
    private const byte BaselineStartOfFrame = 0xC0;
    private const byte DefineHuffmanTables = 0xC4;
    private const byte StartOfScan = 0xDA;

    private static readonly byte[] DcCodeLengthCounts = { 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0 };
    private static readonly byte[] DcSymbols = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    private static readonly byte[] AcCodeLengthCounts = { 0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D };

    private static readonly byte[] AcSymbols =
    {
        0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
        0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xA1, 0x08, 0x23, 0x42, 0xB1, 0xC1, 0x15, 0x52, 0xD1, 0xF0,
        0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0A, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x25, 0x26, 0x27, 0x28,
        0x29, 0x2A, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
        0x4A, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
        0x6A, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
        0x8A, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7,
        0xA8, 0xA9, 0xAA, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xC2, 0xC3, 0xC4, 0xC5,
        0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xE1, 0xE2,
        0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8,
        0xF9, 0xFA,
    };

    public static byte[] Write(int width, int height, SolidColour colour)
    {
        var output = new List<byte>();
        Marker(output, StartOfImage);
        Segment(output, JfifApplicationSegment, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]); // version 1.1, aspect 1:1, no thumbnail

        // Every quantiser is 1: only DC coefficients are coded, and a coarser DC step would just shift the colour.
        var quantisers = new byte[1 + 64];
        Array.Fill(quantisers, (byte)1, 1, 64);
        Segment(output, DefineQuantisationTables, quantisers);

        var frame = new List<byte> { 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, ComponentCount };
        for (var component = 1; component <= ComponentCount; component++)
        {
            frame.AddRange([(byte)component, 0x11, 0]); // 1x1 sampling (4:4:4), quantisation table 0
        }

        Segment(output, BaselineStartOfFrame, frame.ToArray());
        Segment(output, DefineHuffmanTables, [0x00, .. DcCodeLengthCounts, .. DcSymbols, 0x10, .. AcCodeLengthCounts, .. AcSymbols]);
        Segment(output, StartOfScan, [ComponentCount, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]); // tables 0/0 for all; Ss, Se, Ah/Al

        AppendStuffed(output, EntropyCodedData(width, height, colour));
        Marker(output, EndOfImage);
        return output.ToArray();
    }

    private static byte[] EntropyCodedData(int width, int height, SolidColour colour)
    {
        var dcCodes = CanonicalCodes(DcCodeLengthCounts, DcSymbols);
        var endOfBlock = CanonicalCodes(AcCodeLengthCounts, AcSymbols)[EndOfBlock];
        var (y, cb, cr) = colour.ToFullRangeYCbCr();

        // With all quantisers 1, a flat block of level-shifted value s has the DC coefficient 8s (A.3.3).
        int[] dc = [8 * (y - 128), 8 * (cb - 128), 8 * (cr - 128)];

        var bits = new BitWriter();
        var blockCount = (long)((width + BlockSize - 1) / BlockSize) * ((height + BlockSize - 1) / BlockSize);
        for (long block = 0; block < blockCount; block++)
        {
            foreach (var value in dc)
            {
                // DC is coded as the difference from the previous block of the same component.
                var difference = block == 0 ? value : 0;
                var category = difference == 0 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)Math.Abs(difference));
                dcCodes[(byte)category].Write(bits);
                bits.WriteBits((uint)(difference < 0 ? difference - 1 : difference), category);
                endOfBlock.Write(bits);
            }
        }

        bits.PadWithOnes();
        return bits.ToArray();
    }

    /// <summary>The codes Annex C assigns from a table's count of codes of each length: consecutive, shortest first.</summary>
    private static Dictionary<byte, PrefixCode> CanonicalCodes(byte[] lengthCounts, byte[] symbols)
    {
        var codes = new Dictionary<byte, PrefixCode>();
        var code = 0u;
        var next = 0;
        for (var length = 1; length <= 16; length++)
        {
            for (var i = 0; i < lengthCounts[length - 1]; i++)
            {
                codes[symbols[next++]] = new PrefixCode(code++, length);
            }

            code <<= 1;
        }

        return codes;
    }

    private static void AppendStuffed(List<byte> output, byte[] data)
    {
        foreach (var b in data)
        {
            output.Add(b);

            // A 0xFF in entropy-coded data is followed by 0x00 so that it does not read as a marker.
            if (b == 0xFF)
            {
                output.Add(0x00);
            }
        }
    }

    private static void Marker(List<byte> output, byte code)
    {
        output.Add(0xFF);
        output.Add(code);
    }

    private static void Segment(List<byte> output, byte code, ReadOnlySpan<byte> body)
    {
        Marker(output, code);
        var length = 2 + body.Length;
        output.Add((byte)(length >> 8));
        output.Add((byte)length);
        output.AddRange(body);
    }
}
