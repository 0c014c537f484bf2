using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Sora.Contracts.SpecReader;
using Sora.Contracts.SpecReader.Diagnostics;

namespace Sora.Contracts.Generator.Diagnostics;

/// <summary>
/// The Roslyn descriptors of the SORA1xx diagnostics, built from the reader's catalogue (the one place their titles,
/// messages and severities are written), so a build reports exactly what <c>sora spec check</c> prints. Each is a field
/// created from its constant id, which is what analyzer release tracking reads; a test holds them to the catalogue.
/// </summary>
internal static class SpecDescriptors
{
    public static readonly DiagnosticDescriptor InvalidSyntax = Create(SpecDiagnosticIds.InvalidSyntax);

    public static readonly DiagnosticDescriptor EmptySpec = Create(SpecDiagnosticIds.EmptySpec);

    public static readonly DiagnosticDescriptor YamlTooLarge = Create(SpecDiagnosticIds.YamlTooLarge);

    public static readonly DiagnosticDescriptor DuplicateKey = Create(SpecDiagnosticIds.DuplicateKey);

    public static readonly DiagnosticDescriptor UnsupportedVersion = Create(SpecDiagnosticIds.UnsupportedVersion);

    public static readonly DiagnosticDescriptor DanglingReference = Create(SpecDiagnosticIds.DanglingReference);

    public static readonly DiagnosticDescriptor DuplicateEnumValue = Create(SpecDiagnosticIds.DuplicateEnumValue);

    public static readonly DiagnosticDescriptor UnsupportedRule = Create(SpecDiagnosticIds.UnsupportedRule);

    public static readonly DiagnosticDescriptor UnknownExtension = Create(SpecDiagnosticIds.UnknownExtension);

    public static readonly DiagnosticDescriptor UnsupportedSchema = Create(SpecDiagnosticIds.UnsupportedSchema);

    public static readonly DiagnosticDescriptor InvalidExtension = Create(SpecDiagnosticIds.InvalidExtension);

    public static readonly DiagnosticDescriptor NameCollision = Create(SpecDiagnosticIds.NameCollision);

    public static readonly DiagnosticDescriptor InvalidDefault = Create(SpecDiagnosticIds.InvalidDefault);

    public static readonly DiagnosticDescriptor InternalError = Create(SpecDiagnosticIds.InternalError);

    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        InvalidSyntax, EmptySpec, YamlTooLarge, DuplicateKey, UnsupportedVersion, DanglingReference, DuplicateEnumValue,
        UnsupportedRule, UnknownExtension, UnsupportedSchema, InvalidExtension, NameCollision, InvalidDefault, InternalError,
    }.ToImmutableDictionary(d => d.Id);

    private static DiagnosticDescriptor Create(string id)
    {
        var diagnostic = SpecDiagnostics.ById[id];
        return new(id, diagnostic.Title, diagnostic.MessageFormat, SpecDiagnostics.Category, Severity(diagnostic.Severity),
            isEnabledByDefault: true, helpLinkUri: diagnostic.HelpLink);
    }

    private static DiagnosticSeverity Severity(SpecSeverity severity) => severity switch
    {
        SpecSeverity.Info => DiagnosticSeverity.Info,
        SpecSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Error,
    };
}
