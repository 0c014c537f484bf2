namespace Sora.Emulator.Media;

/// <summary>
/// Encodes a solid-colour H.264 stream: parameter sets, one IDR picture and any number of all-skipped P pictures.
/// </summary>
/// <remarks>
/// The IDR picture is all I_16x16 macroblocks with DC prediction. Only the first macroblock carries a residual
/// (one DC coefficient per colour component), which lifts it from mid-grey to the colour; DC prediction then
/// copies that colour exactly into every later macroblock, which need no residual. P pictures are a single
/// mb_skip_run: every macroblock repeats the reference with a zero motion vector.
/// <para>
/// Even sizes use Constrained Baseline 4:2:0, which every player decodes. 4:2:0 frame cropping works in steps of two
/// samples, so an odd width or height cannot be expressed in it; those use High profile monochrome (4:0:0), whose
/// cropping step is one sample, and are painted with the colour's luma alone.
/// </para>
/// </remarks>
internal sealed class H264StreamWriter
{
    public const byte BaselineProfile = 66;
    public const byte HighProfile = 100;

    // QP 28 makes the scaling exact: a DC level L adds exactly L to luma and 2L to chroma (8.5.10, 8.5.11).
    private const int QuantisationParameter = 28;
    private const int MidGrey = 128;
    private const int Log2MaxFrameNumber = 4;
    private const int Intra16x16DcPrediction = 2;
    private const int ChromaDcPrediction = 0;
    private const int SliceTypeP = 5;
    private const int SliceTypeI = 7;
    private const int DeblockingDisabled = 1;

    private readonly int widthInMacroblocks;
    private readonly int heightInMacroblocks;
    private readonly int width;
    private readonly int height;
    private readonly int lumaLevel;
    private readonly int blueLevel;
    private readonly int redLevel;
    private readonly int framesPerSecond;

    public H264StreamWriter(int width, int height, int framesPerSecond, SolidColour colour)
    {
        this.width = width;
        this.height = height;
        this.framesPerSecond = framesPerSecond;
        widthInMacroblocks = (width + 15) / 16;
        heightInMacroblocks = (height + 15) / 16;
        IsMonochrome = width % 2 != 0 || height % 2 != 0;

        var (y, cb, cr) = colour.ToStudioYCbCr();
        lumaLevel = y - MidGrey;
        blueLevel = (int)Math.Round((cb - MidGrey) / 2.0, MidpointRounding.AwayFromZero);
        redLevel = (int)Math.Round((cr - MidGrey) / 2.0, MidpointRounding.AwayFromZero);
    }

    public bool IsMonochrome { get; }

    public byte ProfileIdc => IsMonochrome ? HighProfile : BaselineProfile;

    /// <summary>constraint_set0 and constraint_set1 mark the baseline stream as Constrained Baseline.</summary>
    public byte ConstraintFlags => IsMonochrome ? (byte)0 : (byte)0xC0;

    public byte LevelIdc => H264Level.For(widthInMacroblocks, heightInMacroblocks, framesPerSecond);

    private int MacroblockCount => widthInMacroblocks * heightInMacroblocks;

