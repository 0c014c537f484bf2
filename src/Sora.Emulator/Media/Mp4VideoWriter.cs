using System.Buffers.Binary;

namespace Sora.Emulator.Media;

/// <summary>
/// Writes a progressive MP4 (ISO BMFF, moov before mdat) holding one H.264 track of a solid colour.
/// </summary>
/// <remarks>
/// The stream runs at 24 frames a second, a common cadence for generated clips, so players, frame counters and
/// seek bars see ordinary numbers. A skipped picture costs about 15 bytes (slice plus sample-size entry), so even
/// ten minutes stay near 200 KB; the IDR picture costs about one byte per macroblock.
/// </remarks>
internal static class Mp4VideoWriter
{
    public const int FramesPerSecond = 24;

    // Whole milliseconds for the movie; the track ticks 1000 times per frame, so every duration is an exact integer.
    private const uint MovieTimescale = 1000;
    private const uint SampleDelta = 1000;
    private const uint TrackTimescale = FramesPerSecond * SampleDelta;
    private const int NalLengthSize = 4;
    private const int TrackId = 1;

    public static byte[] Write(int width, int height, int seconds, SolidColour colour)
    {
        var encoder = new H264StreamWriter(width, height, FramesPerSecond, colour);
        var frameCount = seconds * FramesPerSecond;
        var samples = new byte[frameCount][];
        samples[0] = LengthPrefixed(encoder.IdrPicture());
        for (var frame = 1; frame < frameCount; frame++)
        {
            samples[frame] = LengthPrefixed(encoder.SkippedPicture(frame));
        }

        var box = new BoxWriter();
        WriteFileType(box);
        long chunkOffsetPosition;
        using (box.Open("moov"))
        {
            WriteMovieHeader(box, seconds);
            chunkOffsetPosition = WriteTrack(box, encoder, width, height, seconds, samples);
        }

        using (box.Open("mdat"))
        {
            box.PatchUInt32(chunkOffsetPosition, checked((uint)box.Position));
            foreach (var sample in samples)
            {
                box.Bytes(sample);
            }
        }

        return box.ToArray();
    }

    private static void WriteFileType(BoxWriter box)
    {
        using (box.Open("ftyp"))
        {
            box.FourCc("isom");
            box.UInt32(0x200);
            box.FourCc("isom");
            box.FourCc("iso2");
            box.FourCc("avc1");
            box.FourCc("mp41");
        }
    }

    private static void WriteMovieHeader(BoxWriter box, int seconds)
    {
        using (box.OpenFull("mvhd", 0, 0))
        {
            box.UInt32(0); // creation_time: fixed, so the same job always gives the same bytes
            box.UInt32(0); // modification_time
            box.UInt32(MovieTimescale);
            box.UInt32((uint)seconds * MovieTimescale);
            box.Int32(0x00010000); // rate 1.0
            box.UInt16(0x0100); // volume 1.0
            box.Zeros(2 + 8);
            WriteUnityMatrix(box);
            box.Zeros(6 * 4); // pre_defined
            box.UInt32(TrackId + 1); // next_track_ID
        }
    }

    /// <returns>Where the chunk offset is written, to be filled in once the media data's position is known.</returns>
    private static long WriteTrack(BoxWriter box, H264StreamWriter encoder, int width, int height, int seconds, byte[][] samples)
    {
        using (box.Open("trak"))
        {
            using (box.OpenFull("tkhd", 0, 3)) // enabled and in the movie
            {
                box.UInt32(0); // creation_time
                box.UInt32(0); // modification_time
                box.UInt32(TrackId);
                box.Zeros(4);
                box.UInt32((uint)seconds * MovieTimescale);
                box.Zeros(8);
                box.UInt16(0); // layer
                box.UInt16(0); // alternate_group
                box.UInt16(0); // volume: none for a picture track
                box.Zeros(2);
                WriteUnityMatrix(box);
                box.UInt32((uint)width << 16); // 16.16 fixed point
                box.UInt32((uint)height << 16);
            }

            using (box.Open("mdia"))
            {
                using (box.OpenFull("mdhd", 0, 0))
                {
                    box.UInt32(0);
                    box.UInt32(0);
                    box.UInt32(TrackTimescale);
                    box.UInt32((uint)samples.Length * SampleDelta);
                    box.UInt16(0x55C4); // language "und", three 5-bit letters
                    box.UInt16(0);
                }

                using (box.OpenFull("hdlr", 0, 0))
                {
                    box.UInt32(0);
                    box.FourCc("vide");
                    box.Zeros(12);
                    box.Bytes("VideoHandler\0"u8);
                }

                using (box.Open("minf"))
                {
                    using (box.OpenFull("vmhd", 0, 1))
                    {
                        box.Zeros(2 + 6); // graphicsmode copy, opcolor
                    }

                    using (box.Open("dinf"))
                    using (box.OpenFull("dref", 0, 0))
                    {
                        box.UInt32(1);
                        using (box.OpenFull("url ", 0, 1)) // flag 1: the media is in this file
                        {
                        }
                    }

                    using (box.Open("stbl"))
                    {
                        WriteSampleDescription(box, encoder, width, height);
                        return WriteSampleTables(box, samples);
                    }
                }
            }
        }
    }

