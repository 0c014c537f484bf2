using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static Sora.Contracts.Generator.Tests.Corpus.CorpusCompiler;

namespace Sora.Contracts.Generator.Tests.Corpus;

/// <summary>
/// The generated files name the runtime, System.Text.Json and the spec's own namespace through file-local aliases
/// (<c>_Json</c>, <c>_Spec</c>...). A name found as a member or a type would win over an alias, so no name a spec can
/// produce may equal one: schemas, properties and enum values spelled like the aliases still compile and round-trip.
/// </summary>
public sealed class AliasNamesCorpusTests
{
    private static readonly string[] Aliases = { "_System", "_Generic", "_Json", "_Sora", "_SoraJson", "_Spec" };

    private static readonly string AliasSpec = Spec("""
            _Json:
              type: object
              properties:
                _json:
                  type: string
                System:
                  type: integer
                _Spec:
                  $ref: '#/components/schemas/Spec'
                Generic:
                  type: array
                  items:
                    $ref: '#/components/schemas/Sora'
                _SoraJson:
                  type: object
                  additionalProperties:
                    type: string
            Spec:
              type: object
              properties:
                _Generic:
                  type: string
                _System:
                  type: boolean
            Sora:
              type: string
              enum: [_Json, System, _Generic]
            SoraJson:
              type: object
              properties:
                _Sora:
                  type: number
            Job:
              type: object
              required: [_Spec]
              properties:
                _Spec:
                  type: string
                json:
                  $ref: '#/components/schemas/_Json'
                soraJson:
                  $ref: '#/components/schemas/SoraJson'
                sora:
                  $ref: '#/components/schemas/Sora'
        """);

    private const string AliasProbe = """
        public static class Probe
        {
            public static string Members() => string.Join(",", typeof(Json).GetProperties().Select(p => p.Name).Where(n => n != "AdditionalProperties"));

            public static string RoundTrip()
            {
                var json = "{\"_Spec\":\"s\",\"json\":{\"_json\":\"a\",\"System\":3,\"_Spec\":{\"_Generic\":\"g\",\"_System\":true},\"Generic\":[\"_Generic\",\"System\"],\"_SoraJson\":{\"k\":\"v\"}},\"soraJson\":{\"_Sora\":1.5},\"sora\":\"_Json\"}";
                var job = System.Text.Json.JsonSerializer.Deserialize(json, SoraJsonContext.Default.Job)!;
                var back = System.Text.Json.JsonSerializer.Serialize(job, SoraJsonContext.Default.Job);
                return back == System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement) ? "same" : back;
            }

            public static string Valid() => new Job("s") { Sora = Corpus.Api.Sora.Json }.Validate().IsValid ? "valid" : "invalid";
        }
        """;

    [Fact]
    public void NamesSpelledLikeTheAliases_CompileAndRoundTrip()
    {
        var result = Compile(AliasSpec, AliasProbe);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Equal("same", result.Call("RoundTrip"));
        Assert.Equal("valid", result.Call("Valid"));
    }

    [Fact]
    public void NoGeneratedDeclaration_TakesTheNameOfAnAlias()
    {
        var result = Compile(AliasSpec, AliasProbe);

        var declared = result.Sources.Values
            .SelectMany(source => CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes())
            .Select(DeclaredName)
            .Where(name => name is not null)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Json", declared);
        Assert.Empty(declared.Intersect(Aliases, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryFile_DeclaresOnlyTheAliasesItUses()
    {
        var result = Compile(AliasSpec, AliasProbe);

        foreach (var (hint, source) in result.Sources)
        {
            var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(source).GetRoot();
            var aliases = root.Usings.Where(u => u.Alias is not null).Select(u => u.Alias!.Name.Identifier.ValueText).ToList();
            var used = root.DescendantNodes().OfType<QualifiedNameSyntax>().Select(q => q.Left.ToString())
                .Concat(root.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Select(m => m.Expression.ToString()))
                .Concat(root.DescendantNodes().OfType<AliasQualifiedNameSyntax>().Select(a => a.Alias.Identifier.ValueText))
                .ToHashSet(StringComparer.Ordinal);
            Assert.All(aliases, alias => Assert.True(used.Contains(alias), $"{hint} declares {alias} without using it"));
        }
    }

    private static string? DeclaredName(SyntaxNode node) => node switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
        ParameterSyntax parameter => parameter.Identifier.ValueText,
        SingleVariableDesignationSyntax designation => designation.Identifier.ValueText,
        ForEachStatementSyntax loop => loop.Identifier.ValueText,
        TypeParameterSyntax typeParameter => typeParameter.Identifier.ValueText,
        _ => null,
    };
}
