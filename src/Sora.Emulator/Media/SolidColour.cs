namespace Sora.Emulator.Media;

/// <summary>
/// The one colour every picture of a job is filled with, derived from the job's seed so that different jobs give
/// visibly (and byte-wise) different media, and expressed in the YCbCr forms the encoders need.
/// </summary>
internal readonly record struct SolidColour(byte Red, byte Green, byte Blue)
{
    // Channels stay in the middle of the range: no job looks black or white, and every YCbCr component keeps
    // clear of the clipping limits so the H.264 residual that paints it is always representable.
    private const int ChannelFloor = 40;
    private const int ChannelSpan = 176;

    public static SolidColour FromSeed(int seed)
    {
        // A 32-bit integer mix (Wellons' lowbias32): neighbouring seeds give unrelated colours.
        var x = unchecked((uint)seed);
        x ^= x >> 16;
        x = unchecked(x * 0x7FEB352Du);
        x ^= x >> 15;
        x = unchecked(x * 0x846CA68Bu);
        x ^= x >> 16;
        return new SolidColour(Channel(x), Channel(x >> 8), Channel(x >> 16));
    }

    /// <summary>BT.601 with studio range (Y 16–235, Cb/Cr 16–240): what an H.264 decoder assumes when nothing is signalled.</summary>
    public (int Y, int Cb, int Cr) ToStudioYCbCr() => (
        16 + ((66 * Red + 129 * Green + 25 * Blue + 128) >> 8),
        128 + ((-38 * Red - 74 * Green + 112 * Blue + 128) >> 8),
        128 + ((112 * Red - 94 * Green - 18 * Blue + 128) >> 8));

    /// <summary>BT.601 with full range (0–255), as JFIF defines it for JPEG.</summary>
    public (int Y, int Cb, int Cr) ToFullRangeYCbCr() => (
        (77 * Red + 150 * Green + 29 * Blue + 128) >> 8,
        128 + ((-43 * Red - 85 * Green + 128 * Blue + 128) >> 8),
        128 + ((128 * Red - 107 * Green - 21 * Blue + 128) >> 8));

    private static byte Channel(uint bits) => (byte)(ChannelFloor + (bits & 0xFF) % ChannelSpan);
}
