using Sora.Contracts.Images;
using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Media;

public sealed class JpegImageWriterTests
{
    [Theory]
    [InlineData(512, 288)]
    [InlineData(288, 512)]
    [InlineData(1, 1)]
    [InlineData(17, 33)]
    [InlineData(7, 9)]
    [InlineData(8, 8)]
    [InlineData(1792, 1024)]
    [InlineData(4, 512)]
    public void TheBaselineFrameHeaderCarriesTheExactSize(int width, int height)
    {
        var facts = JpegReader.Read(JpegImageWriter.Write(width, height, SolidColour.FromSeed(11)));

        Assert.Equal(0xC0, facts.FrameMarker);
        Assert.Equal(8, facts.Precision);
        Assert.Equal((width, height), (facts.Width, facts.Height));
    }

    [Fact]
    public void ItIsJfifYCbCr444WithTablesBeforeTheScanAndEndsWithEoi()
    {
        var facts = JpegReader.Read(JpegImageWriter.Write(100, 60, SolidColour.FromSeed(11)));

        Assert.Equal([(1, 0x11, 0), (2, 0x11, 0), (3, 0x11, 0)], facts.Components);
        Assert.Equal([0xE0, 0xDB, 0xC0, 0xC4, 0xDA, 0xD9], facts.Markers);
    }

    [Theory]
    [InlineData(8, 8)]
    [InlineData(9, 8)]
    [InlineData(512, 292)]
    public void TheScanHoldsAboutEighteenBitsPerBlockOfThreeComponents(int width, int height)
    {
        var blocks = ((width + 7) / 8) * ((height + 7) / 8);

        var facts = JpegReader.Read(JpegImageWriter.Write(width, height, SolidColour.FromSeed(11)));

        // 2 bits of DC category 0 and 4 of end-of-block per block, plus the first blocks' DC values.
        Assert.InRange(facts.ScanBytes, blocks * 18 / 8, blocks * 18 / 8 + 12);
    }

    [Fact]
    public void EntropyCodedFfBytesAreStuffed()
    {
        // Dark and light colours code a large DC difference that puts FF bytes into the scan; the reader fails on
        // an unstuffed one, and the sweep must meet at least one stuffed byte to prove anything.
        var stuffed = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var file = JpegImageWriter.Write(16, 16, SolidColour.FromSeed(seed));
            JpegReader.Read(file);
            stuffed += file.AsSpan(0, file.Length - 2).IndexOf(new byte[] { 0xFF, 0x00 }) >= 0 ? 1 : 0;
        }

        Assert.True(stuffed > 0, "no seed produced a stuffed byte");
    }

    [Theory]
    [InlineData(512, 288)]
    [InlineData(17, 33)]
    public void TheContractsImageReaderAgrees(int width, int height)
    {
        var info = ImageHeaderReader.Read(JpegImageWriter.Write(width, height, SolidColour.FromSeed(5)));

        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, width, height), info);
    }
}
