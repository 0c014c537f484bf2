using Microsoft.CodeAnalysis.CSharp;
using Sora.Contracts.SpecReader.Parsing;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Catalogue;

/// <summary>
/// The reader's own table of C# keywords and identifier characters stands in for Roslyn's <c>SyntaxFacts</c> (the reader
/// must not load Roslyn); here it is held to <c>SyntaxFacts</c> of the Roslyn the generator is built against.
/// </summary>
public sealed class CSharpNamesTests
{
    [Fact]
    public void TheReservedKeywordsAreExactlyRoslyns()
    {
        var roslyn = SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(roslyn.Order(StringComparer.Ordinal), CSharpNames.Reserved.Order(StringComparer.Ordinal));
        Assert.All(CSharpNames.Reserved, word => Assert.NotEqual(SyntaxKind.None, SyntaxFacts.GetKeywordKind(word)));
    }

    [Fact]
    public void EveryContextualKeywordOfRoslynIsInTheTable_AndEveryEntryIsOneToRoslyn()
    {
        var roslyn = SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText).Where(text => text.Length > 0);

        Assert.All(roslyn, word => Assert.Contains(word, CSharpNames.Contextual));
        Assert.All(CSharpNames.Contextual, word => Assert.NotEqual(SyntaxKind.None, SyntaxFacts.GetContextualKeywordKind(word)));
        Assert.Empty(CSharpNames.Contextual.Intersect(CSharpNames.Reserved));
    }

    [Fact]
    public void EveryCharacterStartsAndContinuesAnIdentifierExactlyWhereRoslynSaysSo()
    {
        var disagreements = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (CSharpNames.IsIdentifierStart(c) != SyntaxFacts.IsIdentifierStartCharacter(c)
                || CSharpNames.IsIdentifierPart(c) != SyntaxFacts.IsIdentifierPartCharacter(c))
            {
                disagreements.Add($"U+{code:X4}");
            }
        }

        Assert.True(disagreements.Count == 0, "Characters judged differently from Roslyn: " + string.Join(", ", disagreements.Take(20)));
    }

    [Theory]
    [InlineData("Video", true)]
    [InlineData("_private2", true)]
    [InlineData("Vidéo", true)]
    [InlineData("2Video", false)]
    [InlineData("Video-Size", false)]
    [InlineData("", false)]
    [InlineData("class", true)]
    public void AValidIdentifierIsOneRoslynAccepts_ByItsCharactersAlone(string name, bool expected)
    {
        Assert.Equal(SyntaxFacts.IsValidIdentifier(name), CSharpNames.IsValidIdentifier(name));
        Assert.Equal(expected, CSharpNames.IsValidIdentifier(name));
    }
}
