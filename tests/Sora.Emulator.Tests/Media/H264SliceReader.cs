namespace Sora.Emulator.Tests.Media;

internal sealed record H264Pps(int PicInitQp, bool CabacEntropyCoding, bool DeblockingFilterControlPresent);

internal sealed record IntraMacroblock(int MbType, int QpDelta, int LumaDcLevel, int CbDcLevel, int CrDcLevel);

internal sealed record H264Slice(int NalUnitType, int SliceType, int FrameNum, int SliceQp, int DisableDeblockingFilterIdc, int SkipRun, IReadOnlyList<IntraMacroblock> Macroblocks);

/// <summary>
/// Parses the subset of H.264 the emulator writes: picture parameter sets, and slices that are either I_16x16
/// macroblocks with only DC coefficients or one mb_skip_run. Anything else throws, so a stray bit shows up as a failure.
/// </summary>
internal static class H264SliceReader
{
    public static H264Pps ReadPps(byte[] nalUnit)
    {
        var bits = new BitReader(H264SpsReader.Rbsp(nalUnit));
        bits.Ue(); // pic_parameter_set_id
        bits.Ue(); // seq_parameter_set_id
        var cabac = bits.Bit() == 1;
        bits.Bit(); // bottom_field_pic_order_in_frame_present_flag
        if (bits.Ue() != 0)
        {
            throw new NotSupportedException("Slice groups are not expected.");
        }

        bits.Ue();
        bits.Ue();
        bits.Bit();
        bits.Bits(2);
        var picInitQp = 26 + bits.Se();
        bits.Se(); // pic_init_qs_minus26
        if (bits.Se() != 0)
        {
            throw new NotSupportedException("A chroma QP offset is not expected.");
        }

        var deblockingControl = bits.Bit() == 1;
        bits.Bit(); // constrained_intra_pred_flag
        if (bits.Bit() == 1)
        {
            throw new NotSupportedException("Redundant pictures are not expected.");
        }

        if (!bits.AtTrailingBits())
        {
            throw new InvalidDataException("The PPS has data after its base fields.");
        }

        return new H264Pps(picInitQp, cabac, deblockingControl);
    }

    public static H264Slice ReadSlice(byte[] nalUnit, H264Sps sps, H264Pps pps)
    {
        var nalUnitType = nalUnit[0] & 0x1F;
        var isIdr = nalUnitType == 5;
        var bits = new BitReader(H264SpsReader.Rbsp(nalUnit));
        if (bits.Ue() != 0)
        {
            throw new NotSupportedException("Only one slice per picture is expected.");
        }

        var sliceType = (int)bits.Ue() % 5;
        bits.Ue(); // pic_parameter_set_id
        var frameNum = (int)bits.Bits(sps.Log2MaxFrameNum);
        if (isIdr)
        {
            bits.Ue(); // idr_pic_id
        }

        if (sps.PicOrderCntType != 2)
        {
            throw new NotSupportedException("Only picture order count type 2 is expected.");
        }

        if (sliceType == 0)
        {
            if (bits.Bit() == 1)
            {
                throw new NotSupportedException("num_ref_idx_active_override is not expected.");
            }

            if (bits.Bit() == 1)
            {
                throw new NotSupportedException("Reference list modification is not expected.");
            }
        }

        if ((nalUnit[0] >> 5) != 0)
        {
            bits.Bit(); // no_output_of_prior_pics_flag or adaptive_ref_pic_marking_mode_flag
            if (isIdr)
            {
                bits.Bit(); // long_term_reference_flag
            }
        }

        var sliceQp = pps.PicInitQp + bits.Se();
        var disableDeblocking = 0;
        if (pps.DeblockingFilterControlPresent)
        {
            disableDeblocking = (int)bits.Ue();
            if (disableDeblocking != 1)
            {
                bits.Se();
                bits.Se();
            }
        }

        var macroblockCount = MacroblockCount(sps);
        if (sliceType == 0)
        {
            var skipRun = (int)bits.Ue();
            ExpectTrailingBits(bits);
            return new H264Slice(nalUnitType, sliceType, frameNum, sliceQp, disableDeblocking, skipRun, Array.Empty<IntraMacroblock>());
        }

        if (sliceType != 2)
        {
            throw new NotSupportedException($"Slice type {sliceType} is not expected.");
        }

        var macroblocks = new List<IntraMacroblock>(macroblockCount);
        for (var i = 0; i < macroblockCount; i++)
        {
            macroblocks.Add(ReadIntraMacroblock(bits, sps.ChromaFormatIdc));
        }

        ExpectTrailingBits(bits);
        return new H264Slice(nalUnitType, sliceType, frameNum, sliceQp, disableDeblocking, 0, macroblocks);
    }

