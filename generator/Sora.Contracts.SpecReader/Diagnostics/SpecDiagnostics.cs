using System.Collections.Generic;
using System.Linq;

namespace Sora.Contracts.SpecReader.Diagnostics;

/// <summary>
/// The catalogue of SORA1xx diagnostics: problems in a spec file, reported at its line. The one source of truth for
/// their ids, titles, messages and severities (the generator's descriptors, AnalyzerReleases.Unshipped.md and
/// docs/diagnostics follow it; tests hold them to it).
/// </summary>
internal static class SpecDiagnostics
{
    public const string Category = "SoraSpec";
    public const string HelpRoot = "https://github.com/sora-contracts/sora-contracts/blob/main/docs/diagnostics/";

    public static readonly SpecDiagnostic InvalidSyntax = Error(
        SpecDiagnosticIds.InvalidSyntax, "The spec is not valid YAML or JSON", "The spec is not valid {0}: {1}");

    public static readonly SpecDiagnostic EmptySpec = Error(
        SpecDiagnosticIds.EmptySpec, "The spec is empty", "The spec file '{0}' is empty: nothing was generated from it");

    public static readonly SpecDiagnostic YamlTooLarge = Error(
        SpecDiagnosticIds.YamlTooLarge, "The YAML expands beyond the generator's limits",
        "The spec was not read: {0}");

    public static readonly SpecDiagnostic DuplicateKey = Error(
        SpecDiagnosticIds.DuplicateKey, "Duplicate YAML key", "The key '{0}' appears twice in the same mapping; the first one is used");

    public static readonly SpecDiagnostic UnsupportedVersion = Error(
        SpecDiagnosticIds.UnsupportedVersion, "Not an OpenAPI 3.1 or 3.0 document", "{0}");

    public static readonly SpecDiagnostic DanglingReference = Error(
        SpecDiagnosticIds.DanglingReference, "Dangling $ref", "'{0}' does not resolve to anything in this spec");

    public static readonly SpecDiagnostic DuplicateEnumValue = Error(
        SpecDiagnosticIds.DuplicateEnumValue, "Duplicate enum value", "'{0}' appears more than once in the enum of '{1}'");

    public static readonly SpecDiagnostic UnsupportedRule = Error(
        SpecDiagnosticIds.UnsupportedRule, "Unsupported if/then shape",
        "The if/then rule in '{0}' is outside the supported subset and was not generated: {1}");

    public static readonly SpecDiagnostic UnknownExtension = Error(
        SpecDiagnosticIds.UnknownExtension, "Unknown x-sora- extension",
        "'{0}' is not a known vendor extension (known: {1})");

    public static readonly SpecDiagnostic UnsupportedSchema = Error(
        SpecDiagnosticIds.UnsupportedSchema, "Unsupported schema construct", "{0}");

    public static readonly SpecDiagnostic InvalidExtension = Error(
        SpecDiagnosticIds.InvalidExtension, "Invalid vendor extension value", "{0}");

    public static readonly SpecDiagnostic NameCollision = Error(
        SpecDiagnosticIds.NameCollision, "Generated name collision", "{0}");

    public static readonly SpecDiagnostic InvalidDefault = Error(
        SpecDiagnosticIds.InvalidDefault, "Default outside its enum", "The default '{0}' of '{1}' is not one of its allowed values ({2})");

    public static readonly SpecDiagnostic InternalError = Error(
        SpecDiagnosticIds.InternalError, "The generator failed on this spec",
        "The generator failed on this spec; please report it with the spec attached: {0}");

    public static readonly IReadOnlyList<SpecDiagnostic> All = new[]
    {
        InvalidSyntax, EmptySpec, YamlTooLarge, DuplicateKey, UnsupportedVersion, DanglingReference, DuplicateEnumValue, UnsupportedRule,
        UnknownExtension, UnsupportedSchema, InvalidExtension, NameCollision, InvalidDefault, InternalError,
    };

    public static readonly IReadOnlyDictionary<string, SpecDiagnostic> ById = All.ToDictionary(d => d.Id, d => d);

    private static SpecDiagnostic Error(string id, string title, string message) => new(id, title, message, SpecSeverity.Error);
}
