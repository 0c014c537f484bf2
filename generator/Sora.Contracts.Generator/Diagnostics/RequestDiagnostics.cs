using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Sora.Contracts.Generator.Diagnostics;

/// <summary>The catalogue of SORA0xx diagnostics: invalid video requests found in C# at compile time.</summary>
public static class RequestDiagnostics
{
    private const string Category = "SoraRequest";
    private const string HelpRoot = "https://github.com/sora-contracts/sora-contracts/blob/main/docs/diagnostics/";

    /// <summary>SORA001: two values that are each allowed but not together (a 1792 size with a non-pro model).</summary>
    public static readonly DiagnosticDescriptor CombinationNotAllowed = Create(
        "SORA001", "Combination not allowed", "{0} {1} is not allowed {2}: {0} must be {3}", DiagnosticSeverity.Error);

    /// <summary>SORA002: a value outside its closed enum (seconds 5, size 1920x1080).</summary>
    public static readonly DiagnosticDescriptor ValueOutsideEnum = Create(
        "SORA002", "Value outside its enum", "{0} {1} is not an allowed value: {0} must be {2}", DiagnosticSeverity.Error);

    /// <summary>SORA003: a value the open enum does not know (an unknown model), so its combinations cannot be checked.</summary>
    public static readonly DiagnosticDescriptor UnknownValue = Create(
        "SORA003", "Unknown value of an open enum", "{0} '{1}' is not one the spec knows ({2}), so its combinations cannot be checked", DiagnosticSeverity.Warning);

    /// <summary>SORA004: a value the spec knows but the provider chosen with the SoraProvider MSBuild property does not accept.</summary>
    public static readonly DiagnosticDescriptor NotSupportedByProvider = Create(
        "SORA004", "Not supported by the chosen provider", "{0} {1} is not supported by provider {2}: {0} must be {3} there", DiagnosticSeverity.Warning);

    /// <summary>SORA005: an empty or whitespace text literal (the prompt), or one breaking its length or pattern rule.</summary>
    public static readonly DiagnosticDescriptor InvalidText = Create(
        "SORA005", "Empty or invalid text", "{0} is {1}: {2}", DiagnosticSeverity.Error);

    /// <summary>SORA006: the SoraProvider MSBuild property names a provider no spec defines.</summary>
    public static readonly DiagnosticDescriptor UnknownProvider = new(
        "SORA006", "Unknown provider", "The SoraProvider MSBuild property is '{0}', which no spec in this compilation defines (known: {1})",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpRoot + "SORA006.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>SORA007: the SoraProvider MSBuild property names a profile the spec marks retired (its service no longer runs).</summary>
    public static readonly DiagnosticDescriptor RetiredProvider = new(
        "SORA007", "Retired provider", "The SoraProvider MSBuild property is '{0}', a profile whose service no longer runs (retired {1}); its rules still judge the requests",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpRoot + "SORA007.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>SORA008: a provider-only property (x-sora-accepted-by) set for a provider that does not take it.</summary>
    public static readonly DiagnosticDescriptor NotAcceptedByProvider = Create(
        "SORA008", "Parameter not accepted by the chosen provider", "{0} is not accepted by provider {1} (only by {2})", DiagnosticSeverity.Warning);

    internal static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        CombinationNotAllowed, ValueOutsideEnum, UnknownValue, NotSupportedByProvider, InvalidText, UnknownProvider, RetiredProvider, NotAcceptedByProvider);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
