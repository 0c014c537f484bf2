using System.Globalization;

namespace Sora.Contracts.Images;

/// <summary>
/// The format and pixel size of an image, as declared by its header.
/// </summary>
/// <param name="Format">The container format.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
public readonly record struct ImageInfo(ImageFormat Format, int Width, int Height)
{
    /// <summary>
    /// The IANA media type of <see cref="Format"/>: <c>image/png</c>, <c>image/jpeg</c> or <c>image/webp</c>
    /// (<c>application/octet-stream</c> for a value outside <see cref="ImageFormat"/>).
    /// </summary>
    public string MediaType => Format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.WebP => "image/webp",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// Whether <paramref name="widthByHeight"/> is exactly <c>&lt;width&gt;x&lt;height&gt;</c> (ASCII digits and a
    /// lower-case <c>x</c>, nothing else) and names this image's <see cref="Width"/> and <see cref="Height"/>.
    /// </summary>
    /// <param name="widthByHeight">A size such as <c>1280x720</c>; <see langword="null"/> never matches.</param>
    /// <returns><see langword="true"/> when the string is well formed and both numbers match.</returns>
    public bool HasDimensions(string? widthByHeight) =>
        TryParseDimensions(widthByHeight, out int width, out int height) && width == Width && height == Height;

    /// <summary>
    /// Reads a size such as <c>1280x720</c>: ASCII digits, a lower-case <c>x</c>, ASCII digits, nothing else.
    /// </summary>
    /// <param name="widthByHeight">The size; <see langword="null"/> is never well formed.</param>
    /// <param name="width">The width, when well formed; otherwise 0.</param>
    /// <param name="height">The height, when well formed; otherwise 0.</param>
    /// <returns><see langword="true"/> when the string is well formed.</returns>
    public static bool TryParseDimensions(string? widthByHeight, out int width, out int height)
    {
        width = 0;
        height = 0;
        if (widthByHeight is null)
        {
            return false;
        }

        ReadOnlySpan<char> text = widthByHeight.AsSpan();
        int separator = text.IndexOf('x');
        if (separator >= 0
            && TryParseDimension(text[..separator], out int parsedWidth)
            && TryParseDimension(text[(separator + 1)..], out int parsedHeight))
        {
            width = parsedWidth;
            height = parsedHeight;
            return true;
        }

        return false;
    }

    /// <summary>Describes the image as its format name and size, for example <c>PNG 1280x720</c>.</summary>
    /// <returns>The format name, a space, and <c>&lt;width&gt;x&lt;height&gt;</c>.</returns>
    public override string ToString()
    {
        string name = Format switch
        {
            ImageFormat.Png => "PNG",
            ImageFormat.Jpeg => "JPEG",
            ImageFormat.WebP => "WebP",
            _ => ((int)Format).ToString(CultureInfo.InvariantCulture),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{name} {Width}x{Height}");
    }

    // Parsed by hand rather than with int.TryParse because even NumberStyles.None accepts trailing NUL characters,
    // and a size string must be exactly digits to count as a match.
    private static bool TryParseDimension(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        long accumulated = 0;
        foreach (char c in digits)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            accumulated = (accumulated * 10) + digit;
            if (accumulated > int.MaxValue)
            {
                return false;
            }
        }

        value = (int)accumulated;
        return true;
    }
}