    private static void WriteSampleDescription(BoxWriter box, H264StreamWriter encoder, int width, int height)
    {
        using (box.OpenFull("stsd", 0, 0))
        {
            box.UInt32(1);
            using (box.Open("avc1"))
            {
                box.Zeros(6);
                box.UInt16(1); // data_reference_index
                box.Zeros(2 + 2 + 12);
                box.UInt16(width);
                box.UInt16(height);
                box.UInt32(0x00480000); // 72 dpi
                box.UInt32(0x00480000);
                box.Zeros(4);
                box.UInt16(1); // frame_count per sample
                box.Zeros(32); // compressorname
                box.UInt16(0x0018); // depth: no alpha
                box.UInt16(0xFFFF); // pre_defined -1

                using (box.Open("avcC"))
                {
                    var sequenceParameterSet = encoder.SequenceParameterSet();
                    var pictureParameterSet = encoder.PictureParameterSet();
                    box.Byte(1); // configurationVersion
                    box.Byte(encoder.ProfileIdc);
                    box.Byte(encoder.ConstraintFlags);
                    box.Byte(encoder.LevelIdc);
                    box.Byte(0xFC | (NalLengthSize - 1));
                    box.Byte(0xE0 | 1); // one sequence parameter set
                    box.UInt16(sequenceParameterSet.Length);
                    box.Bytes(sequenceParameterSet);
                    box.Byte(1); // one picture parameter set
                    box.UInt16(pictureParameterSet.Length);
                    box.Bytes(pictureParameterSet);
                    if (encoder.ProfileIdc == H264StreamWriter.HighProfile)
                    {
                        // ISO/IEC 14496-15 5.3.3.1.2: High profiles add chroma format and bit depths.
                        box.Byte(0xFC); // chroma_format 0: monochrome
                        box.Byte(0xF8); // bit_depth_luma_minus8
                        box.Byte(0xF8); // bit_depth_chroma_minus8
                        box.Byte(0); // numOfSequenceParameterSetExt
                    }
                }
            }
        }
    }

    private static long WriteSampleTables(BoxWriter box, byte[][] samples)
    {
        using (box.OpenFull("stts", 0, 0))
        {
            box.UInt32(1);
            box.UInt32((uint)samples.Length);
            box.UInt32(SampleDelta);
        }

        using (box.OpenFull("stss", 0, 0)) // the IDR picture is the only sync sample
        {
            box.UInt32(1);
            box.UInt32(1);
        }

        using (box.OpenFull("stsc", 0, 0)) // every sample in one chunk
        {
            box.UInt32(1);
            box.UInt32(1); // first_chunk
            box.UInt32((uint)samples.Length);
            box.UInt32(1); // sample_description_index
        }

        using (box.OpenFull("stsz", 0, 0))
        {
            box.UInt32(0); // sizes differ, so each is listed
            box.UInt32((uint)samples.Length);
            foreach (var sample in samples)
            {
                box.UInt32((uint)sample.Length);
            }
        }

        using (box.OpenFull("stco", 0, 0))
        {
            box.UInt32(1);
            var position = box.Position;
            box.UInt32(0);
            return position;
        }
    }

    private static void WriteUnityMatrix(BoxWriter box)
    {
        box.Int32(0x00010000);
        box.Zeros(3 * 4);
        box.Int32(0x00010000);
        box.Zeros(3 * 4);
        box.Int32(0x40000000);
    }

    private static byte[] LengthPrefixed(byte[] nalUnit)
    {
        var sample = new byte[NalLengthSize + nalUnit.Length];
        BinaryPrimitives.WriteUInt32BigEndian(sample, (uint)nalUnit.Length);
        nalUnit.CopyTo(sample, NalLengthSize);
        return sample;
    }
}
