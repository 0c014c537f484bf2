using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Sora.Contracts.Generator.Diagnostics;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Generator.Analysis;

/// <summary>
/// SORA009: a provider-only property (<c>[SoraAcceptedBy]</c>, from the spec's <c>x-sora-accepted-by</c>) that a site
/// certainly sets, judged for a provider the attribute does not list. A value that may be null (a nullable variable)
/// is not reported: the analyzer never guesses.
/// </summary>
internal static class AcceptanceChecker
{
    private const string AttributeName = "SoraAcceptedByAttribute";
    private static readonly string[] AttributeNamespace = { "Sora", "Contracts", "Metadata" };

    public static void Check(ConstructionSite site, string? provider, Action<Diagnostic> report)
    {
        if (provider is null)
        {
            return;
        }

        foreach (var attribute in site.Request.Type.GetAttributes())
        {
            if (!IsAcceptedBy(attribute.AttributeClass)
                || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not string jsonName
                || site.Request.ByJsonName(jsonName) is not { } property
                || !site.Sets(property))
            {
                continue;
            }

            var providers = RequestMetadata.Strings(attribute.ConstructorArguments[1]);
            var value = site[property];
            if (providers.Contains(provider, StringComparer.OrdinalIgnoreCase) || !value.IsSet || value.Syntax is null)
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Property, jsonName).Add(FixProperties.Provider, provider);
            report(Diagnostic.Create(RequestDiagnostics.NotAcceptedByProvider, value.Syntax.GetLocation(), properties, RuleMessages.NotAcceptedBy(jsonName, provider, providers)));
        }
    }

    /// <summary>Whether the type is the runtime's <c>Sora.Contracts.Metadata.SoraAcceptedByAttribute</c>, compared by name without allocating.</summary>
    private static bool IsAcceptedBy(INamedTypeSymbol? type)
    {
        if (type is not { Name: AttributeName })
        {
            return false;
        }

        var ns = type.ContainingNamespace;
        for (var i = AttributeNamespace.Length - 1; i >= 0; i--)
        {
            if (ns is null || ns.Name != AttributeNamespace[i])
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: true };
    }
}