    public byte[] SequenceParameterSet()
    {
        var bits = new BitWriter();
        bits.WriteBits(ProfileIdc, 8);
        bits.WriteBits(ConstraintFlags, 8);
        bits.WriteBits(LevelIdc, 8);
        bits.WriteUnsignedExpGolomb(0); // seq_parameter_set_id
        if (IsMonochrome)
        {
            bits.WriteUnsignedExpGolomb(0); // chroma_format_idc: 4:0:0
            bits.WriteUnsignedExpGolomb(0); // bit_depth_luma_minus8
            bits.WriteUnsignedExpGolomb(0); // bit_depth_chroma_minus8
            bits.WriteBit(0); // qpprime_y_zero_transform_bypass_flag
            bits.WriteBit(0); // seq_scaling_matrix_present_flag
        }

        bits.WriteUnsignedExpGolomb(Log2MaxFrameNumber - 4);

        // Picture order type 2 derives the order from frame_num: output order is decoding order, nothing to signal.
        bits.WriteUnsignedExpGolomb(2);
        bits.WriteUnsignedExpGolomb(1); // max_num_ref_frames
        bits.WriteBit(0); // gaps_in_frame_num_value_allowed_flag
        bits.WriteUnsignedExpGolomb((uint)widthInMacroblocks - 1);
        bits.WriteUnsignedExpGolomb((uint)heightInMacroblocks - 1);
        bits.WriteBit(1); // frame_mbs_only_flag
        bits.WriteBit(1); // direct_8x8_inference_flag

        var cropStep = IsMonochrome ? 1 : 2;
        var cropRight = (widthInMacroblocks * 16 - width) / cropStep;
        var cropBottom = (heightInMacroblocks * 16 - height) / cropStep;
        var cropped = cropRight != 0 || cropBottom != 0;
        bits.WriteBit(cropped ? 1 : 0);
        if (cropped)
        {
            bits.WriteUnsignedExpGolomb(0);
            bits.WriteUnsignedExpGolomb((uint)cropRight);
            bits.WriteUnsignedExpGolomb(0);
            bits.WriteUnsignedExpGolomb((uint)cropBottom);
        }

        WriteVideoUsability(bits);
        bits.WriteTrailingBits();
        return NalUnit.Create(NalUnit.SequenceParameterSet, bits.ToArray());
    }

    public byte[] PictureParameterSet()
    {
        var bits = new BitWriter();
        bits.WriteUnsignedExpGolomb(0); // pic_parameter_set_id
        bits.WriteUnsignedExpGolomb(0); // seq_parameter_set_id
        bits.WriteBit(0); // entropy_coding_mode_flag: CAVLC
        bits.WriteBit(0); // bottom_field_pic_order_in_frame_present_flag
        bits.WriteUnsignedExpGolomb(0); // num_slice_groups_minus1
        bits.WriteUnsignedExpGolomb(0); // num_ref_idx_l0_default_active_minus1
        bits.WriteUnsignedExpGolomb(0); // num_ref_idx_l1_default_active_minus1
        bits.WriteBit(0); // weighted_pred_flag
        bits.WriteBits(0, 2); // weighted_bipred_idc
        bits.WriteSignedExpGolomb(QuantisationParameter - 26); // pic_init_qp_minus26
        bits.WriteSignedExpGolomb(0); // pic_init_qs_minus26
        bits.WriteSignedExpGolomb(0); // chroma_qp_index_offset
        bits.WriteBit(1); // deblocking_filter_control_present_flag
        bits.WriteBit(0); // constrained_intra_pred_flag
        bits.WriteBit(0); // redundant_pic_cnt_present_flag
        bits.WriteTrailingBits();
        return NalUnit.Create(NalUnit.PictureParameterSet, bits.ToArray());
    }

    public byte[] IdrPicture()
    {
        var bits = new BitWriter();
        WriteSliceHeader(bits, SliceTypeI, frameNumber: 0);
        for (var address = 0; address < MacroblockCount; address++)
        {
            WriteIntraMacroblock(bits, paintsColour: address == 0);
        }

        bits.WriteTrailingBits();
        return NalUnit.Create(NalUnit.IdrSlice, bits.ToArray());
    }

    /// <param name="frameNumber">The picture's position after the IDR picture, which is 0.</param>
    public byte[] SkippedPicture(int frameNumber)
    {
        var bits = new BitWriter();
        WriteSliceHeader(bits, SliceTypeP, frameNumber);
        bits.WriteUnsignedExpGolomb((uint)MacroblockCount); // mb_skip_run covering the whole picture
        bits.WriteTrailingBits();
        return NalUnit.Create(NalUnit.NonIdrSlice, bits.ToArray());
    }

