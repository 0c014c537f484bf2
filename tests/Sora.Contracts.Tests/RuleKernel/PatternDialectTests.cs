using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Tests.RuleKernel;

/// <summary>Only a <c>$</c> that is an anchor becomes <c>\z</c>; an escaped one or one inside a character class stays as written.</summary>
public sealed class PatternDialectTests
{
    [Theory]
    [InlineData(@"^a$", @"^a\z")]
    [InlineData(@"a$|b$", @"a\z|b\z")]
    [InlineData(@"(a$)", @"(a\z)")]
    [InlineData(@"[a]$", @"[a]\z")]
    [InlineData(@"\\$", @"\\\z")] // an escaped backslash, then the anchor
    [InlineData(@"\$", @"\$")]
    [InlineData(@"[$]", @"[$]")]
    [InlineData(@"[\]$]", @"[\]$]")]
    [InlineData(@"[]$]", @"[]$]")] // .NET reads a ']' first in a class as a member
    [InlineData(@"[^]$]$", @"[^]$]\z")]
    [InlineData(@"\S", @"\S")]
    [InlineData(@"a$\", @"a\z\")] // not a regular expression: compiling it reports the trailing backslash
    public void ToDotNet_ReplacesOnlyTheEndAnchor(string pattern, string expected)
    {
        Assert.Equal(expected, PatternDialect.ToDotNet(pattern));
    }

    [Fact]
    public void ToDotNet_ReturnsAPatternWithoutDollarAsItIs()
    {
        const string pattern = @"^[a-z]+\S*";

        Assert.Same(pattern, PatternDialect.ToDotNet(pattern));
    }
}
