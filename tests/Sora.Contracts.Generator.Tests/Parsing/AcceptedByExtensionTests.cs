using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary><c>x-sora-accepted-by</c> on a property: read when it names profiles of the spec, SORA110 at its line otherwise.</summary>
public sealed class AcceptedByExtensionTests
{
    private const string Providers = """
        x-sora-providers:
          brush: {}
          roller: {}

        """;

    private static string Gloss(string list, string required = "") => $"""
            Varnish:
              type: object
              {required}properties:
                id:
                  type: string
                gloss:
                  type: integer
                  minimum: 1
                  x-sora-accepted-by: {list}
        """;

    [Fact]
    public void AcceptedBy_IsReadOnTheObject_AndThePropertyStaysAnOrdinaryOptionalOne()
    {
        var model = Parse(Spec(Gloss("[roller, brush]"), Providers));

        AssertDiagnostics(model);
        var varnish = model.Objects.Single(o => o.Name == "Varnish");
        var accepted = Assert.Single(varnish.AcceptedBy);
        Assert.Equal("gloss", accepted.Property);
        Assert.Equal(new[] { "roller", "brush" }, accepted.Providers);
        Assert.False(varnish.Properties.Single(p => p.JsonName == "gloss").Required);
        Assert.Empty(model.Objects.Single(o => o.Name == "Paint").AcceptedBy);
    }

    [Theory]
    [InlineData("[brush, easel] # bad")]
    [InlineData("[brush, brush] # bad")]
    [InlineData("[] # bad")]
    [InlineData("brush # bad")]
    public void AListNamingNoProfile_ANameTwice_OrNoList_IsSora110AtItsLine_AndThePropertyIsAcceptedEverywhere(string list)
    {
        var yaml = Spec(Gloss(list), Providers);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# bad")));
        Assert.Empty(model.Objects.Single(o => o.Name == "Varnish").AcceptedBy);
    }

    [Fact]
    public void OnARequiredProperty_ItIsSora110AtThePropertyName()
    {
        var yaml = Spec(Gloss("[brush]", "required: [gloss]\n      "), Providers);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "gloss:")));
        Assert.Empty(model.Objects.Single(o => o.Name == "Varnish").AcceptedBy);
    }
}
