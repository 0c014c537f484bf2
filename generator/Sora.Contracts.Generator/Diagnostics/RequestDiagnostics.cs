using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Generator.Diagnostics;

/// <summary>
/// The catalogue of SORA0xx diagnostics: invalid video requests found in C# at compile time. The ids are the rule
/// kernel's (<see cref="DiagnosticIds"/>), and each message ends with the rule in the words of the run-time violation
/// (<see cref="RuleMessages"/>).
/// </summary>
public static class RequestDiagnostics
{
    private const string Category = "SoraRequest";
    private const string HelpRoot = "https://github.com/sora-contracts/sora-contracts/blob/main/docs/diagnostics/";

    /// <summary>
    /// SORA001: two values that are each allowed but not together (a 1792 size with a non-pro model), a value a rule
    /// requires left out, or an exactly-one group with none or several set: what is wrong, then the rule.
    /// </summary>
    public static readonly DiagnosticDescriptor CombinationNotAllowed = Create(
        DiagnosticIds.CombinationNotAllowed, "Combination not allowed", DiagnosticFormats.CombinationNotAllowed, DiagnosticSeverity.Error);

    /// <summary>SORA002: a value outside its closed enum (seconds 5, size 1920x1080).</summary>
    public static readonly DiagnosticDescriptor ValueOutsideEnum = Create(
        DiagnosticIds.ValueOutsideEnum, "Value outside its enum", DiagnosticFormats.ValueOutsideEnum, DiagnosticSeverity.Error);

    /// <summary>SORA003: a value the open enum does not know (an unknown model), so its combinations cannot be checked.</summary>
    public static readonly DiagnosticDescriptor UnknownValue = Create(
        DiagnosticIds.UnknownValue, "Unknown value of an open enum", DiagnosticFormats.UnknownValue, DiagnosticSeverity.Warning);

    /// <summary>SORA004: a value the spec knows but the provider chosen with the SoraProvider MSBuild property does not accept.</summary>
    public static readonly DiagnosticDescriptor NotSupportedByProvider = Create(
        DiagnosticIds.NotSupportedByProvider, "Not supported by the chosen provider", DiagnosticFormats.NotSupportedByProvider, DiagnosticSeverity.Warning);

    /// <summary>SORA005: an empty or whitespace text literal (the prompt), or one breaking its length or pattern rule.</summary>
    public static readonly DiagnosticDescriptor InvalidText = Create(
        DiagnosticIds.InvalidText, "Empty or invalid text", DiagnosticFormats.InvalidText, DiagnosticSeverity.Error);

    /// <summary>SORA006: the SoraProvider MSBuild property names a provider no spec defines.</summary>
    public static readonly DiagnosticDescriptor UnknownProvider = new(
        DiagnosticIds.UnknownProvider, "Unknown provider", DiagnosticFormats.UnknownProvider,
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpRoot + DiagnosticIds.UnknownProvider + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>SORA007: the SoraProvider MSBuild property names a profile the spec marks retired (its service no longer runs).</summary>
    public static readonly DiagnosticDescriptor RetiredProvider = new(
        DiagnosticIds.RetiredProvider, "Retired provider", DiagnosticFormats.RetiredProvider,
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpRoot + DiagnosticIds.RetiredProvider + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>SORA008: a number literal outside its range (minimum, maximum, exclusive bounds, multipleOf).</summary>
    public static readonly DiagnosticDescriptor NumberOutOfRange = Create(
        DiagnosticIds.NumberOutOfRange, "Number out of range", DiagnosticFormats.NumberOutOfRange, DiagnosticSeverity.Error);

    /// <summary>SORA009: a provider-only property (x-sora-accepted-by) set for a provider that does not take it.</summary>
    public static readonly DiagnosticDescriptor NotAcceptedByProvider = Create(
        DiagnosticIds.NotAcceptedByProvider, "Parameter not accepted by the chosen provider", DiagnosticFormats.NotAcceptedByProvider, DiagnosticSeverity.Warning);

    internal static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        CombinationNotAllowed, ValueOutsideEnum, UnknownValue, NotSupportedByProvider, InvalidText, UnknownProvider, RetiredProvider, NumberOutOfRange,
        NotAcceptedByProvider);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
