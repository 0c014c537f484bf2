using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sora.Contracts.Images;

/// <summary>
/// Reads the format and pixel size of a PNG, JPEG or WebP image from the first bytes of the file, without decoding it.
/// </summary>
/// <remarks>
/// The reader needs only the header: a PNG's IHDR chunk, a JPEG's segments up to and including its frame header
/// (SOFn), or the start of a WebP's first chunk. Anything after that is ignored, so a prefix of the file is enough.
/// Successful reads allocate nothing; a message string is built only when the data is rejected.
/// </remarks>
public static class ImageHeaderReader
{
    private const int PngHeaderLength = 24;
    private const int PngIhdrDataLength = 13;
    private const int RiffHeaderLength = 12;
    private const int WebPFirstChunkDataOffset = 20;
    private const int Vp8HeaderLength = 10;
    private const int Vp8LHeaderLength = 5;
    private const int Vp8XHeaderLength = 10;
    private const int JpegFrameHeaderMinimumLength = 8;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Vp8StartCode => [0x9D, 0x01, 0x2A];

    /// <summary>
    /// Tries to read the format and size of an image from its header. Never throws, whatever the input.
    /// </summary>
    /// <param name="data">The image file, or at least its first bytes.</param>
    /// <param name="info">The format and size when the header is valid; <see langword="default"/> otherwise.</param>
    /// <param name="error">
    /// <see langword="null"/> on success; otherwise one sentence naming what is wrong, for example
    /// <c>The PNG header declares a width of 0.</c>
    /// </param>
    /// <returns><see langword="true"/> when <paramref name="data"/> starts with a valid PNG, JPEG or WebP header.</returns>
    public static bool TryRead(ReadOnlySpan<byte> data, out ImageInfo info, [NotNullWhen(false)] out string? error)
    {
        info = default;
        if (data.IsEmpty)
        {
            error = "The image is empty: it has no bytes.";
            return false;
        }

        // A prefix of a signature is routed to its format so that a cut-off file is reported as truncated
        // rather than as an unknown format.
        if (StartsWithOrIsStartOf(data, PngSignature))
        {
            return TryReadPng(data, out info, out error);
        }

        if (data[0] == 0xFF && (data.Length == 1 || data[1] == 0xD8))
        {
            return TryReadJpeg(data, out info, out error);
        }

        if (StartsWithOrIsStartOf(data, "RIFF"u8))
        {
            return TryReadWebP(data, out info, out error);
        }

        error = string.Create(CultureInfo.InvariantCulture, $"The image is not PNG, JPEG or WebP (it starts with {Hex(data[..Math.Min(4, data.Length)])}).");
        return false;
    }

    /// <summary>
    /// Reads the format and size of an image from its header.
    /// </summary>
    /// <param name="data">The image file, or at least its first bytes.</param>
    /// <returns>The format and size declared by the header.</returns>
    /// <exception cref="InvalidImageException">
    /// The data is not a valid PNG, JPEG or WebP header; the message is the one
    /// <see cref="TryRead(ReadOnlySpan{byte}, out ImageInfo, out string?)"/> reports.
    /// </exception>
    public static ImageInfo Read(ReadOnlySpan<byte> data)
    {
        if (!TryRead(data, out ImageInfo info, out string? error))
        {
            throw new InvalidImageException(error);
        }

        return info;
    }

