using System.Buffers.Binary;
using System.Text;

namespace Sora.Emulator.Tests.Media;

internal sealed record Mp4Box(string Type, int Offset, int Size, int HeaderSize, IReadOnlyList<Mp4Box> Children)
{
    public int BodyOffset => Offset + HeaderSize;

    public int BodySize => Size - HeaderSize;
}

/// <summary>What the tests need from an MP4: the box tree and the fields that fix size, duration and samples.</summary>
internal sealed record Mp4Facts(
    IReadOnlyList<string> TopLevel,
    uint MovieTimescale,
    uint MovieDuration,
    uint TrackDuration,
    double TrackWidth,
    double TrackHeight,
    uint MediaTimescale,
    uint MediaDuration,
    string Handler,
    int SampleEntryWidth,
    int SampleEntryHeight,
    IReadOnlyList<(uint Count, uint Delta)> TimeToSample,
    IReadOnlyList<uint> SyncSamples,
    IReadOnlyList<uint> SampleSizes,
    IReadOnlyList<uint> ChunkOffsets,
    IReadOnlyList<(uint FirstChunk, uint SamplesPerChunk, uint DescriptionIndex)> SampleToChunk,
    int MediaDataOffset,
    int MediaDataSize,
    int AvcProfile,
    int AvcLevel,
    int NalLengthSize,
    byte[] SequenceParameterSet,
    byte[] PictureParameterSet);

/// <summary>An ISO BMFF box walker, written for these tests from ISO/IEC 14496-12 and 14496-15.</summary>
internal static class Mp4Reader
{
    private static readonly HashSet<string> Containers = new() { "moov", "trak", "mdia", "minf", "dinf", "stbl" };

    public static IReadOnlyList<Mp4Box> Boxes(byte[] file, int start, int end)
    {
        var boxes = new List<Mp4Box>();
        var offset = start;
        while (offset < end)
        {
            if (end - offset < 8)
            {
                throw new InvalidDataException($"{end - offset} stray bytes at offset {offset}.");
            }

            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset));
            var type = Encoding.ASCII.GetString(file, offset + 4, 4);
            if (size < 8 || offset + size > end)
            {
                throw new InvalidDataException($"Box {type} at {offset} has size {size}, outside its parent (ends at {end}).");
            }

