using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;
using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Reading;

/// <summary>
/// YamlDotNet refuses valid block scalars whose first lines hold only spaces. The reader gets past it, and what it
/// reads is what YAML 1.2 says the text means: each expected value below is worked out by hand from the spec (§8.1.1.1
/// content indentation, §8.1.1.2 chomping, §8.1.2 literal and §8.1.3 folded content), not taken from a parser.
/// </summary>
public sealed class BlockScalarRepairTests
{
    public static TheoryData<string, string, string> Valid => new()
    {
        // The issue's case: keep chomping, one line of 12 spaces and no text. The line is an empty line (there is no
        // text line to be more indented than), so the content is one line break, kept.
        { "keep, spaces only, no text", "a: |+\n            \nb: x\n", "\n" },
        { "keep, two such lines", "a: |+\n    \n    \nb: x\n", "\n\n" },
        { "keep, shorter then longer", "a: |+\n  \n      \nb: x\n", "\n\n" },
        { "clip, spaces only, no text", "a: |\n     \nb: x\n", string.Empty },
        { "strip, spaces only, no text", "a: |-\n   \nb: x\n", string.Empty },
        { "keep at the end of the file", "a: |+\n    \n", "\n" },
        { "a comment after the header", "a: |+ # kept as typed\n    \nb: x\n", "\n" },
        { "a key with a bar in it", "\"a|b\": 1\na: |+\n    \nb: x\n", "\n" },

        // Text indented 2: a leading line of no more than 2 spaces is an empty line, so one line break.
        { "leading line as deep as the text", "a: |\n  \n  text\nb: x\n", "\ntext\n" },
        { "leading lines no deeper than the text", "a: |\n   \n    text\n     more\nb: x\n", "\ntext\n more\n" },

        // After the text, a line with more spaces than the content indentation keeps the extra spaces: 5 - 2 = 3.
        { "spaces after the text are content", "a: |+\n  \n  x\n     \nb: x\n", "\nx\n   \n" },

        // Folded: leading empty lines are line breaks; with no text there is nothing to fold.
        { "folded keep, no text", "a: >+\n    \nb: x\n", "\n" },
        { "folded with an indentation indicator, no text", "a: >2+\n  \nb: x\n", "\n" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void AValidBlockScalarWhoseFirstLinesHoldOnlySpaces_ReadsAsYaml12SaysItMeans(string name, string yaml, string expected)
    {
        var diagnostics = new List<DiagnosticInfo>();

        var root = YamlLoader.Load(TestPath, yaml, diagnostics);

        Assert.True(diagnostics.Count == 0, name + ": " + string.Join("; ", diagnostics.Select(d => d.Id + " " + string.Join(" ", d.Arguments))));
        var document = Assert.IsType<YamlMapping>(root);
        Assert.Equal(expected, Assert.IsType<YamlScalar>(document["a"]).Value);
        if (document["b"] is { } after)
        {
            Assert.Equal("x", Assert.IsType<YamlScalar>(after).Value);
        }
    }

    [Fact]
    public void NestedAndSequenceScalarsAreRepairedWithTheirParentsIndentation()
    {
        var diagnostics = new List<DiagnosticInfo>();

        var root = YamlLoader.Load(TestPath, "m:\n  a: |+\n      \n  b: x\nl:\n  - |+\n      \n  - y\n  - k: >+\n        \n    z: w\n", diagnostics);

        Assert.Empty(diagnostics);
        var document = Assert.IsType<YamlMapping>(root);
        var nested = Assert.IsType<YamlMapping>(document["m"]);
        Assert.Equal(("\n", "x"), (((YamlScalar)nested["a"]!).Value, ((YamlScalar)nested["b"]!).Value));
        var list = Assert.IsType<YamlSequence>(document["l"]).Items;
        Assert.Equal(3, list.Count);
        Assert.Equal(("\n", "y"), (((YamlScalar)list[0]).Value, ((YamlScalar)list[1]).Value));
        var item = Assert.IsType<YamlMapping>(list[2]);
        Assert.Equal(("\n", "w"), (((YamlScalar)item["k"]!).Value, ((YamlScalar)item["z"]!).Value));
    }

    [Fact]
    public void TheIssuesSpec_Reads_AndEveryLocationAfterTheRepairIsWhereTheAuthorWroteIt()
    {
        const string yaml = "openapi: 3.1.0\n"
            + "info: {title: r, version: \"1\"}\n"
            + "paths: {}\n"
            + "components:\n"
            + "  schemas:\n"
            + "    S:\n"
            + "      type: object\n"
            + "      properties:\n"
            + "        stop:\n"
            + "          type: string\n"
            + "          example: |+\n"
            + "            \n"
            + "          description: x\n";
        var diagnostics = new List<DiagnosticInfo>();

        var root = YamlLoader.Load(TestPath, yaml, diagnostics);

        Assert.Empty(diagnostics);
        var stop = (YamlMapping)((YamlMapping)((YamlMapping)((YamlMapping)((YamlMapping)root!)["components"]!)["schemas"]!)["S"]!)["properties"]!;
        var property = Assert.IsType<YamlMapping>(stop["stop"]);
        Assert.Equal("\n", ((YamlScalar)property["example"]!).Value);
        var description = (YamlScalar)property["description"]!;
        Assert.Equal("x", description.Value);
        Assert.Equal(yaml.IndexOf("description: x", StringComparison.Ordinal) + "description: ".Length, description.Location.Start);
        Assert.Equal((12, 23), (description.Location.StartLine, description.Location.StartColumn));
        AssertDiagnostics(Parse(yaml));
    }

    [Fact]
    public void ABlockInsideAnotherBlocksText_IsText_AndItsSpacesAreKept()
    {
        // "key: |+" here is text of the outer scalar; the line of 8 spaces after it is text too (8 - 2 = 6 spaces).
        const string yaml = "a: |\n  Example:\n    key: |+\n        \n  end\nb: x\n";
        var diagnostics = new List<DiagnosticInfo>();

        var root = YamlLoader.Load(TestPath, yaml, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("Example:\n  key: |+\n      \nend\n", ((YamlScalar)((YamlMapping)root!)["a"]!).Value);
    }

    [Fact]
    public void ALeadingLineDeeperThanTheText_IsStillAnError_AtItsBlock()
    {
        // §8.1.1.1: no leading empty line may hold more spaces than the first text line (the YAML test suite's W9L4).
        const string yaml = "a: 1\nb: |\n     \n  text\nc: x\n";
        var diagnostics = new List<DiagnosticInfo>();

        Assert.Null(YamlLoader.Load(TestPath, yaml, diagnostics));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SORA100", diagnostic.Id);
        Assert.InRange(diagnostic.Location!.Line, 3, 4);
    }

    [Fact]
    public void ALeadingLineOfSpacesThatIsTextAfterAnIndentationIndicator_IsRefused_NotEmptied()
    {
        // |1 fixes the content indentation at 1: the line of 3 spaces is text ("  "), which YamlDotNet cannot read
        // there and which emptying would lose. The refusal stands, at the block.
        const string yaml = "a: |1\n   \nb: x\n";
        var diagnostics = new List<DiagnosticInfo>();

        Assert.Null(YamlLoader.Load(TestPath, yaml, diagnostics));

        Assert.Equal(("SORA100", 2), (Assert.Single(diagnostics).Id, diagnostics[0].Location!.Line));
    }

    [Fact]
    public void AFileWithMoreRefusedBlocksThanTheRepairBudget_IsRefusedAtTheFirstBlockPastIt()
    {
        var blocks = string.Concat(Enumerable.Range(0, BlockScalarRepair.MaxRepairs + 1).Select(i => $"k{i}: |+\n    \n"));
        var diagnostics = new List<DiagnosticInfo>();
        var withinBudget = string.Concat(Enumerable.Range(0, BlockScalarRepair.MaxRepairs).Select(i => $"k{i}: |+\n    \n"));

        Assert.Null(YamlLoader.Load(TestPath, blocks, diagnostics));
        Assert.Equal("SORA100", Assert.Single(diagnostics).Id);
        Assert.InRange(diagnostics[0].Location!.Line, (2 * BlockScalarRepair.MaxRepairs) + 1, (2 * BlockScalarRepair.MaxRepairs) + 3);

        diagnostics.Clear();
        var root = Assert.IsType<YamlMapping>(YamlLoader.Load(TestPath, withinBudget, diagnostics));
        Assert.Empty(diagnostics);
        Assert.Equal(BlockScalarRepair.MaxRepairs, root.Entries.Count);
        Assert.All(root.Entries, e => Assert.Equal("\n", ((YamlScalar)e.Value).Value));
    }

    [Fact]
    public void DiagnosticsFoundBeforeARepairedBlock_AreReportedOnce()
    {
        const string yaml = "a: 1\na: 2\nb: |+\n    \nc: x\n";
        var diagnostics = new List<DiagnosticInfo>();

        YamlLoader.Load(TestPath, yaml, diagnostics);

        Assert.Equal(("SORA103", 2), (Assert.Single(diagnostics).Id, diagnostics[0].Location!.Line));
    }
}
