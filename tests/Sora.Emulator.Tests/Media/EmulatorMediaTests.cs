using System.Security.Cryptography;
using Sora.Contracts.Images;
using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Media;

public sealed class EmulatorMediaTests
{
    [Theory]
    [InlineData(0, 720, 4, "width")]
    [InlineData(-1, 720, 4, "width")]
    [InlineData(8193, 720, 4, "width")]
    [InlineData(int.MaxValue, 720, 4, "width")]
    [InlineData(1280, 0, 4, "height")]
    [InlineData(1280, -720, 4, "height")]
    [InlineData(1280, 8193, 4, "height")]
    [InlineData(1280, 720, 0, "seconds")]
    [InlineData(1280, 720, -4, "seconds")]
    [InlineData(1280, 720, 601, "seconds")]
    public void ArgumentsOutOfRangeAreRefusedNamingTheArgument(int width, int height, int seconds, string argument)
    {
        foreach (var mediaType in new[] { EmulatorMedia.Mp4, EmulatorMedia.Webp, EmulatorMedia.Jpeg, "text/plain" })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorMedia.Create(mediaType, width, height, seconds, 1));
            Assert.Equal(argument, error.ParamName);
        }
    }

    [Fact]
    public void TheLimitsThemselvesAreAccepted()
    {
        Assert.NotNull(EmulatorMedia.Create(EmulatorMedia.Mp4, 1, 1, 1, 0));
        Assert.NotNull(EmulatorMedia.Create(EmulatorMedia.Webp, EmulatorMedia.MaxDimension, EmulatorMedia.MaxDimension, EmulatorMedia.MaxSeconds, 0));
        Assert.NotNull(EmulatorMedia.Create(EmulatorMedia.Mp4, 64, 64, EmulatorMedia.MaxSeconds, 0));
    }

    [Fact]
    public void ANullMediaTypeIsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => EmulatorMedia.Create(null!, 1280, 720, 8, 1));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("image/png")]
    [InlineData("video/webm")]
    [InlineData("")]
    public void OtherMediaTypesGiveNull(string mediaType)
    {
        Assert.Null(EmulatorMedia.Create(mediaType, 1280, 720, 8, 1));
    }

    [Theory]
    [InlineData("VIDEO/MP4")]
    [InlineData("Image/WebP")]
    [InlineData("image/JPEG")]
    public void MediaTypesMatchCaseInsensitively(string mediaType)
    {
        Assert.Equal(
            EmulatorMedia.Create(mediaType.ToLowerInvariant(), 1280, 720, 8, 1),
            EmulatorMedia.Create(mediaType, 1280, 720, 8, 1));
    }

    [Theory]
    [InlineData(EmulatorMedia.Mp4)]
    [InlineData(EmulatorMedia.Webp)]
    [InlineData(EmulatorMedia.Jpeg)]
    public void TheSameArgumentsGiveTheSameBytes(string mediaType)
    {
        var first = SHA256.HashData(EmulatorMedia.Create(mediaType, 1792, 1024, 12, 77)!);
        var second = SHA256.HashData(EmulatorMedia.Create(mediaType, 1792, 1024, 12, 77)!);

        Assert.Equal(Convert.ToHexString(first), Convert.ToHexString(second));
    }

    [Theory]
    [InlineData(EmulatorMedia.Mp4)]
    [InlineData(EmulatorMedia.Webp)]
    [InlineData(EmulatorMedia.Jpeg)]
    public void DifferentSeedsGiveDifferentBytes(string mediaType)
    {
        var hashes = Enumerable.Range(0, 8)
            .Select(seed => Convert.ToHexString(SHA256.HashData(EmulatorMedia.Create(mediaType, 1280, 720, 4, seed)!)))
            .ToHashSet();

        Assert.Equal(8, hashes.Count);
    }

    [Fact]
    public void TheThumbnailIsFrameSizedAndTheSpriteSheetIsFourByFourTiles()
    {
        var thumbnail = ImageHeaderReader.Read(EmulatorMedia.Create(EmulatorMedia.Webp, 1792, 1024, 8, 1)!);
        var sheet = ImageHeaderReader.Read(EmulatorMedia.Create(EmulatorMedia.Jpeg, 1792, 1024, 8, 1)!);

        Assert.Equal(new ImageInfo(ImageFormat.WebP, 1792, 1024), thumbnail);
        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 4 * 128, 4 * 73), sheet);
    }

    [Fact]
    public void TheVideoIsTheJobsSizeAndLength()
    {
        var facts = Mp4Reader.Read(EmulatorMedia.Create(EmulatorMedia.Mp4, 720, 1280, 12, 1)!);

        Assert.Equal((720.0, 1280.0), (facts.TrackWidth, facts.TrackHeight));
        Assert.Equal(12u * facts.MovieTimescale, facts.MovieDuration);
    }

    [Fact]
    public void SeedsGiveMidToneColours()
    {
        for (var seed = -500; seed < 500; seed++)
        {
            var colour = SolidColour.FromSeed(seed);
            Assert.All(new[] { colour.Red, colour.Green, colour.Blue }, channel => Assert.InRange(channel, (byte)40, (byte)215));
        }
    }
}
