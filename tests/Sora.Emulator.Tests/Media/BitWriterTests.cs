using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Media;

public sealed class BitWriterTests
{
    [Theory]
    [InlineData(0u, "1")]
    [InlineData(1u, "010")]
    [InlineData(2u, "011")]
    [InlineData(3u, "00100")]
    [InlineData(7u, "0001000")]
    [InlineData(8159u, "0000000000001111111100000")]
    public void UnsignedExpGolombWritesTheCodeOfTable9_2(uint value, string expected)
    {
        var writer = new BitWriter();

        writer.WriteUnsignedExpGolomb(value);

        Assert.Equal(expected, BitsOf(writer, expected.Length));
    }

    [Theory]
    [InlineData(0, "1")]
    [InlineData(1, "010")]
    [InlineData(-1, "011")]
    [InlineData(2, "00100")]
    [InlineData(-2, "00101")]
    public void SignedExpGolombMapsPositiveValuesToOddCodeNumbers(int value, string expected)
    {
        var writer = new BitWriter();

        writer.WriteSignedExpGolomb(value);

        Assert.Equal(expected, BitsOf(writer, expected.Length));
    }

    [Fact]
    public void ExpGolombCodesReadBackForLargeValues()
    {
        var writer = new BitWriter();
        uint[] values = [0, 5, 255, 262_144, 1u << 30, uint.MaxValue - 1];
        foreach (var value in values)
        {
            writer.WriteUnsignedExpGolomb(value);
        }

        writer.WriteTrailingBits();
        var reader = new BitReader(writer.ToArray());

        Assert.Equal(values, values.Select(_ => reader.Ue()).ToArray());
        Assert.True(reader.AtTrailingBits());
    }

    [Fact]
    public void TrailingBitsAreAStopBitThenZerosToTheByteBoundary()
    {
        var writer = new BitWriter();
        writer.WriteBits(0b101, 3);

        writer.WriteTrailingBits();

        Assert.Equal(new byte[] { 0b1011_0000 }, writer.ToArray());
    }

    [Fact]
    public void PaddingWithOnesFillsTheLastByte()
    {
        var writer = new BitWriter();
        writer.WriteBits(0, 2);

        writer.PadWithOnes();

        Assert.Equal(new byte[] { 0b0011_1111 }, writer.ToArray());
    }

    [Fact]
    public void ToArrayRefusesAPartialByte()
    {
        var writer = new BitWriter();
        writer.WriteBit(1);

        Assert.Throws<InvalidOperationException>(() => writer.ToArray());
    }

    [Fact]
    public void LsbWriterPacksTheFirstBitIntoTheLowestBitAndPadsWithZeros()
    {
        var writer = new LsbBitWriter();
        writer.WriteBits(0x2F, 8);
        writer.WriteBits(0b1, 1);
        writer.WriteBits(0b10, 2);

        Assert.Equal(new byte[] { 0x2F, 0b0000_0101 }, writer.ToArray());
    }

    private static string BitsOf(BitWriter writer, int count)
    {
        writer.PadWithOnes();
        var bytes = writer.ToArray();
        return string.Concat(bytes.Select(b => Convert.ToString(b, 2).PadLeft(8, '0')))[..count];
    }
}
