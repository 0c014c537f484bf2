using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Sora.Contracts.Generator.Diagnostics;

namespace Sora.Contracts.Generator.Analysis;

/// <summary>
/// Flags invalid video requests at compile time: wherever a request type generated from a spec is built (object
/// creation, builder chain, <c>with</c>), the values known at compile time are judged by the rules the generator put
/// on that type, narrowed to the provider named by the <c>SoraProvider</c> MSBuild property.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SoraRequestAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The analyzer-config key the <c>SoraProvider</c> MSBuild property arrives under.</summary>
    public const string ProviderOption = "build_property.SoraProvider";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RequestDiagnostics.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        // The one lookup a compilation that does not use the contracts pays for. The contracts library itself is not a
        // consumer: it builds no requests, and a SoraProvider meant for an application must not fail the library's build.
        if (context.Compilation.GetTypeByMetadataName(KnownSymbols.RequestAttributeName) is not { } marker
            || SymbolEqualityComparer.Default.Equals(marker.ContainingAssembly, context.Compilation.Assembly))
        {
            return;
        }

        var symbols = KnownSymbols.Create(marker, context.Compilation);
        context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ProviderOption, out var configured);
        var provider = string.IsNullOrWhiteSpace(configured) ? null : configured!.Trim();
        // Reading every reference's attributes is only worth it when there is a provider name to check.
        var knownProviders = provider is null ? ImmutableArray<string>.Empty : symbols.ProviderIds(context.Compilation);
        if (provider is not null && !knownProviders.Contains(provider, StringComparer.OrdinalIgnoreCase))
        {
            var diagnostic = Diagnostic.Create(
                RequestDiagnostics.UnknownProvider, Location.None, provider, knownProviders.IsEmpty ? "none" : string.Join(", ", knownProviders));
            context.RegisterCompilationEndAction(end => end.ReportDiagnostic(diagnostic));
            provider = null;
        }

        var session = new Session(symbols, new RequestChecker(provider));
        context.RegisterOperationAction(session.OnObjectCreation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(session.OnWith, OperationKind.With);
    }

    private sealed class Session
    {
        private readonly KnownSymbols _symbols;
        private readonly RequestChecker _checker;
        private readonly ConcurrentDictionary<ITypeSymbol, RequestMetadata?> _requests = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, RequestChecker> _checkers = new(StringComparer.OrdinalIgnoreCase);

        public Session(KnownSymbols symbols, RequestChecker checker)
        {
            _symbols = symbols;
            _checker = checker;
        }

        public void OnObjectCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type is not INamedTypeSymbol type)
            {
                return;
            }

            if (Request(type) is { } request)
            {
                Check(ConstructionSite.FromCreation(request, creation, _symbols), context.ReportDiagnostic);
            }
            else if (type.Name == "Builder" && type.ContainingType is { } owner && Request(owner) is { } built)
            {
                Check(ConstructionSite.FromBuilder(built, creation, _symbols), context.ReportDiagnostic);
            }
        }

        public void OnWith(OperationAnalysisContext context)
        {
            var with = (IWithOperation)context.Operation;
            if (with.Type is INamedTypeSymbol type && Request(type) is { } request)
            {
                Check(ConstructionSite.FromWith(request, with, _symbols), context.ReportDiagnostic);
            }
        }

        /// <summary>
        /// Judges a site by the <c>SoraProvider</c> property's provider, or by each provider the code names for it
        /// instead (a diagnostic two of them agree on is reported once).
        /// </summary>
        private void Check(ConstructionSite site, Action<Diagnostic> report)
        {
            if (site.Providers.IsEmpty)
            {
                _checker.Check(site, report);
                return;
            }

            var reported = new HashSet<(string, Location, string)>();
            foreach (var provider in site.Providers)
            {
                _checkers.GetOrAdd(provider, _checker.For).Check(site, diagnostic =>
                {
                    if (reported.Add((diagnostic.Id, diagnostic.Location, diagnostic.GetMessage(CultureInfo.InvariantCulture))))
                    {
                        report(diagnostic);
                    }
                });
            }
        }

        private RequestMetadata? Request(INamedTypeSymbol type) =>
            type.TypeKind == TypeKind.Class ? _requests.GetOrAdd(type, t => RequestMetadata.Read((INamedTypeSymbol)t, _symbols)) : null;
    }
}
