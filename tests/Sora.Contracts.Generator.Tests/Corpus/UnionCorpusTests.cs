using Xunit;
using static Sora.Contracts.Generator.Tests.Corpus.CorpusCompiler;

namespace Sora.Contracts.Generator.Tests.Corpus;

/// <summary>
/// Unions: <c>anyOf [string, $ref]</c> (expandable fields), several objects with a discriminator (mapping honoured,
/// implicit mapping by schema name) and without one (told apart by their required properties); a value that matches
/// none is kept raw and written back unchanged.
/// </summary>
public sealed class UnionCorpusTests
{
    private static readonly string PetSpec = Spec("""
            Cat:
              type: object
              required: [kind, lives]
              properties:
                kind:
                  type: string
                lives:
                  type: integer
                  maximum: 9
            Dog:
              type: object
              required: [kind, bark]
              properties:
                kind:
                  type: string
                bark:
                  type: string
            Pet:
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
              discriminator:
                propertyName: kind
                mapping:
                  kitty: '#/components/schemas/Cat'
            Shape:
              anyOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
            Owner:
              type: object
              properties:
                name:
                  type: string
            Job:
              type: object
              properties:
                pet:
                  $ref: '#/components/schemas/Pet'
                shape:
                  $ref: '#/components/schemas/Shape'
                owner:
                  anyOf:
                    - type: string
                    - $ref: '#/components/schemas/Owner'
        """);

    private const string PetProbe = """
        public static class Probe
        {
            private static Job Read(string json) => System.Text.Json.JsonSerializer.Deserialize(json, SoraJsonContext.Default.Job)!;

            private static string Write(Job job) => System.Text.Json.JsonSerializer.Serialize(job, SoraJsonContext.Default.Job);

            public static string ByMapping() => Read("{\"pet\":{\"kind\":\"kitty\",\"lives\":3}}").Pet!.Cat!.Lives.ToString();

            public static string ByImplicitName() => Read("{\"pet\":{\"bark\":\"woof\",\"kind\":\"Dog\"}}").Pet!.Dog!.Bark;

            public static string UnknownTagIsRaw() => Read("{\"pet\":{\"kind\":\"bird\",\"wings\":2}}").Pet!.Raw!.Value.GetRawText();

            public static string ByRequiredProperties() => Read("{\"shape\":{\"kind\":\"x\",\"bark\":\"b\"}}").Shape!.Dog!.Bark;

            public static string NoneMatchesIsRaw() => Read("{\"shape\":{\"kind\":\"x\"}}").Shape!.Raw!.Value.GetRawText();

            public static string ExpandableAsText() => Read("{\"owner\":\"own_1\"}").Owner!.Text!;

            public static string ExpandableAsObject() => Read("{\"owner\":{\"name\":\"Ann\"}}").Owner!.Owner!.Name!;

            public static string RoundTrips()
            {
                var inputs = new[]
                {
                    "{\"pet\":{\"kind\":\"kitty\",\"lives\":3}}",
                    "{\"pet\":{\"kind\":\"bird\",\"wings\":2}}",
                    "{\"shape\":{\"kind\":\"x\"}}",
                    "{\"owner\":\"own_1\"}",
                    "{\"owner\":{\"name\":\"Ann\"}}",
                    "{\"owner\":42}",
                };
                return string.Join("|", inputs.Select(i => Write(Read(i)) == i ? "same" : Write(Read(i))));
            }

            public static string Violations() => string.Join(",", Read("{\"pet\":{\"kind\":\"kitty\",\"lives\":10},\"owner\":42}").Validate().Violations.Select(v => v.Param + ":" + v.Code));

            public static string Construct() => ((Pet)new Cat("kitty", 1)).Cat!.Lives + " " + ((JobOwner)"own_2").Text;
        }
        """;

    private static readonly Lazy<Result> Generated = new(() => Compile(PetSpec, PetProbe));

    [Fact]
    public void Discriminator_PicksTheAlternative_ByMappingThenBySchemaName()
    {
        Assert.Empty(Generated.Value.SpecDiagnostics);
        Assert.Equal("3", Generated.Value.Call("ByMapping"));
        Assert.Equal("woof", Generated.Value.Call("ByImplicitName"));
    }

    [Fact]
    public void WithoutDiscriminator_TheFirstAlternativeWhoseRequiredPropertiesArePresent_IsPicked()
    {
        Assert.Equal("b", Generated.Value.Call("ByRequiredProperties"));
    }

    [Fact]
    public void AValueThatMatchesNoAlternative_IsKeptRaw_NeverCoerced()
    {
        Assert.Equal("{\"kind\":\"bird\",\"wings\":2}", Generated.Value.Call("UnknownTagIsRaw"));
        Assert.Equal("{\"kind\":\"x\"}", Generated.Value.Call("NoneMatchesIsRaw"));
    }

    [Fact]
    public void ExpandableField_ReadsAsTextOrAsTheObject()
    {
        Assert.Equal("own_1", Generated.Value.Call("ExpandableAsText"));
        Assert.Equal("Ann", Generated.Value.Call("ExpandableAsObject"));
    }

    [Fact]
    public void EveryUnionForm_RoundTripsByteForByte()
    {
        Assert.Equal("same|same|same|same|same|same", Generated.Value.Call("RoundTrips"));
    }

    [Fact]
    public void Validation_ChecksTheChosenAlternative_AndReportsAnUnmatchedValue()
    {
        Assert.Equal("pet:out_of_range,owner:invalid_value", Generated.Value.Call("Violations"));
    }

    [Fact]
    public void Alternatives_ConvertImplicitlyIntoTheirUnion()
    {
        Assert.Equal("1 own_2", Generated.Value.Call("Construct"));
    }
}