    private static void WriteVideoUsability(BitWriter bits)
    {
        bits.WriteBit(1); // vui_parameters_present_flag
        bits.WriteBit(0); // aspect_ratio_info_present_flag
        bits.WriteBit(0); // overscan_info_present_flag
        bits.WriteBit(0); // video_signal_type_present_flag
        bits.WriteBit(0); // chroma_loc_info_present_flag
        bits.WriteBit(0); // timing_info_present_flag: the container carries the timing
        bits.WriteBit(0); // nal_hrd_parameters_present_flag
        bits.WriteBit(0); // vcl_hrd_parameters_present_flag
        bits.WriteBit(0); // pic_struct_present_flag

        // Without bitstream restrictions a decoder must assume pictures may be reordered and holds several back.
        bits.WriteBit(1); // bitstream_restriction_flag
        bits.WriteBit(1); // motion_vectors_over_pic_boundaries_flag
        bits.WriteUnsignedExpGolomb(0); // max_bytes_per_pic_denom: no limit
        bits.WriteUnsignedExpGolomb(0); // max_bits_per_mb_denom: no limit
        bits.WriteUnsignedExpGolomb(15); // log2_max_mv_length_horizontal
        bits.WriteUnsignedExpGolomb(15); // log2_max_mv_length_vertical
        bits.WriteUnsignedExpGolomb(0); // max_num_reorder_frames
        bits.WriteUnsignedExpGolomb(1); // max_dec_frame_buffering
    }

    private static void WriteSliceHeader(BitWriter bits, int sliceType, int frameNumber)
    {
        var isIdr = sliceType == SliceTypeI;
        bits.WriteUnsignedExpGolomb(0); // first_mb_in_slice
        bits.WriteUnsignedExpGolomb((uint)sliceType);
        bits.WriteUnsignedExpGolomb(0); // pic_parameter_set_id
        bits.WriteBits((uint)frameNumber % (1u << Log2MaxFrameNumber), Log2MaxFrameNumber);
        if (isIdr)
        {
            bits.WriteUnsignedExpGolomb(0); // idr_pic_id
        }
        else
        {
            bits.WriteBit(0); // num_ref_idx_active_override_flag
            bits.WriteBit(0); // ref_pic_list_modification_flag_l0
        }

        // dec_ref_pic_marking: no_output_of_prior_pics_flag and long_term_reference_flag for an IDR picture,
        // adaptive_ref_pic_marking_mode_flag (sliding window) otherwise.
        bits.WriteBit(0);
        if (isIdr)
        {
            bits.WriteBit(0);
        }

        bits.WriteSignedExpGolomb(0); // slice_qp_delta

        // The picture is flat, so the filter would change nothing; turning it off keeps decoders from running it.
        bits.WriteUnsignedExpGolomb(DeblockingDisabled);
    }

    private void WriteIntraMacroblock(BitWriter bits, bool paintsColour)
    {
        // mb_type 1–24 are I_16x16_<prediction>_<chroma cbp>_<luma cbp>: 1 + prediction + 4 * chroma cbp (Table 7-11).
        // A chroma cbp of 1 means chroma DC coefficients only.
        var codesChroma = paintsColour && !IsMonochrome;
        bits.WriteUnsignedExpGolomb((uint)(1 + Intra16x16DcPrediction + (codesChroma ? 4 : 0)));
        if (!IsMonochrome)
        {
            bits.WriteUnsignedExpGolomb(ChromaDcPrediction); // intra_chroma_pred_mode
        }

        bits.WriteSignedExpGolomb(0); // mb_qp_delta

        // Neighbouring blocks never have AC coefficients, so every luma block is coded with nC = 0 (9.2.1);
        // chroma DC in 4:2:0 always uses nC = -1.
        CavlcDcBlock.Write(bits, paintsColour ? lumaLevel : 0, CavlcDcBlock.LumaTable);
        if (codesChroma)
        {
            CavlcDcBlock.Write(bits, blueLevel, CavlcDcBlock.ChromaDcTable);
            CavlcDcBlock.Write(bits, redLevel, CavlcDcBlock.ChromaDcTable);
        }
    }
}
