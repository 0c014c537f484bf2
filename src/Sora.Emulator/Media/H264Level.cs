namespace Sora.Emulator.Media;

/// <summary>
/// Chooses the lowest H.264 level (Table A-1) whose frame size, frame dimensions and macroblock rate admit a stream.
/// </summary>
internal static class H264Level
{
    private static readonly (byte LevelIdc, int MaxMacroblocksPerSecond, int MaxFrameMacroblocks)[] Levels =
    {
        (10, 1_485, 99),
        (11, 3_000, 396),
        (12, 6_000, 396),
        (13, 11_880, 396),
        (21, 19_800, 792),
        (22, 20_250, 1_620),
        (30, 40_500, 1_620),
        (31, 108_000, 3_600),
        (32, 216_000, 5_120),
        (40, 245_760, 8_192),
        (42, 522_240, 8_704),
        (50, 589_824, 22_080),
        (51, 983_040, 36_864),
        (52, 2_073_600, 36_864),
        (60, 4_177_920, 139_264),
        (61, 8_355_840, 139_264),
        (62, 16_711_680, 139_264),
    };

    public static byte For(int widthInMacroblocks, int heightInMacroblocks, int framesPerSecond)
    {
        var frameMacroblocks = widthInMacroblocks * heightInMacroblocks;
        foreach (var (levelIdc, maxPerSecond, maxFrame) in Levels)
        {
            // A.3.1 (f, g): neither side may exceed sqrt(8 * MaxFS) macroblocks.
            var maxSide = Math.Sqrt(8.0 * maxFrame);
            if (frameMacroblocks <= maxFrame && widthInMacroblocks <= maxSide && heightInMacroblocks <= maxSide
                && (long)frameMacroblocks * framesPerSecond <= maxPerSecond)
            {
                return levelIdc;
            }
        }

        // Pictures beyond every level (above about 36 megapixels at this frame rate) still decode in software
        // decoders, which treat the level as a hint; the highest level is the least wrong claim.
        return Levels[^1].LevelIdc;
    }
}
