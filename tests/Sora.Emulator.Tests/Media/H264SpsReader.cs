namespace Sora.Emulator.Tests.Media;

internal sealed record H264Sps(int ProfileIdc, int ConstraintFlags, int LevelIdc, int ChromaFormatIdc, int Width, int Height, int PicOrderCntType, int MaxNumRefFrames, int Log2MaxFrameNum);

/// <summary>Reads an H.264 sequence parameter set NAL unit (7.3.2.1.1) far enough to recover the cropped picture size.</summary>
internal static class H264SpsReader
{
    private static readonly int[] HighProfiles = { 100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135 };

    public static H264Sps Read(byte[] nalUnit)
    {
        if ((nalUnit[0] & 0x1F) != 7)
        {
            throw new InvalidDataException($"NAL unit type {nalUnit[0] & 0x1F} is not a sequence parameter set.");
        }

        var bits = new BitReader(Rbsp(nalUnit));
        var profile = (int)bits.Bits(8);
        var constraints = (int)bits.Bits(8);
        var level = (int)bits.Bits(8);
        bits.Ue(); // seq_parameter_set_id
        var chromaFormat = 1;
        if (HighProfiles.Contains(profile))
        {
            chromaFormat = (int)bits.Ue();
            if (chromaFormat == 3)
            {
                bits.Bit(); // separate_colour_plane_flag
            }

            bits.Ue(); // bit_depth_luma_minus8
            bits.Ue(); // bit_depth_chroma_minus8
            bits.Bit(); // qpprime_y_zero_transform_bypass_flag
            if (bits.Bit() == 1)
            {
                throw new NotSupportedException("Scaling matrices are not expected here.");
            }
        }

        var log2MaxFrameNum = (int)bits.Ue() + 4;
        var pocType = (int)bits.Ue();
        if (pocType == 0)
        {
            bits.Ue();
        }
        else if (pocType == 1)
        {
            throw new NotSupportedException("Picture order count type 1 is not expected here.");
        }

        var maxRefFrames = (int)bits.Ue();
        bits.Bit(); // gaps_in_frame_num_value_allowed_flag
        var widthInMbs = (int)bits.Ue() + 1;
        var heightInMapUnits = (int)bits.Ue() + 1;
        var frameMbsOnly = bits.Bit();
        if (frameMbsOnly == 0)
        {
            bits.Bit(); // mb_adaptive_frame_field_flag
        }

        bits.Bit(); // direct_8x8_inference_flag
        var width = widthInMbs * 16;
        var height = heightInMapUnits * 16 * (2 - frameMbsOnly);
        if (bits.Bit() == 1)
        {
            // Table 6-1 and 7.4.2.1.1: the crop unit depends on the chroma subsampling.
            var cropUnitX = chromaFormat is 1 or 2 ? 2 : 1;
            var cropUnitY = (chromaFormat == 1 ? 2 : 1) * (2 - frameMbsOnly);
            var left = (int)bits.Ue();
            var right = (int)bits.Ue();
            var top = (int)bits.Ue();
            var bottom = (int)bits.Ue();
            width -= cropUnitX * (left + right);
            height -= cropUnitY * (top + bottom);
        }

        return new H264Sps(profile, constraints, level, chromaFormat, width, height, pocType, maxRefFrames, log2MaxFrameNum);
    }

    /// <summary>Removes emulation prevention bytes (the 03 of every 00 00 03) and the NAL header byte.</summary>
    public static byte[] Rbsp(byte[] nalUnit)
    {
        var rbsp = new List<byte>(nalUnit.Length);
        var zeros = 0;
        for (var i = 1; i < nalUnit.Length; i++)
        {
            if (zeros >= 2 && nalUnit[i] == 3)
            {
                zeros = 0;
                continue;
            }

            rbsp.Add(nalUnit[i]);
            zeros = nalUnit[i] == 0 ? zeros + 1 : 0;
        }

        return rbsp.ToArray();
    }
}
