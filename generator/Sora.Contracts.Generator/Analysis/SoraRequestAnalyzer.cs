using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Sora.Contracts.Generator.Diagnostics;

namespace Sora.Contracts.Generator.Analysis;

/// <summary>
/// Flags invalid video requests at compile time: wherever a request type generated from a spec is built (object
/// creation, builder chain, <c>with</c>), the values known at compile time are judged by the rules the generator put
/// on that type, narrowed to the provider named by the <c>SoraProvider</c> MSBuild property. Sites are found by syntax
/// first (<see cref="CandidateNames"/>): only a node whose text may name a request is handed to the semantic model.
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
        var knownProviders = provider is null ? ImmutableArray<(string Id, string? RetiredOn)>.Empty : symbols.ProviderProfiles(context.Compilation);
        if (provider is not null)
        {
            var chosen = knownProviders.FirstOrDefault(p => string.Equals(p.Id, provider, StringComparison.OrdinalIgnoreCase));
            if (chosen.Id is null)
            {
                var diagnostic = Diagnostic.Create(
                    RequestDiagnostics.UnknownProvider, Location.None, provider, knownProviders.IsEmpty ? "none" : string.Join(", ", knownProviders.Select(p => p.Id)));
                context.RegisterCompilationEndAction(end => end.ReportDiagnostic(diagnostic));
                provider = null;
            }
            else if (chosen.RetiredOn is { } date)
            {
                // Its rules still judge the requests: servers that copy a retired service's shape keep its limits.
                var diagnostic = Diagnostic.Create(RequestDiagnostics.RetiredProvider, Location.None, chosen.Id, date);
                context.RegisterCompilationEndAction(end => end.ReportDiagnostic(diagnostic));
            }
        }

        var names = CandidateNames.Collect(symbols, context.Compilation);
        if (names.IsEmpty)
        {
            return;
        }

        // Syntax first, once per tree: a semantic model action is run once per file on the driver's shared model, where
        // syntax node actions make the driver analyze every member declaration and dispatch its nodes (about 7 points of
        // an ordinary 50,000-line application's compile over an empty analyzer's floor: bench/README.md).
        var session = new Session(symbols, names, new RequestChecker(provider));
        context.RegisterSemanticModelAction(session.OnSemanticModel);
    }

    private sealed class Session
    {
        private readonly KnownSymbols _symbols;
        private readonly CandidateNames _names;
        private readonly RequestChecker _checker;
        private readonly ConcurrentDictionary<ITypeSymbol, RequestMetadata?> _requests = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, RequestChecker> _checkers = new(StringComparer.OrdinalIgnoreCase);

        public Session(KnownSymbols symbols, CandidateNames names, RequestChecker checker)
        {
            _symbols = symbols;
            _names = names;
            _checker = checker;
        }

        /// <summary>
        /// Walks the file's syntax for the nodes whose text may be a site, and binds only those. A chain of calls on a
        /// builder creation is judged from the creation, over the whole chain. The whole file even when the host asks
        /// about a span: a site's values and its receiver's may lie outside it, and the host keeps what falls inside.
        /// </summary>
        public void OnSemanticModel(SemanticModelAnalysisContext context)
        {
            foreach (var node in context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken).DescendantNodes())
            {
                switch (node)
                {
                    case ObjectCreationExpressionSyntax creation when _names.MayCreate(creation):
                        Creation(context, creation);
                        break;
                    case ImplicitObjectCreationExpressionSyntax implicitCreation when _names.MayCreate(implicitCreation):
                        Creation(context, implicitCreation);
                        break;
                    case WithExpressionSyntax with when _names.MayCopy(with):
                        With(context, with);
                        break;
                }
            }
        }

        private void With(SemanticModelAnalysisContext context, WithExpressionSyntax syntax)
        {
            if (!IsSiteType(context, syntax, builders: false))
            {
                return;
            }

            if (context.SemanticModel.GetOperation(syntax, context.CancellationToken) is IWithOperation with
                && with.Type is INamedTypeSymbol type
                && Request(type) is { } request)
            {
                Check(ConstructionSite.FromWith(request, with, _symbols), context.ReportDiagnostic);
            }
        }

        /// <summary>A creation of a request, or of a builder, judged over the chain of calls on it when there is one.</summary>
        private void Creation(SemanticModelAnalysisContext context, ExpressionSyntax syntax)
        {
            if (!IsSiteType(context, syntax, builders: true))
            {
                return;
            }

            if (context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IObjectCreationOperation { Type: INamedTypeSymbol type } creation)
            {
                return;
            }

            if (Request(type) is { } request)
            {
                Check(ConstructionSite.FromCreation(request, creation, _symbols), context.ReportDiagnostic);
            }
            else if (Builds(type) is { } built)
            {
                Check(ConstructionSite.FromBuilder(built, creation, _symbols), context.ReportDiagnostic);
            }
        }

        /// <summary>
        /// Whether the expression's type is a request (or, with <paramref name="builders"/>, a request's builder). Asked
        /// before <c>GetOperation</c>, which builds the operation tree of the whole enclosing member: the type alone binds
        /// the statement, and most target-typed <c>new</c>s and <c>with</c>s the syntax lets through are other types.
        /// </summary>
        private bool IsSiteType(SemanticModelAnalysisContext context, ExpressionSyntax syntax, bool builders) =>
            context.SemanticModel.GetTypeInfo(syntax, context.CancellationToken).Type is INamedTypeSymbol type
            && (Request(type) is not null || (builders && Builds(type) is not null));

        /// <summary>The request a builder type builds, or null when the type is no request's builder.</summary>
        private RequestMetadata? Builds(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: CandidateNames.BuilderName, ContainingType: { } owner } ? Request(owner) : null;

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
