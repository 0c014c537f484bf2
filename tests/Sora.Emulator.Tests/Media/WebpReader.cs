using System.Buffers.Binary;
using System.Text;

namespace Sora.Emulator.Tests.Media;

internal sealed record WebpFacts(int Width, int Height, bool AlphaIsUsed, byte? Red, byte? Green, byte? Blue, byte? Alpha);

/// <summary>
/// Reads a RIFF WebP holding one VP8L chunk: its header, and (for images whose prefix codes are all single-symbol
/// simple codes, so every pixel is the same) the one ARGB value every pixel has.
/// </summary>
internal static class WebpReader
{
    public static WebpFacts Read(byte[] file)
    {
        Expect(Encoding.ASCII.GetString(file, 0, 4) == "RIFF", "no RIFF signature");
        Expect(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4)) == file.Length - 8, "RIFF size is not the file length - 8");
        Expect(Encoding.ASCII.GetString(file, 8, 4) == "WEBP", "no WEBP form type");
        Expect(Encoding.ASCII.GetString(file, 12, 4) == "VP8L", "the first chunk is not VP8L");
        var chunkSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(16));
        Expect(20 + chunkSize + (chunkSize & 1) == file.Length, "the VP8L chunk (with its pad byte) does not end the file");
        Expect((chunkSize & 1) == 0 || file[^1] == 0, "the pad byte is not zero");

        var bits = new LsbReader(file.AsSpan(20, chunkSize).ToArray());
        Expect(bits.Read(8) == 0x2F, "no VP8L signature byte");
        var width = (int)bits.Read(14) + 1;
        var height = (int)bits.Read(14) + 1;
        var alpha = bits.Read(1) == 1;
        Expect(bits.Read(3) == 0, "the VP8L version is not 0");

        if (bits.Read(1) != 0 || bits.Read(1) != 0 || bits.Read(1) != 0)
        {
            // A transform, a colour cache or meta prefix codes: not a single-colour image this reader can judge.
            return new WebpFacts(width, height, alpha, null, null, null, null);
        }

        var symbols = new byte?[5];
        for (var i = 0; i < symbols.Length; i++)
        {
            symbols[i] = ReadSingleSymbolCode(bits);
        }

        return new WebpFacts(width, height, alpha, symbols[1], symbols[0], symbols[2], symbols[3]);
    }

    private static byte? ReadSingleSymbolCode(LsbReader bits)
    {
        if (bits.Read(1) != 1 || bits.Read(1) != 0)
        {
            return null;
        }

        return (byte)bits.Read(bits.Read(1) == 1 ? 8 : 1);
    }

    private static void Expect(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException("WebP: " + problem);
        }
    }

    private sealed class LsbReader(byte[] data)
    {
        private int position;

        public uint Read(int count)
        {
            var value = 0u;
            for (var i = 0; i < count; i++, position++)
            {
                if (position >= data.Length * 8)
                {
                    throw new InvalidDataException("WebP: the VP8L data ends early.");
                }

                value |= (uint)((data[position >> 3] >> (position & 7)) & 1) << i;
            }

            return value;
        }
    }
}
