using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Packaging.Tests.Infrastructure;

/// <summary>
/// What build/Sora.Contracts.props and .targets hand the compiler for <c>&lt;SoraSpec Include="..." Namespace="..." /&gt;</c>:
/// the spec as an additional file marked SoraSpec, with its namespace as item metadata.
/// </summary>
public sealed class SpecOptions : AnalyzerConfigOptionsProvider
{
    private readonly AdditionalText _spec;
    private readonly AnalyzerConfigOptions _specOptions;

    public SpecOptions(AdditionalText spec, string @namespace)
    {
        _spec = spec;
        _specOptions = new Options(ImmutableDictionary<string, string>.Empty
            .Add("build_metadata.AdditionalFiles.SoraSpec", "true")
            .Add("build_metadata.AdditionalFiles.Namespace", @namespace));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile == _spec ? _specOptions : GlobalOptions;

    public sealed class File(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
