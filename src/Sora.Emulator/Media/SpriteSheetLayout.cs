namespace Sora.Emulator.Media;

/// <summary>
/// The size of a sprite sheet: a grid of frames sampled across the clip, each scaled down to a small tile.
/// </summary>
internal static class SpriteSheetLayout
{
    public const int Columns = 4;
    public const int Rows = 4;

    /// <summary>Tiles are scaled so their longer side is this many pixels; smaller frames keep their own size.</summary>
    public const int TileLongSide = 128;

    public static (int TileWidth, int TileHeight) Tile(int frameWidth, int frameHeight)
    {
        var longSide = Math.Max(frameWidth, frameHeight);
        if (longSide <= TileLongSide)
        {
            return (frameWidth, frameHeight);
        }

        return (Scale(frameWidth, longSide), Scale(frameHeight, longSide));
    }

    public static (int Width, int Height) Sheet(int frameWidth, int frameHeight)
    {
        var (tileWidth, tileHeight) = Tile(frameWidth, frameHeight);
        return (tileWidth * Columns, tileHeight * Rows);
    }

    // Rounded to the nearest pixel, and never to nothing: a 1x8192 frame still has a visible 1-pixel-wide tile.
    private static int Scale(int side, int longSide) => Math.Max(1, (int)(((long)side * TileLongSide + longSide / 2) / longSide));
}
