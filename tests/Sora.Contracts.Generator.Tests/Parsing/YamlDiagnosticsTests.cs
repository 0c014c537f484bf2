using System.Text;
using Sora.Contracts.SpecReader.Yaml;
using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>SORA100-SORA104: problems with the YAML itself or the document's header, each at its 1-based line.</summary>
public sealed class YamlDiagnosticsTests
{
    // ---------------------------------------------------------------- SORA100: not valid YAML

    [Fact]
    public void Sora100_UnclosedFlowSequenceAtTheEndOfTheFile_IsReportedWhereTheScannerStops()
    {
        const string yaml = "openapi: 3.1.0\n"
            + "info:\n"
            + "  title: Test\n"
            + "  version: '1'\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Broken:\n"
            + "      type: string\n"
            + "      enum: [a, b\n"; // line 9: never closed; YamlDotNet notices at the end of the file (line 10)

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA100", 10));
        Assert.Empty(model.Enums);
        Assert.Empty(model.Objects);
    }

    [Fact]
    public void Sora100_UnclosedFlowSequenceFollowedByMoreYaml_IsReported_NotAnException()
    {
        // YamlDotNet 16.3 throws InvalidOperationException (not YamlException) from its scanner here. YamlLoader.Load
        // catches only YamlException, so SpecParser.Parse throws and the generator turns it into SORA199.
        const string yaml = "openapi: 3.1.0\n"
            + "info:\n"
            + "  title: Test\n"
            + "  version: '1'\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Broken:\n"
            + "      type: string\n"
            + "      enum: [a, b\n" // line 9: never closed
            + "    Fine:\n" // line 10: where the scanner gives up
            + "      type: string\n"
            + "      enum: [x]\n";

        var model = Parse(yaml);

        var diagnostic = Single(model, "SORA100");
        Assert.InRange(diagnostic.Location!.Line, 9, 10);
        AssertNoInternalError(model);
    }

    [Fact]
    public void Sora100_KeyIndentedInsideAScalarMapping_IsReportedAtTheOffendingLine()
    {
        const string yaml = "openapi: 3.1.0\n"
            + "info:\n"
            + "  title: Test\n"
            + "  version: '1'\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Colour:\n"
            + "      type: string\n"
            + "        enum: [red]\n"; // line 9: a mapping value where a plain scalar continues

        var model = Parse(yaml);

        Assert.Equal(9, Single(model, "SORA100").Location!.Line);
        AssertNoInternalError(model);
    }

