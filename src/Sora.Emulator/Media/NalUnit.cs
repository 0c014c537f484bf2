namespace Sora.Emulator.Media;

/// <summary>
/// Turns an H.264 RBSP into a NAL unit: the one-byte header, then the payload with emulation prevention bytes.
/// </summary>
internal static class NalUnit
{
    public const int SequenceParameterSet = 7;
    public const int PictureParameterSet = 8;
    public const int IdrSlice = 5;
    public const int NonIdrSlice = 1;

    // Every unit here is kept as a reference (nal_ref_idc non-zero): parameter sets must be, and each frame is
    // the reference of the next.
    private const int ReferenceIdc = 3;

    public static byte[] Create(int nalUnitType, byte[] rbsp)
    {
        var unit = new List<byte>(rbsp.Length + rbsp.Length / 64 + 1) { (byte)((ReferenceIdc << 5) | nalUnitType) };
        var zeros = 0;
        foreach (var b in rbsp)
        {
            // Two zero bytes followed by 00–03 would read as a start code (or its prefix) in an Annex B stream.
            if (zeros == 2 && b <= 3)
            {
                unit.Add(3);
                zeros = 0;
            }

            unit.Add(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }

        return unit.ToArray();
    }
}
