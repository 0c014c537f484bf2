using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Parsing;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Principles;

/// <summary>
/// PRODUCT.md principle 1: no Sora value (a size, a model, a duration, a provider) is written in hand-written C#
/// outside tests; it lives in spec/ and in generated code only. Every string literal and identifier of the product's
/// own C# (src/, generator/, samples/) is compared with the values and generated member names the spec defines.
/// </summary>
public sealed class HandWrittenCodeTests
{
    private static readonly string[] ProductFolders = { "src", "generator", "samples" };

    // The analyzer showcase is left out of every build by default and exists to show the literals the analyzer flags.
    private static readonly string ShowcaseFolder = Path.Combine("samples", "Sora.Samples", "Diagnostics");

    [Fact]
    public void ProductCodeHoldsNoValueOrGeneratedMemberNameFromTheSpec()
    {
        var root = RepositoryRoot();
        var specPath = Path.Combine(root, "spec", "sora.openapi.yaml");
        var model = SpecParser.Parse(specPath, File.ReadAllText(specPath), "Sora.Contracts");
        Assert.Empty(model.Diagnostics);

        var files = ProductFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Where(path => !Path.GetRelativePath(root, path).StartsWith(ShowcaseFolder, StringComparison.Ordinal))
            .Select(path => (Path.GetRelativePath(root, path), File.ReadAllText(path)))
            .ToList();
        Assert.True(files.Count > 50, $"expected the product's C# files, found {files.Count}");

        var found = Scan(files, model);

        Assert.True(found.Count == 0, "Sora values in hand-written C# (they belong in spec/):\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("class C { string s = \"1792x1024\"; }", "'1792x1024'")]
    [InlineData("class C { string s = $\"size {0}x sora-2-pro\"; string t = $\"sora-2\"; }", "'sora-2'")]
    [InlineData("class C { object o = VideoModel.Sora2Pro; }", "'Sora2Pro'")]
    [InlineData("class C { object p = SoraProvider.Ezmodel; }", "'Ezmodel'")]
    [InlineData("class C { ReadOnlySpan<byte> s => \"in_progress\"u8; }", "'in_progress'")]
    [InlineData("class C { Video v; object o = VideoContentVariant.Video; }", "'Video'")]
    public void TheScanFindsAPlantedValue(string source, string expected)
    {
        var model = SpecParser.Parse("spec.yaml", File.ReadAllText(Path.Combine(RepositoryRoot(), "spec", "sora.openapi.yaml")), "Sora.Contracts");

        var found = Scan(new[] { ("planted.cs", source) }, model);

        Assert.Contains(found, hit => hit.EndsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TheScanAllowsAGeneratedTypeWhoseNameIsAlsoAMemberName()
    {
        var model = SpecParser.Parse("spec.yaml", File.ReadAllText(Path.Combine(RepositoryRoot(), "spec", "sora.openapi.yaml")), "Sora.Contracts");

        var found = Scan(new[] { ("ok.cs", "class C { Video v = new Video(\"id\", default, default); Task<Video> t; Sora.Contracts.Video q; object i = SoraJsonContext.Default.Video; }") }, model);

        Assert.Empty(found);
    }

    [Fact]
    public void TheScanIgnoresTextThatOnlyContainsAValue()
    {
        var model = SpecParser.Parse("spec.yaml", File.ReadAllText(Path.Combine(RepositoryRoot(), "spec", "sora.openapi.yaml")), "Sora.Contracts");

        var found = Scan(new[] { ("ok.cs", "class C { string s = \"the size must be WxH\"; int four = 4; }") }, model);

        Assert.Empty(found);
    }

    private static List<string> Scan(IEnumerable<(string Path, string Text)> files, SpecModel model)
    {
        var values = model.Enums.SelectMany(e => e.Members.Select(m => m.Value))
            .Concat(model.Providers.Select(p => p.Id))
            .Concat(model.Providers.SelectMany(p => p.Values).SelectMany(v => v.Values))
            .Concat(model.Objects.SelectMany(o => o.Properties).Where(p => p.Default is not null && p.Type.Kind == SpecReader.Model.TypeKind.Enum).Select(p => p.Default!))
            .ToHashSet(StringComparer.Ordinal);
        var memberNames = model.Enums.SelectMany(e => e.Members.Select(m => m.Identifier))
            .Concat(model.Providers.Select(p => p.Identifier))
            .ToHashSet(StringComparer.Ordinal);

        // A generated type may share its name with a member (the DTO Video, the variant VideoContentVariant.Video):
        // the type is fine to use, reading the member is not.
        var enumNames = model.Enums.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var typeNames = model.Enums.Select(e => e.Name).Concat(model.Objects.Select(o => o.Name)).Concat(model.Unions.Select(u => u.Name))
            .ToHashSet(StringComparer.Ordinal);

        var found = new List<string>();
        foreach (var (path, text) in files)
        {
            foreach (var token in CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens())
            {
                var isText = token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken
                    or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.SingleLineRawStringLiteralToken
                    or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken
                    or SyntaxKind.Utf8MultiLineRawStringLiteralToken;
                var hit = isText && values.Contains(token.ValueText.Trim()) ? token.ValueText.Trim()
                    : token.IsKind(SyntaxKind.IdentifierToken) && memberNames.Contains(token.ValueText)
                        && (!typeNames.Contains(token.ValueText) || IsEnumMemberRead(token, enumNames)) ? token.ValueText
                    : null;
                if (hit is not null)
                {
                    var line = token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    found.Add($"{path}:{line}: '{hit}'");
                }
            }
        }

        return found;
    }

    // VideoContentVariant.Video reads the enum member; SoraJsonContext.Default.Video or new Video(..) use the DTO.
    private static bool IsEnumMemberRead(SyntaxToken token, HashSet<string> enumNames) =>
        token.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access && access.Name == token.Parent
        && access.Expression.GetLastToken().ValueText is var owner && enumNames.Contains(owner);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sora.Contracts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sora.Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