    [Fact]
    public void Sora100_TabIndentation_IsReported_AtTheMarkYamlDotNetGives()
    {
        const string yaml = "openapi: 3.1.0\n"
            + "info:\n"
            + "\ttitle: Test\n"; // line 3: YAML forbids tabs for indentation

        var model = Parse(yaml);

        // YamlDotNet 16.3 puts this error's mark at the start of the enclosing mapping (line 1), not at the tab on
        // line 3, and the loader reports the mark it is given. The diagnostic is still SORA100, never an exception.
        AssertDiagnostics(model, ("SORA100", 1));
        Assert.Contains("tab", Single(model, "SORA100").Arguments[1], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sora100_AliasWithoutAnchor_IsReportedAtTheAlias()
    {
        var yaml = Spec("""
                Copy:
                  type: string
                  enum: *nowhere
            """);

        var model = Parse(yaml);

        Assert.Equal(LineOf(yaml, "*nowhere"), Single(model, "SORA100").Location!.Line);
        AssertNoInternalError(model);
    }

    [Fact]
    public void Sora100_MappingAsAKey_IsReportedAtTheKey()
    {
        var yaml = Spec("""
                ? [not, a, name]
                : type: string
            """);

        var model = Parse(yaml);

        Assert.Equal(LineOf(yaml, "? [not, a, name]"), Single(model, "SORA100").Location!.Line);
        AssertNoInternalError(model);
    }

    [Fact]
    public void Sora100_SecondYamlDocument_IsReportedAtItsStart_AndTheFirstDocumentStillGenerates()
    {
        var yaml = Spec() + "---\nopenapi: 3.1.0\n";

        var model = Parse(yaml);

        Assert.Equal(LineOf(yaml, "---"), Single(model, "SORA100").Location!.Line);
        AssertNoInternalError(model);
        AssertValidSchemasStillGenerated(model);
    }

    // ---------------------------------------------------------------- SORA101: empty

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\t\n")]
    [InlineData("# only a comment\n# and another\n")]
    [InlineData("~\n")]
    [InlineData("null")]
    public void Sora101_EmptyWhitespaceCommentOnlyOrNullFile_IsReportedAtLine1_AndNothingIsGenerated(string yaml)
    {
        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA101", 1));
        Assert.Equal("test.openapi.yaml", Single(model, "SORA101").Arguments[0]);
        Assert.Empty(model.Enums);
        Assert.Empty(model.Objects);
        Assert.Empty(model.Operations);
    }

    // ---------------------------------------------------------------- SORA102: beyond the loader's budgets

    /// <summary>"Billion laughs": ten levels of ten aliases each, 10^10 nodes if expanded.</summary>
    public static string AliasBomb(int levels)
    {
        var builder = new StringBuilder("openapi: 3.1.0\ninfo:\n  title: Bomb\n  version: '1'\n");
        builder.Append("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < levels; level++)
        {
            var previous = "*l" + (level - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Append("l").Append(level).Append(": &l").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat(previous, 10))).Append("]\n");
        }

        return builder.ToString();
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    public void Sora102_AliasBomb_IsRefused_AndNothingIsGenerated(int levels)
    {
        var yaml = AliasBomb(levels);

        var model = Parse(yaml);

        var diagnostic = Single(model, "SORA102");
        AssertNoInternalError(model);
        Assert.Single(model.Diagnostics);
        Assert.Contains("1000000", diagnostic.Arguments[0], StringComparison.Ordinal);
        Assert.InRange(diagnostic.Location!.Line, LineOf(yaml, "l4: &l4"), LineOf(yaml, "l5: &l5"));
        Assert.Empty(model.Enums);
        Assert.Empty(model.Objects);
    }

    [Fact]
    public void Sora102_AliasBomb_IsReportedAtTheAliasThatCrossesTheBudget()
    {
        var yaml = AliasBomb(10);

        var model = Parse(yaml);

        // Level n (line 5 + n) expands to (10^(n+2) - 1) / 9 nodes: level 4 to 111,111 and level 5 to 1,111,111, the
        // first beyond the 1,000,000-node budget. The budget is crossed by the tenth *l4 alias on the l5 line: that
        // is where the bomb is, and where the diagnostic must point (not at l4's harmless definition one line up).
        AssertDiagnostics(model, ("SORA102", LineOf(yaml, "l5: &l5")));
    }

    [Fact]
    public void Sora102_AliasBomb_SaysTheAliasesMadeTheCount_WithWhatWasWrittenAndWhatWasCopied()
    {
        var yaml = AliasBomb(10);

        var message = Single(Parse(yaml), "SORA102").Arguments[0];

        // Written: the 9 header nodes, l0's key, list and 10 scalars (12), then for l1-l5 a key and a list (2 each).
        // Copied: ten aliases of each level below, 10 x (11 + 111 + 1,111 + 11,111 + 111,111), the tenth *l4 on the l5
        // line (the one that crosses the budget) included.
        Assert.Equal("its aliases expand to more than 1000000 nodes (31 written, 1234550 more copied by aliases): an alias bomb?", message);
    }

    /// <summary>
    /// A spec that is only large: a header, then one list of <paramref name="items"/> flow lists of nine scalars
    /// (ten nodes each), after <paramref name="prefix"/>.
    /// </summary>
    private static string LargeSpec(int items, string prefix = "")
    {
        var builder = new StringBuilder("openapi: 3.1.0\ninfo:\n  title: Large\n  version: '1'\n").Append(prefix).Append("x-big:\n");
        for (var i = 0; i < items; i++)
        {
            builder.Append("  - [a, a, a, a, a, a, a, a, a]\n");
        }

        return builder.ToString();
    }

    [Fact]
    public void Sora102_ALargeSpecWithoutAliases_ReportsItsNodesAndSize_AtTheLineThatCrossesTheBudget_NotAnAliasBomb()
    {
        var yaml = LargeSpec(100_000);

        var model = Parse(yaml);

        // x-big's list (1 node) plus k items of 10 nodes passes 1,000,000 with the 100,000th item, on line 5 + 100,000.
        AssertDiagnostics(model, ("SORA102", 5 + 100_000));
        var diagnostic = Single(model, "SORA102");
        var message = diagnostic.Arguments[0];
        Assert.DoesNotContain("alias", message, StringComparison.OrdinalIgnoreCase);
        var crossedAt = (diagnostic.Location!.Start + diagnostic.Location.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var length = yaml.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Written: 11 nodes before the items (the root, openapi, info and its four scalars, x-big and its list), then 100,000 x 10.
        Assert.Equal($"it has more than 1000000 YAML nodes, the most the generator reads (1000011 written in the first {crossedAt} of its {length} characters)", message);
        Assert.Empty(model.Enums);
        Assert.Empty(model.Objects);
    }

    [Fact]
    public void Sora102_ALargeSpecWithAFewAliases_CountsTheirCopies_ButDoesNotBlameThem()
    {
        var yaml = LargeSpec(100_000, prefix: "x-a: &a [a, a]\nx-b: *a\n");

        var message = Single(Parse(yaml), "SORA102").Arguments[0];

        Assert.Contains(" and 3 copied by aliases in the first ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("alias bomb", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sora102_ASpecJustUnderTheBudget_IsRead()
    {
        var diagnostics = new List<Sora.Contracts.SpecReader.Model.DiagnosticInfo>();

        // 11 + 99,998 x 10 = 999,991 nodes: read whole (by the loader alone, which is what the budget guards).
        var root = YamlLoader.Load(TestPath, LargeSpec(99_998), diagnostics);

        Assert.Empty(diagnostics);
        var items = Assert.IsType<YamlSequence>(Assert.IsType<YamlMapping>(root)["x-big"]);
        Assert.Equal(99_998, items.Items.Count);
    }

    [Fact]
    public void Sora102_AliasBombInsideASchema_IsRefused()
    {
        var yaml = Spec("""
                Bomb:
                  type: string
                  x-lol0: &a [x, x, x, x, x, x, x, x, x, x]
                  x-lol1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
                  x-lol2: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
                  x-lol3: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
                  x-lol4: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
                  x-lol5: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
                  x-lol6: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
                  x-lol7: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
                  x-lol8: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
            """);

        var model = Parse(yaml);

        // As above, the aliases of *e on the x-lol5 line cross the budget.
        var diagnostic = Single(model, "SORA102");
        AssertNoInternalError(model);
        Assert.InRange(diagnostic.Location!.Line, LineOf(yaml, "x-lol4: &e"), LineOf(yaml, "x-lol5: &f"));
    }

    [Fact]
    public void Sora102_NestingDeeperThan128Levels_IsReportedAtTheFirstLevelTooDeep()
    {
        var builder = new StringBuilder();
        for (var depth = 0; depth < 200; depth++)
        {
            builder.Append(' ', depth * 2).Append("k").Append(depth).Append(":\n");
        }

        builder.Append(' ', 400).Append("leaf\n");
        var yaml = builder.ToString();

        var model = Parse(yaml);

        // The root mapping starts at line 1 (key k0); mapping n starts at line n; mapping 129 is one too many.
        AssertDiagnostics(model, ("SORA102", 129));
        Assert.Contains(YamlLoader.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), Single(model, "SORA102").Arguments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Sora102_NestingOf128LevelsIsAccepted_And129IsNot()
    {
        var builder = new StringBuilder();
        for (var depth = 0; depth < 127; depth++)
        {
            builder.Append('[');
        }

        builder.Append("[x]");
        for (var depth = 0; depth < 127; depth++)
        {
            builder.Append(']');
        }

        var yaml = Spec() + "x-deep: " + builder + "\n";

        var model = Parse(yaml);

        // The root mapping plus x-deep's 128 sequences would be 129 levels: one too many. Without the root it fits.
        Assert.Single(model.Diagnostics, d => d.Id == "SORA102");
        var shallower = Spec() + "x-deep: " + builder.ToString()[1..^1] + "\n";
        var accepted = Parse(shallower);
        AssertDiagnostics(accepted);
        AssertValidSchemasStillGenerated(accepted);
    }

    [Fact]
    public void Sora102_DeepFlowNesting_DoesNotOverflowTheStack()
    {
        var yaml = "x: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var model = Parse(yaml);

        AssertNoInternalError(model);
        Assert.Contains(model.Diagnostics, d => d.Id is "SORA102" or "SORA100");
    }

    // ---------------------------------------------------------------- SORA103: duplicate key

    [Fact]
    public void Sora103_DuplicateKeyInASchema_IsReportedAtTheSecondKey_AndTheFirstWins()
    {
        var yaml = Spec("""
                Extra:
                  type: string
                  enum: [first]
                  enum: [second]
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA103", LineOf(yaml, "enum: [second]")));
        Assert.Equal("enum", Single(model, "SORA103").Arguments[0]);
        Assert.Equal(new[] { "first" }, model.Enums.Single(e => e.Name == "Extra").Members.Select(m => m.Value));
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora103_DuplicateSchemaName_IsReportedAtTheSecondDefinition_AndTheFirstWins()
    {
        var yaml = Spec("""
                Colour:
                  type: string
                  enum: [cyan]
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA103", LineOf(yaml, "enum: [cyan]") - 2));
        Assert.Equal(new[] { "red", "green" }, model.Enums.Single(e => e.Name == "Colour").Members.Select(m => m.Value));
        AssertValidSchemasStillGenerated(model);
    }

    // ---------------------------------------------------------------- SORA104: not OpenAPI 3.1 or 3.0

    [Theory]
    [InlineData("3.2.0")]
    [InlineData("'3.0.5'")]
    [InlineData("2.0")]
    [InlineData("4.0.0")]
    public void Sora104_WrongOpenApiVersion_IsReportedAtTheVersion_AndTheRestStillGenerates(string version)
    {
        var yaml = Spec().Replace("openapi: 3.1.0", "openapi: " + version, StringComparison.Ordinal);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA104", 1));
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora104_MissingOpenApiVersion_IsReportedAtTheDocument_AndTheRestStillGenerates()
    {
        var yaml = "# A spec without its version line\n" + Spec().Replace("openapi: 3.1.0\n", string.Empty, StringComparison.Ordinal);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA104", 2));
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora104_Swagger2Document_IsReported()
    {
        var yaml = Spec().Replace("openapi: 3.1.0", "swagger: '2.0'", StringComparison.Ordinal);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA104", 1));
    }

    [Theory]
    [InlineData("- openapi: 3.1.0\n- info: {}\n")]
    [InlineData("just a string\n")]
    public void Sora104_DocumentThatIsNotAMapping_IsReportedAtLine1(string yaml)
    {
        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA104", 1));
    }
}
