using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Media;

public sealed class CavlcDcBlockTests
{
    [Fact]
    public void EveryLumaLevelThePaletteCanNeedReadsBack()
    {
        // Level codes cross the plain prefix (< 14), the 4-bit suffix (< 30) and the 12-bit escape.
        for (var level = -255; level <= 255; level++)
        {
            Assert.Equal(level, RoundTrip(level, chromaDc: false));
        }
    }

    [Fact]
    public void EveryChromaLevelReadsBackWithTheChromaDcTable()
    {
        for (var level = -128; level <= 128; level++)
        {
            Assert.Equal(level, RoundTrip(level, chromaDc: true));
        }
    }

    [Theory]
    [InlineData(0, false, "1")]
    [InlineData(1, false, "01" + "0" + "1")]
    [InlineData(-1, false, "01" + "1" + "1")]
    [InlineData(2, false, "000101" + "1" + "1")]
    [InlineData(0, true, "01")]
    [InlineData(1, true, "1" + "0" + "1")]
    public void SmallLevelsUseTheShortestCodes(int level, bool chromaDc, string expected)
    {
        var writer = new BitWriter();

        CavlcDcBlock.Write(writer, level, chromaDc ? CavlcDcBlock.ChromaDcTable : CavlcDcBlock.LumaTable);
        writer.PadWithOnes();

        var bits = string.Concat(writer.ToArray().Select(b => Convert.ToString(b, 2).PadLeft(8, '0')));
        Assert.Equal(expected, bits[..expected.Length]);
    }

    [Fact]
    public void LevelsBeyondTheBaselineEscapeAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CavlcDcBlock.Write(new BitWriter(), 5000, CavlcDcBlock.LumaTable));
    }

    private static int RoundTrip(int level, bool chromaDc)
    {
        var writer = new BitWriter();
        CavlcDcBlock.Write(writer, level, chromaDc ? CavlcDcBlock.ChromaDcTable : CavlcDcBlock.LumaTable);
        writer.WriteTrailingBits();
        var reader = new BitReader(writer.ToArray());
        var read = H264SliceReader.ReadDcBlock(reader, chromaDc);
        Assert.True(reader.AtTrailingBits(), $"bits left over after level {level}");
        return read;
    }
}
