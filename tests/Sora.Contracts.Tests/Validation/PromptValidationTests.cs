using Sora.Contracts.Validation;

namespace Sora.Contracts.Tests.Validation;

/// <summary>
/// The prompt is required (all three seeds mark it 必填), must contain a non-whitespace character and is at most
/// 32000 characters long, counted as JSON Schema counts them: in code points, so a surrogate pair counts once.
/// </summary>
public sealed class PromptValidationTests
{
    private const string Emoji = "\U0001F3AC"; // 🎬, one code point, two UTF-16 chars.

    [Fact]
    public void Validate_ReportsAMissingPromptAsMissingRequiredOnly()
    {
        var request = new CreateVideoRequest(null!);

        SoraViolation violation = Assert.Single(request.Validate().Violations);

        Assert.Equal(new SoraViolation("prompt", SoraViolationCodes.MissingRequired, "prompt is required"), violation);
    }

    [Fact]
    public void Validate_RejectsAnEmptyPromptAsTooShort()
    {
        SoraValidationResult result = new CreateVideoRequest(string.Empty).Validate();

        Assert.False(result.IsValid);
        Assert.Contains(result.Violations, v => v is { Param: "prompt", Code: SoraViolationCodes.TooShort });
        Assert.All(result.Violations, v => Assert.Equal("prompt", v.Param));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("\u00A0\u2003\u3000")] // no-break space, em space, ideographic space
    public void Validate_RejectsAWhitespaceOnlyPromptAsInvalidFormat(string prompt)
    {
        SoraViolation violation = Assert.Single(new CreateVideoRequest(prompt).Validate().Violations);

        Assert.Equal(("prompt", SoraViolationCodes.InvalidFormat), (violation.Param, violation.Code));
    }

    [Theory]
    [InlineData("a")]
    [InlineData(" a ")]
    [InlineData("角马吃甜甜圈")]
    [InlineData(Emoji)]
    public void Validate_AcceptsAShortPromptWithAVisibleCharacter(string prompt)
    {
        Assert.True(new CreateVideoRequest(prompt).Validate().IsValid);
    }

    [Fact]
    public void Validate_AcceptsAPromptOfExactly32000Characters()
    {
        Assert.True(new CreateVideoRequest(new string('a', 32000)).Validate().IsValid);
    }

    [Fact]
    public void Validate_RejectsAPromptOf32001CharactersAsTooLong()
    {
        SoraViolation violation = Assert.Single(new CreateVideoRequest(new string('a', 32001)).Validate().Violations);

        Assert.Equal(("prompt", SoraViolationCodes.TooLong), (violation.Param, violation.Code));
        Assert.Contains("32000", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CountsASurrogatePairOnceSo32000EmojiAreAllowed()
    {
        string prompt = string.Concat(Enumerable.Repeat(Emoji, 32000));
        Assert.Equal(64000, prompt.Length);

        Assert.True(new CreateVideoRequest(prompt).Validate().IsValid);
    }

    [Fact]
    public void Validate_RejectsTheCodePointAfter32000EvenWhenItIsASurrogatePair()
    {
        string prompt = string.Concat(Enumerable.Repeat(Emoji, 32001));

        SoraViolation violation = Assert.Single(new CreateVideoRequest(prompt).Validate().Violations);

        Assert.Equal(("prompt", SoraViolationCodes.TooLong), (violation.Param, violation.Code));
    }

    [Fact]
    public void Validate_CountsMixedTextByCodePoints()
    {
        Assert.True(new CreateVideoRequest(new string('a', 31999) + Emoji).Validate().IsValid);
        Assert.False(new CreateVideoRequest(new string('a', 32000) + Emoji).Validate().IsValid);
    }

    [Fact]
    public void RemixValidate_AppliesTheSamePromptRules()
    {
        Assert.True(new RemixVideoRequest("Make it night").Validate().IsValid);
        Assert.Contains(new RemixVideoRequest("  ").Validate().Violations, v => v is { Param: "prompt", Code: SoraViolationCodes.InvalidFormat });
        Assert.Contains(new RemixVideoRequest(new string('a', 32001)).Validate().Violations, v => v is { Param: "prompt", Code: SoraViolationCodes.TooLong });
        Assert.Contains(new RemixVideoRequest(null!).Validate().Violations, v => v is { Param: "prompt", Code: SoraViolationCodes.MissingRequired });
    }
}
