namespace Sora.Emulator.Media;

/// <summary>
/// Makes the media the emulator serves for a finished job: an MP4, a WebP thumbnail and a JPEG sprite sheet, all of
/// one solid colour chosen by the seed, that real decoders read with the job's size and duration.
/// </summary>
internal static class EmulatorMedia
{
    public const string Mp4 = "video/mp4";
    public const string Webp = "image/webp";
    public const string Jpeg = "image/jpeg";

    /// <summary>Far above any size the protocol offers, yet every output stays small and fast to make.</summary>
    public const int MaxDimension = 8192;

    public const int MaxSeconds = 600;

    /// <summary>
    /// The bytes of one medium, the same for the same arguments. The MP4 is <paramref name="width"/> x
    /// <paramref name="height"/> and <paramref name="seconds"/> long; the WebP is a thumbnail of the same size; the
    /// JPEG is a sprite sheet of <see cref="SpriteSheetLayout.Columns"/> x <see cref="SpriteSheetLayout.Rows"/> tiles.
    /// </summary>
    /// <returns><see langword="null"/> for a media type other than the three above (compared case-insensitively).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is not 1 to <see cref="MaxDimension"/>, or the seconds are not 1 to <see cref="MaxSeconds"/>.</exception>
    public static byte[]? Create(string mediaType, int width, int height, int seconds, int seed)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxDimension);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxDimension);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seconds, MaxSeconds);

        var colour = SolidColour.FromSeed(seed);
        if (string.Equals(mediaType, Mp4, StringComparison.OrdinalIgnoreCase))
        {
            return Mp4VideoWriter.Write(width, height, seconds, colour);
        }

        if (string.Equals(mediaType, Webp, StringComparison.OrdinalIgnoreCase))
        {
            return WebpImageWriter.Write(width, height, colour);
        }

        if (string.Equals(mediaType, Jpeg, StringComparison.OrdinalIgnoreCase))
        {
            var (sheetWidth, sheetHeight) = SpriteSheetLayout.Sheet(width, height);
            return JpegImageWriter.Write(sheetWidth, sheetHeight, colour);
        }

        return null;
    }
}
