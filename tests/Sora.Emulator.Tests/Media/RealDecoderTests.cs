using System.Globalization;
using System.Text.Json;
using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Media;

/// <summary>
/// The media as real tools see them: ffprobe's sizes and durations, and full decodes by ffmpeg and dwebp that must
/// report nothing at all at -v error.
/// </summary>
public sealed class RealDecoderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sora-media-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [ToolTheory("ffprobe")]
    [InlineData(720, 1280, 4)]
    [InlineData(1280, 720, 8)]
    [InlineData(1024, 1792, 12)]
    [InlineData(1792, 1024, 5)]
    [InlineData(1, 1, 4)]
    [InlineData(17, 33, 5)]
    [InlineData(1000, 562, 8)]
    public void FfprobeReadsTheExactSizeAndDuration(int width, int height, int seconds)
    {
        var path = Save("clip.mp4", EmulatorMedia.Create(EmulatorMedia.Mp4, width, height, seconds, width + height)!);

        var result = MediaTools.Run("ffprobe", "-v", "error", "-show_entries", "stream=width,height,duration,codec_name",
            "-show_entries", "format=duration", "-of", "json", path);

        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.StandardError);
        using var json = JsonDocument.Parse(result.Text);
        var stream = json.RootElement.GetProperty("streams").EnumerateArray().Single();
        Assert.Equal("h264", stream.GetProperty("codec_name").GetString());
        Assert.Equal(width, stream.GetProperty("width").GetInt32());
        Assert.Equal(height, stream.GetProperty("height").GetInt32());
        Assert.Equal(seconds, Seconds(stream.GetProperty("duration")));
        Assert.Equal(seconds, Seconds(json.RootElement.GetProperty("format").GetProperty("duration")));
    }

    [ToolFact("ffprobe")]
    public void FfprobeCountsTheFramesOfTheLongestClip()
    {
        var path = Save("long.mp4", EmulatorMedia.Create(EmulatorMedia.Mp4, 64, 36, EmulatorMedia.MaxSeconds, 1)!);

        var result = MediaTools.Run("ffprobe", "-v", "error", "-count_packets", "-show_entries", "stream=nb_read_packets,duration",
            "-of", "json", path);

        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.StandardError);
        var stream = JsonDocument.Parse(result.Text).RootElement.GetProperty("streams")[0];
        Assert.Equal((EmulatorMedia.MaxSeconds * Mp4VideoWriter.FramesPerSecond).ToString(CultureInfo.InvariantCulture), stream.GetProperty("nb_read_packets").GetString());
        Assert.Equal(EmulatorMedia.MaxSeconds, Seconds(stream.GetProperty("duration")));
    }

    [ToolTheory("ffmpeg")]
    [InlineData(EmulatorMedia.Mp4, 1280, 720, 8)]
    [InlineData(EmulatorMedia.Mp4, 720, 1280, 4)]
    [InlineData(EmulatorMedia.Mp4, 1792, 1024, 5)]
    [InlineData(EmulatorMedia.Mp4, 17, 33, 4)]
    [InlineData(EmulatorMedia.Webp, 1280, 720, 8)]
    [InlineData(EmulatorMedia.Webp, 1, 1, 8)]
    [InlineData(EmulatorMedia.Webp, 17, 33, 8)]
    [InlineData(EmulatorMedia.Jpeg, 1792, 1024, 8)]
    [InlineData(EmulatorMedia.Jpeg, 1, 1, 8)]
    [InlineData(EmulatorMedia.Jpeg, 17, 33, 8)]
    public void FfmpegDecodesEveryFrameWithoutAnError(string mediaType, int width, int height, int seconds)
    {
        var path = Save("media" + Extension(mediaType), EmulatorMedia.Create(mediaType, width, height, seconds, 5)!);

        var result = MediaTools.Run("ffmpeg", "-v", "error", "-i", path, "-f", "null", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardError);
    }

    [ToolTheory("ffmpeg")]
    [InlineData(EmulatorMedia.Mp4, 1280, 720, 3)]
    [InlineData(EmulatorMedia.Mp4, 1024, 1792, 4)]
    [InlineData(EmulatorMedia.Webp, 1280, 720, 0)]
    [InlineData(EmulatorMedia.Jpeg, 1280, 720, 2)]
    public void EveryDecodedPixelIsTheSeedsColour(string mediaType, int width, int height, int tolerance)
    {
        foreach (var seed in new[] { 0, 42, -3 })
        {
            var colour = SolidColour.FromSeed(seed);
            var path = Save("colour" + Extension(mediaType), EmulatorMedia.Create(mediaType, width, height, 4, seed)!);

            // The last frame of a clip, so the skipped pictures are checked to carry the colour forward.
            var result = MediaTools.Run("ffmpeg", "-v", "error", "-sseof", "-0.1", "-i", path, "-frames:v", "1",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-");

            Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.StandardError);
            var pixels = result.StandardOutput;
            Assert.Equal(0, pixels.Length % 3);
            for (var i = 0; i < pixels.Length; i += 3)
            {
                Assert.InRange(pixels[i], colour.Red - tolerance, colour.Red + tolerance);
                Assert.InRange(pixels[i + 1], colour.Green - tolerance, colour.Green + tolerance);
                Assert.InRange(pixels[i + 2], colour.Blue - tolerance, colour.Blue + tolerance);
            }
        }
    }

    [ToolFact("ffmpeg")]
    public void AnOddSizedClipDecodesToTheColoursLumaWithNeutralChroma()
    {
        const int Width = 17, Height = 33, ChromaSamples = 9 * 17;
        var path = Save("odd.mp4", EmulatorMedia.Create(EmulatorMedia.Mp4, Width, Height, 4, 8)!);

        // The decoder's own output format, so no conversion rounds the samples.
        var result = MediaTools.Run("ffmpeg", "-v", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "yuv420p", "-");

        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.StandardError);
        var frameSize = Width * Height + 2 * ChromaSamples;
        var frames = result.StandardOutput.Chunk(frameSize).ToList();
        Assert.Equal(4 * Mp4VideoWriter.FramesPerSecond, frames.Count);
        Assert.All(frames, frame =>
        {
            Assert.Equal([(byte)SolidColour.FromSeed(8).ToStudioYCbCr().Y], frame[..(Width * Height)].Distinct());
            Assert.Equal([(byte)128], frame[(Width * Height)..].Distinct());
        });
    }

    [ToolTheory("dwebp")]
    [InlineData(1280, 720)]
    [InlineData(1, 1)]
    [InlineData(17, 33)]
    [InlineData(8192, 8192)]
    public void DwebpDecodesTheThumbnailAtItsSize(int width, int height)
    {
        var path = Save("thumb.webp", EmulatorMedia.Create(EmulatorMedia.Webp, width, height, 4, 1)!);

        var result = MediaTools.Run("dwebp", path, "-pam", "-o", Path.Combine(folder, "thumb.pam"));

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains($"Dimensions: {width} x {height}", result.StandardError, StringComparison.Ordinal);
    }

    private static int Seconds(JsonElement duration) =>
        double.Parse(duration.GetString()!, CultureInfo.InvariantCulture) is var value && value == Math.Round(value)
            ? (int)value
            : throw new Xunit.Sdk.XunitException($"duration {value} is not a whole number of seconds");

    private static string Extension(string mediaType) => mediaType switch
    {
        EmulatorMedia.Mp4 => ".mp4",
        EmulatorMedia.Webp => ".webp",
        _ => ".jpg",
    };

    private string Save(string name, byte[] data)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, data);
        return path;
    }
}
