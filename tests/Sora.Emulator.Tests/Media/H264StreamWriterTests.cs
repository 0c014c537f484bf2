using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Media;

public sealed class H264StreamWriterTests
{
    public static TheoryData<int, int> Sizes => new()
    {
        { 720, 1280 }, { 1280, 720 }, { 1024, 1792 }, { 1792, 1024 },
        { 1, 1 }, { 2, 2 }, { 16, 16 }, { 17, 33 }, { 33, 17 }, { 18, 34 }, { 30, 2 }, { 1, 8192 }, { 8192, 8192 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void TheSequenceParameterSetDeclaresTheExactSizeAfterCropping(int width, int height)
    {
        var sps = H264SpsReader.Read(new H264StreamWriter(width, height, 24, default).SequenceParameterSet());

        Assert.Equal((width, height), (sps.Width, sps.Height));
    }

    [Theory]
    [InlineData(1280, 720, 66, 1)]
    [InlineData(2, 2, 66, 1)]
    [InlineData(17, 33, 100, 0)]
    [InlineData(18, 33, 100, 0)]
    [InlineData(17, 34, 100, 0)]
    public void EvenSizesAreConstrainedBaseline420AndOddSizesMonochromeHigh(int width, int height, int profile, int chromaFormat)
    {
        var writer = new H264StreamWriter(width, height, 24, default);

        var sps = H264SpsReader.Read(writer.SequenceParameterSet());

        Assert.Equal(profile, sps.ProfileIdc);
        Assert.Equal(chromaFormat, sps.ChromaFormatIdc);
        Assert.Equal(profile == 66 ? 0xC0 : 0, sps.ConstraintFlags);
        Assert.Equal(writer.ProfileIdc, sps.ProfileIdc);
        Assert.Equal(writer.LevelIdc, sps.LevelIdc);
    }

    [Theory]
    [InlineData(176, 144, 24, 11)]
    [InlineData(720, 1280, 24, 31)]
    [InlineData(1280, 720, 24, 31)]
    [InlineData(1792, 1024, 24, 40)]
    [InlineData(1920, 1080, 30, 40)]
    [InlineData(1920, 1080, 60, 42)]
    [InlineData(16, 4096, 24, 40)]
    [InlineData(8192, 4320, 24, 60)]
    [InlineData(8192, 8192, 24, 62)]
    public void TheLevelIsTheLowestThatAdmitsTheFrameSizeSidesAndRate(int width, int height, int framesPerSecond, int expected)
    {
        Assert.Equal(expected, H264Level.For((width + 15) / 16, (height + 15) / 16, framesPerSecond));
    }

    [Theory]
    [InlineData(1280, 720, 42)]
    [InlineData(1792, 1024, -7)]
    [InlineData(17, 33, 42)]
    [InlineData(1, 1, 123_456)]
    public void TheIdrPictureIsDcPredictedI16x16WithTheColourOnlyInTheFirstMacroblock(int width, int height, int seed)
    {
        var colour = SolidColour.FromSeed(seed);
        var writer = new H264StreamWriter(width, height, 24, colour);
        var sps = H264SpsReader.Read(writer.SequenceParameterSet());
        var pps = H264SliceReader.ReadPps(writer.PictureParameterSet());

        var slice = H264SliceReader.ReadSlice(writer.IdrPicture(), sps, pps);

        Assert.Equal(5, slice.NalUnitType);
        Assert.Equal(2, slice.SliceType);
        Assert.Equal(0, slice.FrameNum);
        Assert.Equal(1, slice.DisableDeblockingFilterIdc);
        Assert.Equal(H264SliceReader.MacroblockCount(sps), slice.Macroblocks.Count);
        Assert.All(slice.Macroblocks, mb => Assert.Equal(2, (mb.MbType - 1) % 4)); // Intra16x16 DC prediction
        Assert.All(slice.Macroblocks, mb => Assert.Equal(0, mb.QpDelta));
        Assert.All(slice.Macroblocks.Skip(1), mb => Assert.Equal((0, 0, 0), (mb.LumaDcLevel, mb.CbDcLevel, mb.CrDcLevel)));

        var (y, cb, cr) = colour.ToStudioYCbCr();
        var first = slice.Macroblocks[0];
        Assert.Equal(y, 128 + LumaDcResidual(first.LumaDcLevel, slice.SliceQp));
        if (sps.ChromaFormatIdc == 1)
        {
            Assert.InRange(128 + ChromaDcResidual(first.CbDcLevel, slice.SliceQp), cb - 1, cb + 1);
            Assert.InRange(128 + ChromaDcResidual(first.CrDcLevel, slice.SliceQp), cr - 1, cr + 1);
        }
    }

    [Theory]
    [InlineData(1280, 720)]
    [InlineData(17, 33)]
    public void SkippedPicturesAreOneSkipRunOverEveryMacroblockWithWrappingFrameNumbers(int width, int height)
    {
        var writer = new H264StreamWriter(width, height, 24, SolidColour.FromSeed(1));
        var sps = H264SpsReader.Read(writer.SequenceParameterSet());
        var pps = H264SliceReader.ReadPps(writer.PictureParameterSet());

        foreach (var frame in new[] { 1, 2, 15, 16, 17, 191 })
        {
            var slice = H264SliceReader.ReadSlice(writer.SkippedPicture(frame), sps, pps);

            Assert.Equal(1, slice.NalUnitType);
            Assert.Equal(0, slice.SliceType);
            Assert.Equal(frame % (1 << sps.Log2MaxFrameNum), slice.FrameNum);
            Assert.Equal(H264SliceReader.MacroblockCount(sps), slice.SkipRun);
        }
    }

    [Fact]
    public void TheStreamKeepsOneReferenceFrameAndOutputsInDecodingOrder()
    {
        var sps = H264SpsReader.Read(new H264StreamWriter(1280, 720, 24, default).SequenceParameterSet());

        Assert.Equal(1, sps.MaxNumRefFrames);
        Assert.Equal(2, sps.PicOrderCntType);
    }

    // 8.5.10 and 8.5.12 for a lone DC coefficient with flat scaling: every sample of the macroblock gets this.
    private static int LumaDcResidual(int level, int qp)
    {
        var scale = 16 * new[] { 10, 11, 13, 14, 16, 18 }[qp % 6];
        var dc = qp >= 36 ? (level * scale) << (qp / 6 - 6) : (level * scale + (1 << (5 - qp / 6))) >> (6 - qp / 6);
        return (dc + 32) >> 6;
    }

    // 8.5.11 for 4:2:0 chroma DC, with QPc = QPy below 30 (Table 8-15) and no chroma offset.
    private static int ChromaDcResidual(int level, int qp)
    {
        Assert.True(qp < 30, "the chroma QP table is only needed below 30 here");
        var scale = 16 * new[] { 10, 11, 13, 14, 16, 18 }[qp % 6];
        var dc = ((level * scale) << (qp / 6)) >> 5;
        return (dc + 32) >> 6;
    }
}
