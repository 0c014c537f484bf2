using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Sora.Contracts.Generator.Diagnostics;

/// <summary>The catalogue of SORA1xx diagnostics: problems in a spec file, reported at its YAML line.</summary>
internal static class SpecDiagnostics
{
    private const string Category = "SoraSpec";
    private const string HelpRoot = "https://github.com/sora-contracts/sora-contracts/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor InvalidYaml = Error(
        "SORA100", "The spec is not valid YAML", "The spec is not valid YAML: {0}");

    public static readonly DiagnosticDescriptor EmptySpec = Error(
        "SORA101", "The spec is empty", "The spec file '{0}' is empty: nothing was generated from it");

    public static readonly DiagnosticDescriptor YamlTooLarge = Error(
        "SORA102", "The YAML expands beyond the generator's limits",
        "The spec was not read: {0}");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "SORA103", "Duplicate YAML key", "The key '{0}' appears twice in the same mapping; the first one is used");

    public static readonly DiagnosticDescriptor NotOpenApi31 = Error(
        "SORA104", "Not an OpenAPI 3.1 document", "{0}");

    public static readonly DiagnosticDescriptor DanglingReference = Error(
        "SORA105", "Dangling $ref", "'{0}' does not resolve to anything in this spec");

    public static readonly DiagnosticDescriptor DuplicateEnumValue = Error(
        "SORA106", "Duplicate enum value", "'{0}' appears more than once in the enum of '{1}'");

    public static readonly DiagnosticDescriptor UnsupportedRule = Error(
        "SORA107", "Unsupported if/then shape",
        "The if/then rule in '{0}' is outside the supported subset and was not generated: {1}");

    public static readonly DiagnosticDescriptor UnknownExtension = Error(
        "SORA108", "Unknown x-sora- extension",
        "'{0}' is not a known vendor extension (known: {1})");

    public static readonly DiagnosticDescriptor UnsupportedSchema = Error(
        "SORA109", "Unsupported schema construct", "{0}");

    public static readonly DiagnosticDescriptor InvalidExtension = Error(
        "SORA110", "Invalid vendor extension value", "{0}");

    public static readonly DiagnosticDescriptor NameCollision = Error(
        "SORA111", "Generated name collision", "{0}");

    public static readonly DiagnosticDescriptor InvalidDefault = Error(
        "SORA112", "Default outside its enum", "The default '{0}' of '{1}' is not one of its allowed values ({2})");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "SORA199", "The generator failed on this spec",
        "The generator failed on this spec; please report it with the spec attached: {0}");

    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = new Dictionary<string, DiagnosticDescriptor>
    {
        [InvalidYaml.Id] = InvalidYaml,
        [EmptySpec.Id] = EmptySpec,
        [YamlTooLarge.Id] = YamlTooLarge,
        [DuplicateKey.Id] = DuplicateKey,
        [NotOpenApi31.Id] = NotOpenApi31,
        [DanglingReference.Id] = DanglingReference,
        [DuplicateEnumValue.Id] = DuplicateEnumValue,
        [UnsupportedRule.Id] = UnsupportedRule,
        [UnknownExtension.Id] = UnknownExtension,
        [UnsupportedSchema.Id] = UnsupportedSchema,
        [InvalidExtension.Id] = InvalidExtension,
        [NameCollision.Id] = NameCollision,
        [InvalidDefault.Id] = InvalidDefault,
        [InternalError.Id] = InternalError,
    }.ToImmutableDictionary();

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
