using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Contracts.CodeFixes;

/// <summary>
/// Takes a field out of a request (SORA009): the <c>.WithX(value)</c> call out of a builder chain, or the
/// <c>X = value</c> assignment out of an object initializer or a <c>with</c>. The rest of the chain or initializer,
/// and its layout, stay as they were.
/// </summary>
internal static class FieldRemoval
{
    /// <summary>The call or assignment that sets the value at <paramref name="span"/>, or null when it is neither.</summary>
    public static SyntaxNode? Find(SyntaxNode root, TextSpan span)
    {
        if (ValueReplacement.Find(root, span) is not { } value)
        {
            return null;
        }

        return value.Parent switch
        {
            ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax } call } } => call,
            AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment when assignment.Right == value => assignment,
            _ => null,
        };
    }

    public static Task<Document> RemoveAsync(Document document, TextSpan span, CancellationToken cancellationToken) =>
        RemoveAllAsync(document, new[] { span }, cancellationToken);

    /// <summary>
    /// Removes every field at <paramref name="spans"/> in one rewrite, so that several in one chain or one initializer
    /// (which overlap, and which a batch of separate edits could not merge) all go at once.
    /// </summary>
    public static async Task<Document> RemoveAllAsync(Document document, IEnumerable<TextSpan> spans, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var setters = spans.Select(span => Find(root, span)).OfType<SyntaxNode>().ToList();
        var calls = setters.OfType<InvocationExpressionSyntax>().ToList();
        var assignments = new HashSet<SyntaxNode>(setters.OfType<AssignmentExpressionSyntax>());
        var initializers = assignments.Select(a => (InitializerExpressionSyntax)a.Parent!).Distinct().ToList();

        // A call's rewritten form already has the calls inside it removed; an initializer's has its own assignments.
        var updated = root.ReplaceNodes(
            calls.Concat<SyntaxNode>(initializers),
            (original, rewritten) => rewritten switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call => access.Expression.WithTrailingTrivia(call.GetTrailingTrivia()),
                InitializerExpressionSyntax initializer => Without(initializer, ((InitializerExpressionSyntax)original).Expressions.Select(e => assignments.Contains(e)).ToList()),
                _ => rewritten,
            });
        return document.WithSyntaxRoot(updated);
    }

    /// <summary>
    /// The initializer without the expressions <paramref name="removed"/> marks, each with its comma; what moves into
    /// a removed one's place keeps its indentation, and the new last one its trailing space.
    /// </summary>
    private static InitializerExpressionSyntax Without(InitializerExpressionSyntax initializer, List<bool> removed)
    {
        var expressions = initializer.Expressions;
        var remaining = expressions;
        for (var i = expressions.Count - 1; i >= 0; i--)
        {
            if (!removed[i])
            {
                continue;
            }

            var gone = remaining[i];
            var last = i == remaining.Count - 1 && remaining.SeparatorCount < remaining.Count;
            remaining = remaining.RemoveAt(i);
            if (remaining.Count == 0)
            {
                break;
            }

            if (i < remaining.Count)
            {
                remaining = remaining.Replace(remaining[i], remaining[i].WithLeadingTrivia(gone.GetLeadingTrivia()));
            }
            else if (last)
            {
                remaining = remaining.Replace(remaining[i - 1], remaining[i - 1].WithTrailingTrivia(gone.GetTrailingTrivia()));
            }
        }

        return remaining.Count == 0
            ? initializer.WithExpressions(remaining).WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
            : initializer.WithExpressions(remaining);
    }
}
