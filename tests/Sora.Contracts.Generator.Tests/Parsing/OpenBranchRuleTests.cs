using Sora.Contracts.SpecReader.Model;
using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>
/// An open enum's free branch (<c>anyOf: [{type: string, ...}, {enum}]</c>) may constrain the values other than the known
/// ones with <c>minLength</c>, <c>maxLength</c> and <c>pattern</c>. The parser reads them into the enum and into every
/// property that refers to it (so a changed rule re-emits its users), and reports what it does not generate.
/// </summary>
public sealed class OpenBranchRuleTests
{
    /// <summary>An open enum Label whose free branch also holds <paramref name="keywords"/> (one per line), and an object using it.</summary>
    private static string Named(params string[] keywords) =>
        Spec("""
                Label:
                  anyOf:
                    - type: string

            """
            + string.Concat(keywords.Select(k => "          " + k + "\n"))
            + """
                    - type: string
                      enum: [red, blue]
                Tagged:
                  type: object
                  properties:
                    label:
                      $ref: '#/components/schemas/Label'
            """);

    [Fact]
    public void ProductSpec_GivesTheModelItsNameRule_AndEveryPropertyOfTheModelGetsIt()
    {
        var model = Parse(RepoSpec, ProductNamespace);

        var rules = model.Enums.Single(e => e.Name == "VideoModel").OpenBranch;
        Assert.Equal(1, rules.MinLength);
        Assert.Null(rules.MaxLength);
        Assert.Equal(@"^[^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$", rules.Pattern);
        var uses = model.Objects.SelectMany(o => o.Properties).Where(p => p.Type.Name == "VideoModel").ToList();
        Assert.Equal(2, uses.Count); // CreateVideoRequest.model and Video.model
        Assert.All(uses, p => Assert.Equal(rules, p.Type.EnumOpenBranch));
    }

    [Fact]
    public void OpenBranchRules_AreReadIntoTheEnumAndTheTypeOfEveryPropertyThatUsesIt()
    {
        var yaml = Named("minLength: 2", "maxLength: 8", "pattern: '^[a-z]+$'");

        var model = Parse(yaml);

        AssertDiagnostics(model);
        var expected = new TextRules(2, 8, "^[a-z]+$");
        Assert.Equal(expected, model.Enums.Single(e => e.Name == "Label").OpenBranch);
        Assert.Equal(expected, model.Objects.Single(o => o.Name == "Tagged").Properties.Single().Type.EnumOpenBranch);
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void AnOpenBranchWithoutRules_AndAClosedEnum_HaveNone()
    {
        var model = Parse(Spec());

        Assert.All(model.Enums, e => Assert.True(e.OpenBranch.IsEmpty, e.Name));
        Assert.True(model.Enums.Single(e => e.Name == "Shade").IsOpen);
    }

    [Fact]
    public void Sora109_AnOpenBranchPatternThatIsNotARegularExpression_IsReportedAtIt_AndDropped()
    {
        var yaml = Named("minLength: 1", "pattern: '[a-'");

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "pattern: '[a-'")));
        Assert.Contains("the open branch of 'Label'", Single(model, "SORA109").Arguments[0], StringComparison.Ordinal);
        Assert.Equal(new TextRules(1, null, null), model.Enums.Single(e => e.Name == "Label").OpenBranch);
    }

    [Fact]
    public void Sora109_AKeywordTheOpenBranchDoesNotGenerate_IsReportedAtIt_AndTheEnumStillGenerates()
    {
        var yaml = Named("format: email", "minLength: 1");

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "format: email")));
        Assert.Contains("'format'", Single(model, "SORA109").Arguments[0], StringComparison.Ordinal);
        var label = model.Enums.Single(e => e.Name == "Label");
        Assert.True(label.IsOpen);
        Assert.Equal(1, label.OpenBranch.MinLength);
    }

    [Fact]
    public void AnnotationsInTheOpenBranch_AreNotReported()
    {
        var yaml = Named("title: Any label", "description: Any other label.", "examples: [green]");

        AssertDiagnostics(Parse(yaml));
    }

    [Fact]
    public void Sora109_TextRulesBesideARefToAnEnum_AreReportedAtTheProperty_AndDropped()
    {
        var yaml = Spec("""
                Holder:
                  type: object
                  properties:
                    shade:
                      $ref: '#/components/schemas/Shade' # beside the ref
                      minLength: 3
            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA109", LineOf(yaml, "# beside the ref")));
        Assert.True(model.Objects.Single(o => o.Name == "Holder").Properties.Single().Text.IsEmpty);
    }
}