            // Sample descriptions hold boxes after fixed fields: stsd after its entry count, avc1 after 78 bytes.
            var childStart = type switch
            {
                "stsd" => offset + 16,
                "avc1" => offset + 8 + 78,
                _ when Containers.Contains(type) => offset + 8,
                _ => -1,
            };
            var children = childStart < 0 ? Array.Empty<Mp4Box>() : Boxes(file, childStart, offset + size);
            boxes.Add(new Mp4Box(type, offset, size, 8, children));
            offset += size;
        }

        return boxes;
    }

    public static Mp4Box Find(IReadOnlyList<Mp4Box> boxes, string path)
    {
        var current = boxes;
        Mp4Box? found = null;
        foreach (var type in path.Split('/'))
        {
            var matches = current.Where(b => b.Type == type).ToList();
            if (matches.Count != 1)
            {
                throw new InvalidDataException($"Expected one {type} box on the path {path}, found {matches.Count}.");
            }

            found = matches[0];
            current = found.Children;
        }

        return found!;
    }

    public static Mp4Facts Read(byte[] file)
    {
        var top = Boxes(file, 0, file.Length);
        const string Stbl = "moov/trak/mdia/minf/stbl";

        var mvhd = Body(file, Find(top, "moov/mvhd"));
        var tkhd = Body(file, Find(top, "moov/trak/tkhd"));
        var mdhd = Body(file, Find(top, "moov/trak/mdia/mdhd"));
        var hdlr = Body(file, Find(top, "moov/trak/mdia/hdlr"));
        var avc1 = Body(file, Find(top, Stbl + "/stsd/avc1"));
        var avcC = Body(file, Find(top, Stbl + "/stsd/avc1/avcC"));
        var mdat = Find(top, "mdat");
        foreach (var fullBox in new[] { mvhd, tkhd, mdhd })
        {
            if (fullBox[0] != 0)
            {
                throw new InvalidDataException("Only version 0 headers are expected.");
            }
        }

        // avcC: version, profile, compatibility, level, length size, then the parameter sets.
        if (avcC[0] != 1 || (avcC[5] & 0x1F) != 1)
        {
            throw new InvalidDataException("Expected avcC version 1 with one SPS.");
        }

        var spsLength = BinaryPrimitives.ReadUInt16BigEndian(avcC.AsSpan(6));
        var sps = avcC.AsSpan(8, spsLength).ToArray();
        var ppsAt = 8 + spsLength;
        if (avcC[ppsAt] != 1)
        {
            throw new InvalidDataException("Expected one PPS.");
        }

        var ppsLength = BinaryPrimitives.ReadUInt16BigEndian(avcC.AsSpan(ppsAt + 1));
        var pps = avcC.AsSpan(ppsAt + 3, ppsLength).ToArray();

        return new Mp4Facts(
            top.Select(b => b.Type).ToList(),
            U32(mvhd, 12),
            U32(mvhd, 16),
            U32(tkhd, 20),
            U32(tkhd, 76) / 65536.0,
            U32(tkhd, 80) / 65536.0,
            U32(mdhd, 12),
            U32(mdhd, 16),
            Encoding.ASCII.GetString(hdlr, 8, 4),
            BinaryPrimitives.ReadUInt16BigEndian(avc1.AsSpan(24)),
            BinaryPrimitives.ReadUInt16BigEndian(avc1.AsSpan(26)),
            Entries(Body(file, Find(top, Stbl + "/stts")), 2).Select(e => (e[0], e[1])).ToList(),
            Entries(Body(file, Find(top, Stbl + "/stss")), 1).Select(e => e[0]).ToList(),
            SampleSizes(Body(file, Find(top, Stbl + "/stsz"))),
            Entries(Body(file, Find(top, Stbl + "/stco")), 1).Select(e => e[0]).ToList(),
            Entries(Body(file, Find(top, Stbl + "/stsc")), 3).Select(e => (e[0], e[1], e[2])).ToList(),
            mdat.BodyOffset,
            mdat.BodySize,
            avcC[1],
            avcC[3],
            (avcC[4] & 3) + 1,
            sps,
            pps);
    }

    /// <summary>The NAL units of each sample, found by the stsz sizes and the single chunk's offset.</summary>
    public static List<List<byte[]>> Samples(byte[] file, Mp4Facts facts)
    {
        var samples = new List<List<byte[]>>();
        var offset = (int)facts.ChunkOffsets.Single();
        foreach (var size in facts.SampleSizes)
        {
            var units = new List<byte[]>();
            var end = offset + (int)size;
            while (offset < end)
            {
                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset));
                offset += facts.NalLengthSize;
                if (length <= 0 || offset + length > end)
                {
                    throw new InvalidDataException($"A NAL unit length of {length} overruns its sample.");
                }

                units.Add(file.AsSpan(offset, length).ToArray());
                offset += length;
            }

            samples.Add(units);
        }

        return samples;
    }

    private static byte[] Body(byte[] file, Mp4Box box) => file.AsSpan(box.BodyOffset, box.BodySize).ToArray();

    private static uint U32(byte[] data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset));

    /// <summary>A full box's table: version/flags, entry count, then entries of the given number of 32-bit fields.</summary>
    private static List<uint[]> Entries(byte[] body, int fields)
    {
        var count = (int)U32(body, 4);
        if (body.Length != 8 + count * fields * 4)
        {
            throw new InvalidDataException($"A table of {count} entries does not fill its box of {body.Length} bytes.");
        }

        return Enumerable.Range(0, count)
            .Select(i => Enumerable.Range(0, fields).Select(f => U32(body, 8 + (i * fields + f) * 4)).ToArray())
            .ToList();
    }

    private static List<uint> SampleSizes(byte[] stsz)
    {
        var uniform = U32(stsz, 4);
        var count = (int)U32(stsz, 8);
        return uniform != 0
            ? Enumerable.Repeat(uniform, count).ToList()
            : Enumerable.Range(0, count).Select(i => U32(stsz, 12 + i * 4)).ToList();
    }
}