    public static int MacroblockCount(H264Sps sps) => ((sps.Width + 15) / 16) * ((sps.Height + 15) / 16);

    /// <summary>One DC-only CAVLC block with at most one coefficient, which must be the first (9.2.1 to 9.2.3).</summary>
    public static int ReadDcBlock(BitReader bits, bool chromaDc)
    {
        // coeff_token (Table 9-5) for TotalCoeff 0 and 1 only: (code, length) -> (trailing ones, total coefficients).
        (uint Code, int Length, int TrailingOnes, int TotalCoeff)[] tokens = chromaDc
            ? [(0b01, 2, 0, 0), (0b000111, 6, 0, 1), (0b1, 1, 1, 1)]
            : [(0b1, 1, 0, 0), (0b000101, 6, 0, 1), (0b01, 2, 1, 1)];
        var read = 0u;
        for (var length = 1; ; length++)
        {
            if (length > 16)
            {
                throw new InvalidDataException("A coeff_token for more than one coefficient.");
            }

            read = (read << 1) | (uint)bits.Bit();
            var match = Array.FindIndex(tokens, t => t.Code == read && t.Length == length);
            if (match >= 0)
            {
                var (_, _, trailingOnes, totalCoeff) = tokens[match];
                return totalCoeff == 0 ? 0 : ReadLoneLevel(bits, trailingOnes);
            }
        }
    }

    private static int ReadLoneLevel(BitReader bits, int trailingOnes)
    {
        int level;
        if (trailingOnes == 1)
        {
            level = bits.Bit() == 1 ? -1 : 1;
        }
        else
        {
            var prefix = 0;
            while (bits.Bit() == 0)
            {
                prefix++;
            }

            var suffixSize = prefix == 14 ? 4 : prefix >= 15 ? prefix - 3 : 0;
            var levelCode = Math.Min(15, prefix) + (int)bits.Bits(suffixSize);
            if (prefix >= 15)
            {
                levelCode += 15;
            }

            if (prefix >= 16)
            {
                levelCode += (1 << (prefix - 3)) - 4096;
            }

            levelCode += 2; // the first level after fewer than three trailing ones
            level = levelCode % 2 == 0 ? (levelCode + 2) >> 1 : (-levelCode - 1) >> 1;
        }

        // total_zeros for TotalCoeff 1: the single bit 1 means the coefficient is the DC one.
        if (bits.Bit() != 1)
        {
            throw new InvalidDataException("The coefficient is not at the DC position.");
        }

        return level;
    }

    private static IntraMacroblock ReadIntraMacroblock(BitReader bits, int chromaFormatIdc)
    {
        var mbType = (int)bits.Ue();
        if (mbType is < 1 or > 12)
        {
            throw new NotSupportedException($"mb_type {mbType} is not an I_16x16 type without luma AC.");
        }

        var cbpChroma = (mbType - 1) / 4;
        if (chromaFormatIdc is 1 or 2)
        {
            bits.Ue(); // intra_chroma_pred_mode
        }
        else if (cbpChroma != 0)
        {
            throw new InvalidDataException("A monochrome macroblock codes chroma.");
        }

        var qpDelta = bits.Se();
        var luma = ReadDcBlock(bits, chromaDc: false);
        int cb = 0, cr = 0;
        if (cbpChroma > 0)
        {
            cb = ReadDcBlock(bits, chromaDc: true);
            cr = ReadDcBlock(bits, chromaDc: true);
            if (cbpChroma == 2)
            {
                throw new NotSupportedException("Chroma AC is not expected.");
            }
        }

        return new IntraMacroblock(mbType, qpDelta, luma, cb, cr);
    }

    private static void ExpectTrailingBits(BitReader bits)
    {
        if (!bits.AtTrailingBits())
        {
            throw new InvalidDataException($"The slice does not end with rbsp_trailing_bits ({bits.BitsLeft} bits left).");
        }
    }
}
