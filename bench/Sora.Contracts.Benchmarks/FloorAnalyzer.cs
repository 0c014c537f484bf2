using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

        /// <summary>A semantic model action that walks the tree's syntax as SoraRequestAnalyzer does, binding nothing.</summary>
        SyntaxWalk,

        /// <summary>
        /// The walk, and <c>GetOperation</c> on each creation whose type's last name is a request's or <c>Builder</c>
        /// and on each <c>with</c> and target-typed <c>new</c>: SoraRequestAnalyzer's binding without its checks (an
        /// upper bound where other types' <c>with</c>s and target-typed <c>new</c>s abound, which its filter skips).
        /// </summary>
        SyntaxWalkAndOperations,

        /// <summary>
        /// The walk, and on the same nodes what a syntax-level reading of a site would ask instead of
        /// <c>GetOperation</c>: the symbol of the creation or <c>with</c>, and the constant value (or, failing that, the
        /// symbol) of each argument and initializer value. Measures whether that rewrite is worth doing.
        /// </summary>
        SyntaxWalkAndSymbols,
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
        Shape.SyntaxNodes => "empty: four syntax node actions",
        Shape.SyntaxWalk => "semantic model action + syntax walk, no binding",
        Shape.SyntaxWalkAndSymbols => "semantic model action + syntax walk + symbols and constants of sites",
        _ => "semantic model action + syntax walk + GetOperation on sites",
    };

    /// <summary>The shapes that cost nothing but the driver's, and those that add the analyzer's own walk and binding.</summary>
    public static ImmutableArray<Shape> Floors { get; } = ImmutableArray.Create(Shape.CompilationStartOnly, Shape.SyntaxTree, Shape.SemanticModel, Shape.SyntaxNodes);

    public static ImmutableArray<Shape> Ladder { get; } = ImmutableArray.Create(Shape.SemanticModel, Shape.SyntaxWalk, Shape.SyntaxWalkAndOperations, Shape.SyntaxWalkAndSymbols);

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
                case Shape.SyntaxWalk or Shape.SyntaxWalkAndOperations or Shape.SyntaxWalkAndSymbols:
                    start.RegisterSemanticModelAction(Walk);
                    break;
            }
        });
    }

    private void Walk(SemanticModelAnalysisContext context)
    {
        foreach (var node in context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken).DescendantNodes())
        {
            var site = node switch
            {
                ObjectCreationExpressionSyntax { Type: var type } => LastName(type) is "CreateVideoRequest" or "RemixVideoRequest" or "Builder",
                ImplicitObjectCreationExpressionSyntax or WithExpressionSyntax => true,
                _ => false,
            };
            if (site && shape == Shape.SyntaxWalkAndOperations)
            {
                _ = context.SemanticModel.GetOperation(node, context.CancellationToken);
            }
            else if (site && shape == Shape.SyntaxWalkAndSymbols)
            {
                Symbols(context.SemanticModel, node, context.CancellationToken);
            }
        }
    }

    private static void Symbols(SemanticModel model, SyntaxNode site, CancellationToken cancellationToken)
    {
        _ = model.GetSymbolInfo(site, cancellationToken);
        var values = site switch
        {
            BaseObjectCreationExpressionSyntax creation => (creation.ArgumentList?.Arguments.Select(a => a.Expression) ?? [])
                .Concat(creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>().Select(a => a.Right) ?? []),
            WithExpressionSyntax with => with.Initializer.Expressions.OfType<AssignmentExpressionSyntax>().Select(a => a.Right),
            _ => [],
        };
        foreach (var value in values)
        {
            if (!model.GetConstantValue(value, cancellationToken).HasValue)
            {
                _ = model.GetSymbolInfo(value, cancellationToken);
            }
        }
    }

    private static string? LastName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };
}

#pragma warning restore RS1036, RS2008