    private static bool TryReadPng(ReadOnlySpan<byte> data, out ImageInfo info, [NotNullWhen(false)] out string? error)
    {
        info = default;

        // Fields are checked as soon as they are present, so a wrong first chunk is named as such even when
        // the data also stops short.
        if (data.Length >= 16 && !data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The PNG's first chunk is {FourCc(data.Slice(12, 4))}, but it must be IHDR.");
            return false;
        }

        if (data.Length >= 12)
        {
            uint chunkLength = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(8, 4));
            if (chunkLength != PngIhdrDataLength)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"The PNG IHDR chunk declares a length of {chunkLength}, but it must be {PngIhdrDataLength}.");
                return false;
            }
        }

        if (data.Length < PngHeaderLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The PNG header is truncated: IHDR needs {PngHeaderLength} bytes but only {data.Length} are present.");
            return false;
        }

        uint width = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(16, 4));
        uint height = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(20, 4));
        if (!CheckPngDimension(width, "width", out error) || !CheckPngDimension(height, "height", out error))
        {
            return false;
        }

        info = new ImageInfo(ImageFormat.Png, (int)width, (int)height);
        return true;
    }

    private static bool CheckPngDimension(uint value, string name, [NotNullWhen(false)] out string? error)
    {
        if (value == 0)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The PNG header declares a {name} of 0.");
            return false;
        }

        // The PNG specification caps dimensions at 2^31-1, which is also what fits in ImageInfo.
        if (value > int.MaxValue)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The PNG header declares a {name} of {value}, above the maximum of {int.MaxValue}.");
            return false;
        }

        error = null;
        return true;
    }

    private static bool TryReadJpeg(ReadOnlySpan<byte> data, out ImageInfo info, [NotNullWhen(false)] out string? error)
    {
        info = default;
        const string EndsBeforeFrame = "The JPEG ends before a frame header (SOFn) gives its size.";
        int position = 2;
        while (true)
        {
            if (position >= data.Length)
            {
                error = EndsBeforeFrame;
                return false;
            }

            int markerOffset = position;
            if (data[position] != 0xFF)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"The JPEG has the byte {data[position]:X2} at offset {position} where a marker (FF) was expected.");
                return false;
            }

            // Any number of FF fill bytes may precede a marker code.
            while (position < data.Length && data[position] == 0xFF)
            {
                position++;
            }

            if (position >= data.Length)
            {
                error = EndsBeforeFrame;
                return false;
            }

            byte marker = data[position];
            position++;

            // TEM and RSTn stand alone: no length follows them.
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            {
                continue;
            }

            switch (marker)
            {
                case 0x00:
                    error = string.Create(CultureInfo.InvariantCulture, $"The JPEG has a stuffed FF 00 at offset {markerOffset}, outside any scan data.");
                    return false;
                case 0xD8:
                    error = string.Create(CultureInfo.InvariantCulture, $"The JPEG has a second start-of-image marker (SOI) at offset {markerOffset}.");
                    return false;
                case 0xD9:
                    error = "The JPEG reaches its end-of-image marker (EOI) before a frame header (SOFn) gives its size.";
                    return false;
                case 0xDA:
                    error = "The JPEG reaches a start-of-scan marker (SOS) before a frame header (SOFn) gives its size.";
                    return false;
            }

            if (data.Length - position < 2)
            {
                error = EndsBeforeFrame;
                return false;
            }

            int segmentLength = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position, 2));
            if (segmentLength < 2)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"The JPEG segment FF{marker:X2} at offset {markerOffset} declares a length of {segmentLength}, below the minimum of 2.");
                return false;
            }

            if (data.Length - position < segmentLength)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"The JPEG segment FF{marker:X2} at offset {markerOffset} is truncated: it declares {segmentLength} bytes but only {data.Length - position} are present.");
                return false;
            }

            if (IsStartOfFrame(marker))
            {
                return TryReadJpegFrame(data.Slice(position, segmentLength), marker, markerOffset, out info, out error);
            }

            position += segmentLength;
        }
    }

    // C4 (DHT), C8 (JPG) and CC (DAC) share the SOFn range but carry no frame header.
    private static bool IsStartOfFrame(byte marker)
        => marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;

    private static bool TryReadJpegFrame(ReadOnlySpan<byte> segment, byte marker, int markerOffset, out ImageInfo info, [NotNullWhen(false)] out string? error)
    {
        info = default;
        if (segment.Length < JpegFrameHeaderMinimumLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The JPEG frame header (SOF{marker - 0xC0}) at offset {markerOffset} declares a length of {segment.Length}, below the minimum of {JpegFrameHeaderMinimumLength}.");
            return false;
        }

        int height = BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(3, 2));
        int width = BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(5, 2));
        if (height == 0)
        {
            error = "The JPEG frame header declares a height of 0, which defers the height to a DNL marker, and DNL is not supported.";
            return false;
        }

        if (width == 0)
        {
            error = "The JPEG frame header declares a width of 0.";
            return false;
        }

        info = new ImageInfo(ImageFormat.Jpeg, width, height);
        error = null;
        return true;
    }

    private static bool TryReadWebP(ReadOnlySpan<byte> data, out ImageInfo info, [NotNullWhen(false)] out string? error)
    {
        info = default;
        if (data.Length < RiffHeaderLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The WebP header is truncated: the RIFF header needs {RiffHeaderLength} bytes but only {data.Length} are present.");
            return false;
        }

        if (!data.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The RIFF file is not WebP: its form type is {FourCc(data.Slice(8, 4))}.");
            return false;
        }

        if (data.Length < WebPFirstChunkDataOffset)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The WebP header is truncated: the first chunk header needs {WebPFirstChunkDataOffset} bytes but only {data.Length} are present.");
            return false;
        }

        ReadOnlySpan<byte> chunkType = data.Slice(12, 4);
        int headerLength;
        if (chunkType.SequenceEqual("VP8 "u8))
        {
            headerLength = Vp8HeaderLength;
        }
        else if (chunkType.SequenceEqual("VP8L"u8))
        {
            headerLength = Vp8LHeaderLength;
        }
        else if (chunkType.SequenceEqual("VP8X"u8))
        {
            headerLength = Vp8XHeaderLength;
        }
        else
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The WebP's first chunk is {FourCc(chunkType)}, but it must be 'VP8 ', 'VP8L' or 'VP8X'.");
            return false;
        }

        uint riffSize = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(4, 4));
        uint chunkSize = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(16, 4));

        // The RIFF size counts everything after itself: the form type, the chunk header and the chunk data.
        if (riffSize < 4UL + 8UL + chunkSize)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The WebP RIFF size of {riffSize} bytes is too small to hold its {FourCc(chunkType)} chunk of {chunkSize} bytes.");
            return false;
        }

        if (chunkSize < (uint)headerLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The WebP {FourCc(chunkType)} chunk declares {chunkSize} bytes, fewer than the {headerLength} its header needs.");
            return false;
        }

        if (data.Length - WebPFirstChunkDataOffset < headerLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The WebP header is truncated: the {FourCc(chunkType)} chunk needs {WebPFirstChunkDataOffset + headerLength} bytes but only {data.Length} are present.");
            return false;
        }

        ReadOnlySpan<byte> header = data.Slice(WebPFirstChunkDataOffset, headerLength);
        return chunkType[3] switch
        {
            (byte)' ' => TryReadVp8(header, out info, out error),
            (byte)'L' => TryReadVp8L(header, out info, out error),
            _ => TryReadVp8X(header, out info, out error),
        };
    }

    private static bool TryReadVp8(ReadOnlySpan<byte> header, out ImageInfo info, [NotNullWhen(false)] out string? error)
    {
        info = default;

        // Bit 0 of the frame tag is 0 for a key frame; only key frames carry the start code and the size.
        if ((header[0] & 1) != 0)
        {
            error = "The WebP VP8 frame is not a key frame, so it carries no size.";
            return false;
        }

        if (!header.Slice(3, 3).SequenceEqual(Vp8StartCode))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The WebP VP8 frame lacks the start code 9D 01 2A (it has {Hex(header.Slice(3, 3))}).");
            return false;
        }

        // The top two bits of each field are an upscaling hint, not part of the size.
        int width = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(6, 2)) & 0x3FFF;
        int height = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(8, 2)) & 0x3FFF;
        if (width == 0)
        {
            error = "The WebP VP8 frame declares a width of 0.";
            return false;
        }

        if (height == 0)
        {
            error = "The WebP VP8 frame declares a height of 0.";
            return false;
        }

        info = new ImageInfo(ImageFormat.WebP, width, height);
        error = null;
        return true;
    }

    private static bool TryReadVp8L(ReadOnlySpan<byte> header, out ImageInfo info, [NotNullWhen(false)] out string? error)
    {
        info = default;
        if (header[0] != 0x2F)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The WebP VP8L chunk lacks the signature byte 2F (it has {header[0]:X2}).");
            return false;
        }

        // 14 bits width-1, 14 bits height-1, 1 bit alpha hint, 3 bits version.
        uint bits = BinaryPrimitives.ReadUInt32LittleEndian(header.Slice(1, 4));
        uint version = bits >> 29;
        if (version != 0)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The WebP VP8L header declares version {version}, but only version 0 is defined.");
            return false;
        }

        int width = (int)(bits & 0x3FFF) + 1;
        int height = (int)((bits >> 14) & 0x3FFF) + 1;
        info = new ImageInfo(ImageFormat.WebP, width, height);
        error = null;
        return true;
    }

    private static bool TryReadVp8X(ReadOnlySpan<byte> header, out ImageInfo info, [NotNullWhen(false)] out string? error)
    {
        // Flags (1 byte) and reserved (3 bytes) precede the 24-bit canvas width-1 and height-1.
        int width = ReadUInt24LittleEndian(header.Slice(4, 3)) + 1;
        int height = ReadUInt24LittleEndian(header.Slice(7, 3)) + 1;
        info = new ImageInfo(ImageFormat.WebP, width, height);
        error = null;
        return true;
    }

    private static int ReadUInt24LittleEndian(ReadOnlySpan<byte> bytes)
        => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);

    private static bool StartsWithOrIsStartOf(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
        => data.Length >= signature.Length ? data.StartsWith(signature) : signature.StartsWith(data);

    // Chunk types are shown as text when they are printable, so "IDAT" reads as a name rather than as hex.
    private static string FourCc(ReadOnlySpan<byte> type)
    {
        foreach (byte b in type)
        {
            if (b < 0x20 || b > 0x7E)
            {
                return Hex(type);
            }
        }

        Span<char> text = stackalloc char[6];
        text[0] = '\'';
        for (int i = 0; i < 4; i++)
        {
            text[i + 1] = (char)type[i];
        }

        text[5] = '\'';
        return new string(text);
    }

    private static string Hex(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        const string Digits = "0123456789ABCDEF";
        Span<char> text = stackalloc char[(bytes.Length * 3) - 1];
        for (int i = 0; i < bytes.Length; i++)
        {
            if (i > 0)
            {
                text[(i * 3) - 1] = ' ';
            }

            text[i * 3] = Digits[bytes[i] >> 4];
            text[(i * 3) + 1] = Digits[bytes[i] & 0xF];
        }

        return new string(text);
    }
}
