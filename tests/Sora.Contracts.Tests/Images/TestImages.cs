using System.Buffers.Binary;
using System.Text;
using Sora.Contracts.Images;
using Xunit;

namespace Sora.Contracts.Tests.Images;

/// <summary>The encodings the test images are written in.</summary>
public enum TestImageKind
{
    /// <summary>PNG with an IHDR chunk (with CRC) and IEND.</summary>
    Png,

    /// <summary>Baseline JPEG (SOF0) with JFIF APP0 and a large EXIF APP1 before the frame header.</summary>
    JpegBaseline,

    /// <summary>Progressive JPEG (SOF2) with JFIF APP0, a large EXIF APP1 and a DHT before the frame header.</summary>
    JpegProgressive,

    /// <summary>Lossy WebP: a single <c>VP8 </c> chunk.</summary>
    WebPLossy,

    /// <summary>Lossless WebP: a single <c>VP8L</c> chunk.</summary>
    WebPLossless,

    /// <summary>Extended WebP: a <c>VP8X</c> chunk followed by a <c>VP8 </c> chunk.</summary>
    WebPExtended,
}

/// <summary>A hand-built image and what the reader should make of it.</summary>
/// <param name="Name">A stable name, used as theory data so test names stay readable.</param>
/// <param name="Bytes">The encoded image.</param>
/// <param name="Expected">The format and size the header declares.</param>
/// <param name="HeaderLength">How many leading bytes the reader needs; every shorter prefix must be rejected.</param>
public sealed record TestImage(string Name, byte[] Bytes, ImageInfo Expected, int HeaderLength);

/// <summary>
/// Writes small images with real, valid headers byte by byte, so the tests do not depend on binary fixtures
/// or an image library.
/// </summary>
public static class TestImages
{
    private static readonly (int Width, int Height)[] Sizes = [(1280, 720), (720, 1280), (1792, 1024)];

    private static readonly Lazy<Dictionary<string, TestImage>> ByName = new(() =>
    {
        var images = new Dictionary<string, TestImage>(StringComparer.Ordinal);
        foreach (TestImageKind kind in Enum.GetValues<TestImageKind>())
        {
            foreach ((int width, int height) in Sizes)
            {
                TestImage image = Create(kind, width, height);
                images.Add(image.Name, image);
            }
        }

        return images;
    });

    /// <summary>Every standard test image: each kind at 1280x720, 720x1280 and 1792x1024, as fresh copies.</summary>
    public static IEnumerable<TestImage> All => ByName.Value.Keys.Select(Get);

    /// <summary>The names of <see cref="All"/>, as xUnit member data.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (string name in ByName.Value.Keys.Order(StringComparer.Ordinal))
            {
                names.Add(name);
            }

