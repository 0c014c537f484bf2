using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Contracts.Generator;

/// <summary>
/// A spec file as the pipeline caches it: its path, its text and the namespace to generate into. Plain strings, so
/// an unchanged file compares equal however often the compiler hands it over.
/// </summary>
internal sealed record SpecInput(string Path, string Text, string Namespace)
{
    public const string SpecMetadata = "build_metadata.AdditionalFiles.SoraSpec";
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.Namespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string FallbackNamespace = "Sora.Generated";

    /// <summary>The spec input for an additional file marked <c>SoraSpec="true"</c>; null for any other file.</summary>
    public static SpecInput? From(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (!fileOptions.TryGetValue(SpecMetadata, out var marked) || !string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var @namespace = fileOptions.TryGetValue(NamespaceMetadata, out var ns) && !string.IsNullOrWhiteSpace(ns)
            ? ns.Trim()
            : options.GlobalOptions.TryGetValue(RootNamespaceProperty, out var root) && !string.IsNullOrWhiteSpace(root)
                ? root.Trim()
                : FallbackNamespace;
        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new SpecInput(file.Path, text, @namespace);
    }
}
