using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>A profile's <c>values</c> entry as a list or as <c>{pattern: '&lt;regex&gt;'}</c>, and SORA110 for a malformed one.</summary>
public sealed class ProviderPatternParsingTests
{
    private static string ValuesSpec(string entry) => Spec(top: $"""
        x-sora-providers:
          acme:
            values:
              Paint:
                {entry}

        """);

    [Fact]
    public void AListEntry_IsReadAsTheProvidersValues_WithNoPattern()
    {
        var model = Parse(ValuesSpec("colour: [red]"));

        AssertDiagnostics(model);
        var values = Assert.Single(model.Providers.Single().Values);
        Assert.Equal(new[] { "red" }, values.Values);
        Assert.Null(values.Pattern);
    }

    [Fact]
    public void APatternEntry_IsReadAsThePattern_WithNoValues()
    {
        var model = Parse(ValuesSpec("colour: {pattern: '^[a-z]+$'}"));

        AssertDiagnostics(model);
        var values = Assert.Single(model.Providers.Single().Values);
        Assert.Equal(("Paint", "colour", "^[a-z]+$"), (values.Schema, values.Property, values.Pattern));
        Assert.Empty(values.Values);
        Assert.Same(values, Assert.Single(model.Objects.Single(o => o.Name == "Paint").ProviderValues));
    }

    [Theory]
    [InlineData("colour: {} # no pattern")]
    [InlineData("colour: {pattern: ''} # empty pattern")]
    [InlineData("colour: {pattern: [a]} # pattern not a string")]
    public void Sora110_APatternEntryWithoutANonEmptyPattern_IsReportedAtItsLine_AndDropped(string line)
    {
        var yaml = ValuesSpec(line);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, line)));
        Assert.Empty(model.Providers.Single().Values);
        AssertValidSchemasStillGenerated(model);
    }

    [Fact]
    public void Sora110_AnotherKeyBesideThePattern_IsReportedAtTheKey_AndThePatternKept()
    {
        var yaml = Spec(top: """
            x-sora-providers:
              acme:
                values:
                  Paint:
                    colour:
                      pattern: '^[a-z]+$'
                      flags: i # not a key
            """ + "\n");

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# not a key")));
        Assert.Equal("^[a-z]+$", Assert.Single(model.Providers.Single().Values).Pattern);
    }

    [Fact]
    public void Sora110_APatternThatIsNotARegularExpression_IsReportedAtThePattern_WithTheEnginesReason()
    {
        var yaml = ValuesSpec("colour: {pattern: '^[a-z+$'} # bad regex");

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# bad regex")));
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Contains("is not a regular expression", diagnostic.Arguments[0], StringComparison.Ordinal);
        Assert.Empty(model.Providers.Single().Values);
    }

    [Fact]
    public void Sora110_AScalarEntry_SaysBothFormsItMayTake()
    {
        var yaml = ValuesSpec("colour: red # a scalar");

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# a scalar")));
        Assert.Contains("{pattern: '<regex>'}", Assert.Single(model.Diagnostics).Arguments[0], StringComparison.Ordinal);
    }
}
