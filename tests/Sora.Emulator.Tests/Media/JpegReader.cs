using System.Buffers.Binary;

namespace Sora.Emulator.Tests.Media;

internal sealed record JpegFacts(int FrameMarker, int Precision, int Width, int Height, IReadOnlyList<(int Id, int Sampling, int Table)> Components, IReadOnlyList<int> Markers, int ScanBytes);

/// <summary>
/// Walks a JPEG's segments (ITU T.81 B.1): SOI, marker segments with lengths, the frame header, the scan, and an EOI
/// that must end the file. The entropy-coded data is scanned for markers only, never decoded.
/// </summary>
internal static class JpegReader
{
    public static JpegFacts Read(byte[] file)
    {
        Expect(file.Length >= 4 && file[0] == 0xFF && file[1] == 0xD8, "no SOI at the start");
        var markers = new List<int>();
        JpegFacts? frame = null;
        var offset = 2;
        while (true)
        {
            Expect(offset + 4 <= file.Length && file[offset] == 0xFF, $"no marker at offset {offset}");
            var marker = file[offset + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(offset + 2));
            Expect(length >= 2 && offset + 2 + length <= file.Length, $"segment FF{marker:X2} overruns the file");
            markers.Add(marker);
            var body = file.AsSpan(offset + 4, length - 2).ToArray();
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var components = Enumerable.Range(0, body[5]).Select(i => ((int)body[6 + 3 * i], (int)body[7 + 3 * i], (int)body[8 + 3 * i])).ToList();
                Expect(body.Length == 6 + 3 * components.Count, "the frame header length does not match its components");
                frame = new JpegFacts(marker, body[0], BinaryPrimitives.ReadUInt16BigEndian(body.AsSpan(3)), BinaryPrimitives.ReadUInt16BigEndian(body.AsSpan(1)), components, markers, 0);
            }

            offset += 2 + length;
            if (marker == 0xDA)
            {
                break;
            }
        }

        Expect(frame is not null, "no frame header before the scan");

        // Entropy-coded data: FF is followed by 00 (a stuffed byte) or RSTn; any other marker ends the scan.
        var scanStart = offset;
        while (true)
        {
            Expect(offset + 1 < file.Length, "the scan runs to the end of the file without a marker");
            if (file[offset] == 0xFF && file[offset + 1] != 0x00 && file[offset + 1] is not (>= 0xD0 and <= 0xD7))
            {
                break;
            }

            offset += file[offset] == 0xFF ? 2 : 1;
        }

        Expect(file[offset + 1] == 0xD9, $"the scan ends with FF{file[offset + 1]:X2}, not EOI");
        Expect(offset + 2 == file.Length, "bytes follow EOI");
        markers.Add(0xD9);
        return frame! with { Markers = markers, ScanBytes = offset - scanStart };
    }

    private static void Expect(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException("JPEG: " + problem);
        }
    }
}
