using Xunit;
using static Sora.Contracts.Generator.Tests.Corpus.CorpusCompiler;

namespace Sora.Contracts.Generator.Tests.Corpus;

/// <summary>
/// Names from any input become valid, idiomatic C# with the wire names unchanged; descriptions of any content stay
/// valid XML doc comments. The cases quoted in issue 10 are here.
/// </summary>
public sealed class NamesAndDescriptionsCorpusTests
{
    [Fact]
    public void MultiLineDescriptionOfARequiredProperty_StaysInsideItsDocComment()
    {
        var spec = Spec("""
                Job:
                  type: object
                  required: [prompt]
                  properties:
                    prompt:
                      type: string
                      description: |
                        The prompt, which
                        must be short.
            """);

        var result = Compile(spec);

        Assert.Empty(result.SpecDiagnostics);
    }

    [Fact]
    public void DescriptionsWithMarkupAndCommentTerminators_AreValidXmlDoc()
    {
        var spec = Spec("""
                Job:
                  description: "Ends */ here <b>bold</b> & more ]]> and --> \u2028 next \u0001 line"
                  type: object
                  required: [size]
                  properties:
                    size:
                      type: integer
                      description: "A <size> & */ \r\n second line ]]>"
                    mode:
                      type: string
                      enum: [a]
                      description: "<!-- not a comment --> & <![CDATA[ x ]]>"
            """);

        var result = Compile(spec);

        Assert.Empty(result.SpecDiagnostics);
    }

    private static readonly string NamesSpec = Spec("""
            file:
              type: object
              properties:
                record:
                  type: string
                required:
                  type: string
                value:
                  type: string
                class:
                  type: string
                2fast:
                  type: string
                content-type:
                  type: string
                x.y:
                  type: string
                名前:
                  type: string
                File:
                  type: string
            Error-2:
              type: object
              properties:
                message:
                  type: string
            charge.created:
              type: object
              properties:
                id:
                  type: string
            lower:
              type: string
              enum: [a-b, 2k, class]
            Job:
              type: object
              properties:
                job:
                  type: string
                error:
                  $ref: '#/components/schemas/Error-2'
                charge:
                  $ref: '#/components/schemas/charge.created'
                file:
                  $ref: '#/components/schemas/file'
                lower:
                  $ref: '#/components/schemas/lower'
        """);

    private const string NamesProbe = """
        public static class Probe
        {
            public static string Types() => string.Join(",", typeof(FileSchema).Name, typeof(Error2).Name, typeof(ChargeCreated).Name, typeof(Lower).Name);

            public static string Members() => string.Join(",", typeof(FileSchema).GetProperties().Select(p => p.Name).Where(n => n != "AdditionalProperties"));

            public static string RoundTrip()
            {
                var json = "{\"job\":\"j\",\"error\":{\"message\":\"m\"},\"charge\":{\"id\":\"c\"},\"file\":{\"record\":\"r\",\"required\":\"q\",\"value\":\"v\",\"class\":\"c\",\"2fast\":\"f\",\"content-type\":\"t\",\"x.y\":\"x\",\"名前\":\"n\",\"File\":\"F\"},\"lower\":\"2k\"}";
                var job = System.Text.Json.JsonSerializer.Deserialize(json, SoraJsonContext.Default.Job)!;
                var back = System.Text.Json.JsonSerializer.Serialize(job, SoraJsonContext.Default.Job);
                return back == System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement) ? "same" : back;
            }

            public static string EnumMembers() => string.Join(",", Lower.AB.Value, Lower.Lower2k.Value, Lower.Class.Value);
        }
        """;

    [Fact]
    public void SchemaNamesFromAnyInput_BecomePascalCaseTypes()
    {
        var result = Compile(NamesSpec, NamesProbe);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Equal("FileSchema,Error2,ChargeCreated,Lower", result.Call("Types"));
    }

    [Fact]
    public void PropertyNamesFromAnyInput_BecomeDistinctMembers_AndKeepTheirWireNames()
    {
        var result = Compile(NamesSpec, NamesProbe);

        Assert.Equal("Record,Required,Value,Class,P2fast,ContentType,XY,名前,File", result.Call("Members"));
        Assert.Equal("same", result.Call("RoundTrip"));
        Assert.Equal("a-b,2k,class", result.Call("EnumMembers"));
    }

    [Fact]
    public void SchemaNamesThatCollideOnceMadeCSharp_AreToldApartInDocumentOrder()
    {
        var spec = Spec("""
                my-thing:
                  type: object
                  properties:
                    a:
                      type: string
                my_thing:
                  type: object
                  properties:
                    b:
                      type: string
                Job:
                  type: object
                  properties:
                    one:
                      $ref: '#/components/schemas/my-thing'
                    two:
                      $ref: '#/components/schemas/my_thing'
            """);
        const string probe = """
            public static class Probe
            {
                public static string Types() => typeof(Job).GetProperty("One")!.PropertyType.Name + "," + typeof(Job).GetProperty("Two")!.PropertyType.Name;
            }
            """;

        var result = Compile(spec, probe);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Equal("MyThing,MyThing2", result.Call("Types"));
    }
}
