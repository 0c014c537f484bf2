using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Contracts.Benchmarks;

// A measuring instrument loaded by this process, never shipped or loaded by a compiler: release tracking (RS2008) does
// not apply, nor do the extended analyzer rules (RS1036), which would ban the APIs the rest of this project uses.
#pragma warning disable RS1036, RS2008

/// <summary>
/// Registers the syntax node actions SoraRequestAnalyzer registers (creations, target-typed <c>new</c>, <c>with</c>,
/// calls) and does nothing in them: what the analyzer driver charges any analyzer of that shape before its own work,
/// the floor under the syntax-first analyzer's cost.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptySyntaxAnalyzer : DiagnosticAnalyzer
{
    // Never reported. A descriptor is needed because the driver skips an analyzer whose diagnostics are all disabled.
    private static readonly DiagnosticDescriptor Never = new(
        "BENCH003", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => start.RegisterSyntaxNodeAction(
            static _ => { },
            SyntaxKind.ObjectCreationExpression,
            SyntaxKind.ImplicitObjectCreationExpression,
            SyntaxKind.WithExpression,
            SyntaxKind.InvocationExpression));
    }
}

#pragma warning restore RS1036, RS2008
