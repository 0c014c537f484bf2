using Sora.Emulator.Http;

namespace Sora.Emulator.Tests.Server;

public sealed class EchoedTextTests
{
    [Theory]
    [InlineData("video_3f2a")]
    [InlineData("sora-2-pro")]
    [InlineData("un chat, 猫, \U0001F408 qui marche")]
    public void VisibleTextUnderTheCap_IsQuotedAsItIs(string value) => Assert.Equal(value, EchoedText.Of(value));

    [Fact]
    public void LongText_IsCutToTheCap_WithAnEllipsis_AndTheCapIsShort()
    {
        var quoted = EchoedText.Of(new string('x', 7000));

        Assert.Equal(new string('x', EchoedText.MaxLength) + EchoedText.Ellipsis, quoted);
        Assert.InRange(EchoedText.MaxLength, 16, 100);
    }

    [Theory]
    [InlineData("a\u202Eb", @"a\u202Eb")]
    [InlineData("\u2066x\u2069", @"\u2066x\u2069")]
    [InlineData("\u200F\u061C\u200B\uFEFF", @"\u200F\u061C\u200B\uFEFF")]
    [InlineData("a\r\nb\tc\0", @"a\u000D\u000Ab\u0009c\u0000")]
    [InlineData("\u007F\u0085\u2028\u2029", @"\u007F\u0085\u2028\u2029")]
    [InlineData("tag\U000E0041\U000E0042", @"tag\U000E0041\U000E0042")]
    [InlineData("private \uE000", @"private \uE000")]
    public void InvisibleCharacters_AreQuotedAsEscapes(string value, string expected) => Assert.Equal(expected, EchoedText.Of(value));

    [Fact]
    public void UnpairedSurrogates_AreQuotedAsEscapes()
    {
        // Built at run time: an attribute argument cannot hold an unpaired surrogate.
        var value = "lone " + (char)0xD800 + " and " + (char)0xDC00;

        Assert.Equal(@"lone \uD800 and \uDC00", EchoedText.Of(value));
    }

    [Fact]
    public void TheCut_NeverSplitsAnEscapeOrASurrogatePair()
    {
        var beforeEscape = EchoedText.Of(new string('a', EchoedText.MaxLength - 1) + "\u202E");
        var beforePair = EchoedText.Of(new string('a', EchoedText.MaxLength - 1) + "\U0001F408");

        Assert.Equal(new string('a', EchoedText.MaxLength - 1) + EchoedText.Ellipsis, beforeEscape);
        Assert.Equal(new string('a', EchoedText.MaxLength - 1) + EchoedText.Ellipsis, beforePair);
    }

    [Fact]
    public void AMissingValue_IsNamedNone() => Assert.Equal("none", EchoedText.Of(null));

    [Fact]
    public void Printable_EscapesButNeverCuts_AndAParserMessageIsCutAtItsOwnCap()
    {
        var text = new string('x', 1000) + "\u202E";

        Assert.Equal(new string('x', 1000) + @"\u202E", EchoedText.Printable(text));
        Assert.Equal(EchoedText.MaxMessageLength + 1, EchoedText.OfMessage(text).Length);
    }
}
