namespace Sora.Contracts.Images;

/// <summary>
/// The image container formats whose size <see cref="ImageHeaderReader"/> can read from the header alone.
/// </summary>
public enum ImageFormat
{
    /// <summary>Portable Network Graphics, identified by its eight-byte signature.</summary>
    Png,

    /// <summary>JPEG (JFIF, EXIF or bare), identified by the start-of-image marker <c>FF D8</c>.</summary>
    Jpeg,

    /// <summary>WebP in a RIFF container, lossy (<c>VP8 </c>), lossless (<c>VP8L</c>) or extended (<c>VP8X</c>).</summary>
    WebP,
}
