using Sora.Contracts.Images;
using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Media;

public sealed class WebpImageWriterTests
{
    [Theory]
    [InlineData(720, 1280)]
    [InlineData(1280, 720)]
    [InlineData(1024, 1792)]
    [InlineData(1792, 1024)]
    [InlineData(1, 1)]
    [InlineData(17, 33)]
    [InlineData(2, 8192)]
    [InlineData(8192, 8192)]
    [InlineData(16384, 16384)]
    public void TheVp8LHeaderCarriesTheExactSize(int width, int height)
    {
        var facts = WebpReader.Read(WebpImageWriter.Write(width, height, SolidColour.FromSeed(5)));

        Assert.Equal((width, height), (facts.Width, facts.Height));
        Assert.False(facts.AlphaIsUsed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void EveryPixelIsTheSeedsOpaqueColour(int seed)
    {
        var colour = SolidColour.FromSeed(seed);

        var facts = WebpReader.Read(WebpImageWriter.Write(64, 48, colour));

        Assert.Equal((colour.Red, colour.Green, colour.Blue, (byte)255), (facts.Red, facts.Green, facts.Blue, facts.Alpha));
    }

    [Fact]
    public void TheFileIsTinyAndEvenSized()
    {
        var file = WebpImageWriter.Write(1792, 1024, SolidColour.FromSeed(5));

        Assert.InRange(file.Length, 20, 40);
        Assert.Equal(0, file.Length % 2);
    }

    [Theory]
    [InlineData(1280, 720)]
    [InlineData(17, 33)]
    public void TheContractsImageReaderAgrees(int width, int height)
    {
        var info = ImageHeaderReader.Read(WebpImageWriter.Write(width, height, SolidColour.FromSeed(5)));

        Assert.Equal(new ImageInfo(ImageFormat.WebP, width, height), info);
    }
}