            return names;
        }
    }

    /// <summary>Looks up a standard test image by its name, with bytes the caller may change freely.</summary>
    public static TestImage Get(string name)
    {
        TestImage image = ByName.Value[name];
        return image with { Bytes = (byte[])image.Bytes.Clone() };
    }

    /// <summary>Writes an image of the given kind and size.</summary>
    public static TestImage Create(TestImageKind kind, int width, int height) => kind switch
    {
        TestImageKind.Png => Png(width, height),
        TestImageKind.JpegBaseline => Jpeg(width, height, progressive: false),
        TestImageKind.JpegProgressive => Jpeg(width, height, progressive: true),
        TestImageKind.WebPLossy => WebPLossy(width, height),
        TestImageKind.WebPLossless => WebPLossless(width, height),
        TestImageKind.WebPExtended => WebPExtended(width, height),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A PNG signature, an 8-bit RGB IHDR with a correct CRC, and IEND.</summary>
    public static TestImage Png(int width, int height) => Png(width, height, (uint)width, (uint)height);

    /// <summary>A PNG whose IHDR declares the given raw width and height, which may be out of range.</summary>
    public static TestImage Png(int expectedWidth, int expectedHeight, uint width, uint height)
    {
        var png = new List<byte>();
        png.AddRange([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(0), width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type: truecolour
        AddPngChunk(png, "IHDR", ihdr);
        AddPngChunk(png, "IEND", []);

        return new TestImage(
            $"png-{expectedWidth}x{expectedHeight}",
            [.. png],
            new ImageInfo(ImageFormat.Png, expectedWidth, expectedHeight),
            HeaderLength: 24);
    }

    /// <summary>
    /// A JFIF/EXIF JPEG: SOI, APP0, an APP1 of several kilobytes whose payload is full of bytes that look like
    /// markers, DQT, then the frame header (SOF0 or SOF2) and the tables and scan that follow it.
    /// </summary>
    public static TestImage Jpeg(int width, int height, bool progressive)
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };

        // JFIF 1.02, density 72x72 dpi, no thumbnail.
        AddJpegSegment(jpeg, 0xE0, [.. "JFIF\0"u8, 0x01, 0x02, 0x01, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]);
        AddJpegSegment(jpeg, 0xE1, ExifPayload(6000));

        var dqt = new byte[65];
        dqt.AsSpan(1).Fill(1);
        AddJpegSegment(jpeg, 0xDB, dqt);

        // One DC table with a single one-bit code, which is the smallest valid DHT.
        byte[] dht = [0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00];
        if (progressive)
        {
            AddJpegSegment(jpeg, 0xC4, dht);
        }

        AddJpegSegment(jpeg, progressive ? (byte)0xC2 : (byte)0xC0, FramePayload(width, height));
        int headerLength = jpeg.Count;

        if (!progressive)
        {
            AddJpegSegment(jpeg, 0xC4, dht);
        }

        byte spectralEnd = progressive ? (byte)0 : (byte)63;
        AddJpegSegment(jpeg, 0xDA, [0x03, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x00, spectralEnd, 0x00]);
        jpeg.AddRange([0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD0, 0x78]);
        jpeg.AddRange([0xFF, 0xD9]);

        return new TestImage(
            $"jpeg-{(progressive ? "progressive" : "baseline")}-{width}x{height}",
            [.. jpeg],
            new ImageInfo(ImageFormat.Jpeg, width, height),
            headerLength);
    }

    /// <summary>The payload of a three-component (YCbCr 4:2:0) frame header: precision, size and components.</summary>
    public static byte[] FramePayload(int width, int height)
    {
        var payload = new byte[] { 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 };
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(3), (ushort)width);
        return payload;
    }

    /// <summary>Appends a marker, its big-endian length (which counts itself) and its payload.</summary>
    public static void AddJpegSegment(List<byte> jpeg, byte marker, ReadOnlySpan<byte> payload)
    {
        jpeg.Add(0xFF);
        jpeg.Add(marker);
        jpeg.Add((byte)((payload.Length + 2) >> 8));
        jpeg.Add((byte)(payload.Length + 2));
        jpeg.AddRange(payload);
    }

    /// <summary>A lossy WebP: RIFF, a <c>VP8 </c> chunk with a key-frame header, and some frame data.</summary>
    public static TestImage WebPLossy(int width, int height)
    {
        byte[] vp8 = Vp8Payload(width, height);
        return new TestImage(
            $"webp-lossy-{width}x{height}",
            Riff(("VP8 ", vp8)),
            new ImageInfo(ImageFormat.WebP, width, height),
            HeaderLength: 30);
    }

    /// <summary>A lossless WebP: RIFF and a <c>VP8L</c> chunk with a version-0 header and the alpha hint set.</summary>
    public static TestImage WebPLossless(int width, int height)
    {
        var vp8l = new byte[24];
        vp8l[0] = 0x2F;
        uint bits = (uint)(width - 1) | ((uint)(height - 1) << 14) | (1u << 28);
        BinaryPrimitives.WriteUInt32LittleEndian(vp8l.AsSpan(1), bits);
        FillFrameData(vp8l.AsSpan(5));
        return new TestImage(
            $"webp-lossless-{width}x{height}",
            Riff(("VP8L", vp8l)),
            new ImageInfo(ImageFormat.WebP, width, height),
            HeaderLength: 25);
    }

    /// <summary>An extended WebP: RIFF, a <c>VP8X</c> chunk giving the canvas size, then the <c>VP8 </c> image.</summary>
    public static TestImage WebPExtended(int width, int height)
    {
        var vp8x = new byte[10];
        WriteUInt24LittleEndian(vp8x.AsSpan(4), width - 1);
        WriteUInt24LittleEndian(vp8x.AsSpan(7), height - 1);
        return new TestImage(
            $"webp-extended-{width}x{height}",
            Riff(("VP8X", vp8x), ("VP8 ", Vp8Payload(width, height))),
            new ImageInfo(ImageFormat.WebP, width, height),
            HeaderLength: 30);
    }

    /// <summary>A VP8 key frame: frame tag, start code, 14-bit width and height, and a little frame data.</summary>
    public static byte[] Vp8Payload(int width, int height)
    {
        var vp8 = new byte[31];
        const int FirstPartitionSize = 21;

        // Key frame (bit 0 clear), version 0, shown (bit 4), then the 19-bit first partition size.
        uint tag = (1u << 4) | (FirstPartitionSize << 5);
        vp8[0] = (byte)tag;
        vp8[1] = (byte)(tag >> 8);
        vp8[2] = (byte)(tag >> 16);
        vp8[3] = 0x9D;
        vp8[4] = 0x01;
        vp8[5] = 0x2A;
        BinaryPrimitives.WriteUInt16LittleEndian(vp8.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(vp8.AsSpan(8), (ushort)height);
        FillFrameData(vp8.AsSpan(10));
        return vp8;
    }

    /// <summary>Wraps chunks in a RIFF/WEBP container with a truthful RIFF size and even-padded chunks.</summary>
    public static byte[] Riff(params (string Type, byte[] Data)[] chunks)
    {
        var body = new List<byte>();
        body.AddRange("WEBP"u8);
        foreach ((string type, byte[] data) in chunks)
        {
            body.AddRange(Encoding.ASCII.GetBytes(type));
            var size = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)data.Length);
            body.AddRange(size);
            body.AddRange(data);
            if (data.Length % 2 == 1)
            {
                body.Add(0);
            }
        }

        var riff = new byte[8 + body.Count];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)body.Count);
        body.CopyTo(riff, 8);
        return riff;
    }

    /// <summary>Parses space-free or spaced hex such as <c>"FF D8"</c> into bytes.</summary>
    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

    private static void AddPngChunk(List<byte> png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.AddRange(length);

        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.AddRange(typeAndData);

        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.AddRange(crc);
    }

    // The CRC-32 of ISO 3309 / PNG, bit by bit: speed does not matter for a few dozen bytes.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }

    // An EXIF APP1 payload: a little-endian TIFF header and IFD0 with an orientation tag, then a "thumbnail"
    // full of FF xx pairs that would be mistaken for markers by a reader that scanned instead of skipping.
    private static byte[] ExifPayload(int length)
    {
        var exif = new byte[length];
        "Exif\0\0"u8.CopyTo(exif);
        Span<byte> tiff = exif.AsSpan(6);
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff[4..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff[8..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff[10..], 0x0112);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff[12..], 3);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff[14..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff[18..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff[22..], 0);

        ReadOnlySpan<byte> decoys = [0xFF, 0xC0, 0x00, 0x11, 0xFF, 0xD9, 0xFF, 0xDA, 0xFF, 0x01, 0xFF, 0xFF];
        for (int i = 32; i < exif.Length; i++)
        {
            exif[i] = decoys[i % decoys.Length];
        }

        return exif;
    }

    private static void FillFrameData(Span<byte> data)
    {
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = (byte)((i * 37) + 11);
        }
    }

    private static void WriteUInt24LittleEndian(Span<byte> destination, int value)
    {
        destination[0] = (byte)value;
        destination[1] = (byte)(value >> 8);
        destination[2] = (byte)(value >> 16);
    }
}
