using System.Globalization;
using System.Net.Mime;

namespace Sora.Client.Downloads;

/// <summary>
/// Tells from a body's first bytes alone whether it can be the media type it should be, whatever its Content-Type
/// claims. The signatures are facts of each file format (the <c>ftyp</c> box that opens an ISO base media file, the RIFF
/// container of WebP, JPEG's start-of-image marker, PNG's eight-byte magic number), not Sora values: which media type a
/// variant has comes from the spec (<see cref="Sora.Contracts.VideoContentVariant.MediaType"/>).
/// </summary>
/// <remarks>
/// A media type with no signature here (an unknown variant, a type a custom spec names) is not held to one, so a new
/// format still downloads; but a body that starts like an HTML, XML or JSON document is refused for it too, unless the
/// type is itself a text type: an error page is never saved as media.
/// </remarks>
internal static class MediaSignature
{
    /// <summary>How many bytes of a body are held back, and checked, before any is written.</summary>
    public const int HeadLength = 64;

    // The IANA name of MP4 video; System.Net.Mime has no constant for it.
    private const string Mp4 = "video/mp4";

    private static readonly Format[] s_formats =
    [
        new(Mp4, "an MP4 video", [new(4, "ftyp"u8.ToArray())]),
        new(MediaTypeNames.Image.Webp, "a WebP image", [new(0, "RIFF"u8.ToArray()), new(8, "WEBP"u8.ToArray())]),
        new(MediaTypeNames.Image.Jpeg, "a JPEG image", [new(0, [0xFF, 0xD8, 0xFF])]),
        new(MediaTypeNames.Image.Png, "a PNG image", [new(0, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])]),
    ];

    /// <summary>Why <paramref name="head"/> cannot be the start of <paramref name="mediaType"/>, or null when it can.</summary>
    /// <param name="mediaType">The expected media type; null when the spec names none (an unknown variant).</param>
    /// <param name="head">The body's first bytes: <see cref="HeadLength"/> of them, or all of a shorter body.</param>
    public static string? Mismatch(string? mediaType, ReadOnlySpan<byte> head)
    {
        var expected = Array.Find(s_formats, f => string.Equals(f.MediaType, mediaType, StringComparison.OrdinalIgnoreCase));
        if (expected is null)
        {
            return !IsText(mediaType) && LooksLikeDocument(head) is { } document
                ? $"the body starts like {document}, not {mediaType ?? "media"}"
                : null;
        }

        return expected.Matches(head) ? null
            : head.IsEmpty ? $"the body is empty, not {mediaType}"
            : head.Length < expected.Length ? string.Create(CultureInfo.InvariantCulture, $"the body is only {head.Length} bytes long, too short to be {mediaType}")
            : $"the body starts like {Describe(head)}, not {mediaType}";
    }

    private static string Describe(ReadOnlySpan<byte> head)
    {
        if (LooksLikeDocument(head) is { } document)
        {
            return document;
        }

        foreach (var format in s_formats)
        {
            if (format.Matches(head))
            {
                return format.Name;
            }
        }

        foreach (var b in head)
        {
            if (b is < 0x20 or > 0x7E && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return "bytes of no media type known here";
            }
        }

        return "plain text";
    }

    // Markup or JSON after an optional UTF-8 byte order mark and whitespace: what an error page or an API error is.
    private static string? LooksLikeDocument(ReadOnlySpan<byte> head)
    {
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        text = text.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty)
        {
            return null;
        }

        return text[0] switch
        {
            (byte)'{' or (byte)'[' => "a JSON document",
            (byte)'<' when StartsWithIgnoringCase(text, "<!doctype html"u8) || StartsWithIgnoringCase(text, "<html"u8) => "an HTML page",
            (byte)'<' when StartsWithIgnoringCase(text, "<?xml"u8) => "an XML document",
            (byte)'<' => "an HTML or XML document",
            _ => null,
        };
    }

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix) =>
        text.Length >= prefix.Length && System.Text.Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix);

    private static bool IsText(string? mediaType) =>
        mediaType is not null
        && (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("/xml", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>Bytes a file of the format has at an offset.</summary>
    private readonly record struct Mark(int Offset, byte[] Bytes);

    private sealed record Format(string MediaType, string Name, Mark[] Marks)
    {
        /// <summary>How many bytes the check needs.</summary>
        public int Length => Marks.Max(m => m.Offset + m.Bytes.Length);

        public bool Matches(ReadOnlySpan<byte> head)
        {
            foreach (var mark in Marks)
            {
                if (head.Length < mark.Offset + mark.Bytes.Length || !head.Slice(mark.Offset, mark.Bytes.Length).SequenceEqual(mark.Bytes))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
