namespace Sora.Emulator.Media;

/// <summary>
/// Writes a CAVLC residual block (9.2) whose only possibly non-zero coefficient is the first one: the luma DC block
/// of an I_16x16 macroblock or a 4:2:0 chroma DC block.
/// </summary>
internal static class CavlcDcBlock
{
    /// <summary>coeff_token codes (Table 9-5) for 0 ≤ nC &lt; 2: no coefficient, one coefficient, one trailing ±1.</summary>
    public static readonly CoeffTokenTable LumaTable = new(new(1, 1), new(0b000101, 6), new(0b01, 2));

    /// <summary>coeff_token codes (Table 9-5) for nC = -1, the 4:2:0 chroma DC blocks.</summary>
    public static readonly CoeffTokenTable ChromaDcTable = new(new(0b01, 2), new(0b000111, 6), new(1, 1));

    // Beyond this, level_prefix would exceed 15, which only the High profiles' larger escape allows.
    private const int MaxEscapedLevelCode = 30 + 4095;

    public static void Write(BitWriter bits, int level, CoeffTokenTable table)
    {
        if (level == 0)
        {
            table.Empty.Write(bits);
            return;
        }

        if (Math.Abs(level) == 1)
        {
            table.OneTrailingOne.Write(bits);
            bits.WriteBit(level < 0 ? 1 : 0); // trailing_ones_sign_flag
        }
        else
        {
            table.OneCoefficient.Write(bits);
            WriteFirstLevel(bits, level);
        }

        // total_zeros = 0 for TotalCoeff 1 is the single bit 1 in both the 4x4 (Table 9-7) and the chroma DC
        // (Table 9-9a) tables; no run_before follows a lone coefficient.
        bits.WriteBit(1);
    }

    private static void WriteFirstLevel(BitWriter bits, int level)
    {
        // 9.2.2.1 with suffixLength 0. The first level after fewer than three trailing ones cannot be ±1, so the
        // decoder adds 2 to the level code; the encoder takes it off.
        var levelCode = (level > 0 ? 2 * level - 2 : -2 * level - 1) - 2;
        if (levelCode < 14)
        {
            WritePrefix(bits, levelCode);
        }
        else if (levelCode < 30)
        {
            WritePrefix(bits, 14);
            bits.WriteBits((uint)(levelCode - 14), 4);
        }
        else if (levelCode <= MaxEscapedLevelCode)
        {
            WritePrefix(bits, 15);
            bits.WriteBits((uint)(levelCode - 30), 12);
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level is beyond the Baseline escape code.");
        }
    }

    private static void WritePrefix(BitWriter bits, int leadingZeros)
    {
        bits.WriteBits(0, leadingZeros);
        bits.WriteBit(1);
    }

    internal sealed record CoeffTokenTable(PrefixCode Empty, PrefixCode OneCoefficient, PrefixCode OneTrailingOne);
}
