using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Media;

public sealed class Mp4VideoWriterTests
{
    private const int Fps = Mp4VideoWriter.FramesPerSecond;

    public static TheoryData<int, int, int> Cases => new()
    {
        { 720, 1280, 4 }, { 1280, 720, 8 }, { 1024, 1792, 12 }, { 1792, 1024, 5 },
        { 1280, 720, 1 }, { 1, 1, 4 }, { 17, 33, 5 }, { 33, 17, 8 }, { 100, 7, 12 }, { 8192, 16, 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheFileIsFtypMoovMdatWithNothingElse(int width, int height, int seconds)
    {
        var file = Mp4VideoWriter.Write(width, height, seconds, SolidColour.FromSeed(3));

        var top = Mp4Reader.Boxes(file, 0, file.Length);

        Assert.Equal(["ftyp", "moov", "mdat"], top.Select(b => b.Type));
        Assert.Equal(file.Length, top.Sum(b => b.Size));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MovieTrackAndMediaDurationsAreExactlyTheSeconds(int width, int height, int seconds)
    {
        var facts = Mp4Reader.Read(Mp4VideoWriter.Write(width, height, seconds, SolidColour.FromSeed(3)));

        Assert.Equal((double)seconds, (double)facts.MovieDuration / facts.MovieTimescale);
        Assert.Equal((double)seconds, (double)facts.TrackDuration / facts.MovieTimescale);
        Assert.Equal(seconds * facts.MediaTimescale, facts.MediaDuration);
        Assert.Equal(facts.MediaDuration, (uint)facts.TimeToSample.Sum(e => e.Count * e.Delta));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TrackSampleEntryAndSequenceParameterSetAllCarryTheExactSize(int width, int height, int seconds)
    {
        var facts = Mp4Reader.Read(Mp4VideoWriter.Write(width, height, seconds, SolidColour.FromSeed(3)));
        var sps = H264SpsReader.Read(facts.SequenceParameterSet);

        Assert.Equal((width, height), ((int)facts.TrackWidth, (int)facts.TrackHeight));
        Assert.Equal((width, height), (facts.SampleEntryWidth, facts.SampleEntryHeight));
        Assert.Equal((width, height), (sps.Width, sps.Height));
        Assert.Equal((facts.AvcProfile, facts.AvcLevel), (sps.ProfileIdc, sps.LevelIdc));
        Assert.Equal("vide", facts.Handler);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EverySecondHoldsTheFrameRateOfSamplesInOneChunkInsideMdat(int width, int height, int seconds)
    {
        var facts = Mp4Reader.Read(Mp4VideoWriter.Write(width, height, seconds, SolidColour.FromSeed(3)));

        Assert.Equal(seconds * Fps, facts.SampleSizes.Count);
        Assert.Equal((uint)(seconds * Fps), (uint)facts.TimeToSample.Sum(e => e.Count));
        Assert.Equal(facts.MediaTimescale, Fps * facts.TimeToSample.Single().Delta);
        Assert.Equal([1u], facts.SyncSamples);
        Assert.Equal([(1u, (uint)(seconds * Fps), 1u)], facts.SampleToChunk);
        Assert.Equal([(uint)facts.MediaDataOffset], facts.ChunkOffsets);
        Assert.Equal(facts.MediaDataSize, (int)facts.SampleSizes.Sum(s => s));
    }

    [Theory]
    [InlineData(1280, 720, 8)]
    [InlineData(17, 33, 4)]
    public void TheFirstSampleIsTheIdrPictureAndEveryOtherASkippedPicture(int width, int height, int seconds)
    {
        var file = Mp4VideoWriter.Write(width, height, seconds, SolidColour.FromSeed(9));
        var facts = Mp4Reader.Read(file);
        var sps = H264SpsReader.Read(facts.SequenceParameterSet);
        var pps = H264SliceReader.ReadPps(facts.PictureParameterSet);

        var samples = Mp4Reader.Samples(file, facts);

        Assert.All(samples, units => Assert.Single(units));
        Assert.Equal(5, H264SliceReader.ReadSlice(samples[0][0], sps, pps).NalUnitType);
        for (var i = 1; i < samples.Count; i++)
        {
            var slice = H264SliceReader.ReadSlice(samples[i][0], sps, pps);
            Assert.Equal((1, i % 16, H264SliceReader.MacroblockCount(sps)), (slice.NalUnitType, slice.FrameNum, slice.SkipRun));
        }
    }

    [Theory]
    [InlineData(1280, 720, 8, 16_000)]
    [InlineData(1792, 1024, 12, 20_000)]
    [InlineData(1792, 1024, 600, 300_000)]
    [InlineData(8192, 8192, 1, 300_000)]
    public void FilesStaySmall(int width, int height, int seconds, int maxBytes)
    {
        Assert.InRange(Mp4VideoWriter.Write(width, height, seconds, SolidColour.FromSeed(1)).Length, 1_000, maxBytes);
    }
}
