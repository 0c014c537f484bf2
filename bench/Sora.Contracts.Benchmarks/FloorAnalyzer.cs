using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Contracts.Benchmarks;

// A measuring instrument loaded by this process, never shipped or loaded by a compiler: release tracking (RS2008) does
// not apply, nor do the extended analyzer rules (RS1036), which would ban the APIs the rest of this project uses.
#pragma warning disable RS1036, RS2008

/// <summary>
/// An analyzer that does nothing in the actions it registers: what the analyzer driver charges any analyzer of that
/// registration shape before its own work, the floor under an analyzer of that shape.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class FloorAnalyzer(FloorAnalyzer.Shape shape) : DiagnosticAnalyzer
{
    /// <summary>What the empty analyzer registers inside its compilation-start action.</summary>
    public enum Shape
    {
        /// <summary>Nothing: the compilation-start action alone.</summary>
        CompilationStartOnly,

        /// <summary>One syntax tree action (once per tree, no semantic model).</summary>
        SyntaxTree,

        /// <summary>One semantic model action (once per tree, with the driver's semantic model).</summary>
        SemanticModel,

        /// <summary>The syntax node actions SoraRequestAnalyzer registered before (creations, target-typed <c>new</c>, <c>with</c>, calls).</summary>
        SyntaxNodes,
    }

    // Never reported. A descriptor is needed because the driver skips an analyzer whose diagnostics are all disabled.
    private static readonly DiagnosticDescriptor Never = new(
        "BENCH003", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    /// <summary>The variant's name in the cost tables.</summary>
    public string Name => shape switch
    {
        Shape.CompilationStartOnly => "empty: compilation start only",
        Shape.SyntaxTree => "empty: syntax tree action",
        Shape.SemanticModel => "empty: semantic model action",
        _ => "empty: four syntax node actions",
    };

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            switch (shape)
            {
                case Shape.SyntaxTree:
                    start.RegisterSyntaxTreeAction(static _ => { });
                    break;
                case Shape.SemanticModel:
                    start.RegisterSemanticModelAction(static _ => { });
                    break;
                case Shape.SyntaxNodes:
                    start.RegisterSyntaxNodeAction(
                        static _ => { },
                        SyntaxKind.ObjectCreationExpression,
                        SyntaxKind.ImplicitObjectCreationExpression,
                        SyntaxKind.WithExpression,
                        SyntaxKind.InvocationExpression);
                    break;
            }
        });
    }
}

#pragma warning restore RS1036, RS2008
