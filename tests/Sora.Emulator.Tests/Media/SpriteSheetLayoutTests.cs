using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Media;

public sealed class SpriteSheetLayoutTests
{
    [Theory]
    [InlineData(1280, 720, 128, 72)]
    [InlineData(720, 1280, 72, 128)]
    [InlineData(1792, 1024, 128, 73)]
    [InlineData(1024, 1792, 73, 128)]
    [InlineData(128, 64, 128, 64)]
    [InlineData(1, 1, 1, 1)]
    [InlineData(17, 33, 17, 33)]
    [InlineData(1, 8192, 1, 128)]
    [InlineData(8192, 8192, 128, 128)]
    public void TilesKeepTheFrameShapeWithALongSideOfAtMost128(int width, int height, int tileWidth, int tileHeight)
    {
        Assert.Equal((tileWidth, tileHeight), SpriteSheetLayout.Tile(width, height));
    }

    [Fact]
    public void TheSheetIsFourByFourTiles()
    {
        Assert.Equal((512, 288), SpriteSheetLayout.Sheet(1280, 720));
        Assert.Equal((4, 4), SpriteSheetLayout.Sheet(1, 1));
    }
}
