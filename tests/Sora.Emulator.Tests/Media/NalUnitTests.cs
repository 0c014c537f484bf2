using Sora.Emulator.Media;

namespace Sora.Emulator.Tests.Media;

public sealed class NalUnitTests
{
    [Theory]
    [InlineData(new byte[] { 0, 0, 0 }, new byte[] { 0, 0, 3, 0 })]
    [InlineData(new byte[] { 0, 0, 1 }, new byte[] { 0, 0, 3, 1 })]
    [InlineData(new byte[] { 0, 0, 2 }, new byte[] { 0, 0, 3, 2 })]
    [InlineData(new byte[] { 0, 0, 3 }, new byte[] { 0, 0, 3, 3 })]
    [InlineData(new byte[] { 0, 0, 4 }, new byte[] { 0, 0, 4 })]
    [InlineData(new byte[] { 0, 0, 0, 0, 0 }, new byte[] { 0, 0, 3, 0, 0, 3, 0 })]
    [InlineData(new byte[] { 0, 1, 0, 0, 0x80 }, new byte[] { 0, 1, 0, 0, 0x80 })]
    public void EmulationPreventionBreaksEveryStartCodePrefix(byte[] rbsp, byte[] expectedPayload)
    {
        var unit = NalUnit.Create(NalUnit.SequenceParameterSet, rbsp);

        Assert.Equal(expectedPayload, unit[1..]);
        Assert.Equal(rbsp, H264SpsReader.Rbsp(unit));
    }

    [Fact]
    public void TheHeaderMarksAReferenceUnitOfTheGivenType()
    {
        var unit = NalUnit.Create(NalUnit.IdrSlice, [0x80]);

        Assert.Equal(0, unit[0] >> 7);
        Assert.NotEqual(0, (unit[0] >> 5) & 3);
        Assert.Equal(5, unit[0] & 0x1F);
    }
}
