using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Contracts.CodeFixes;

/// <summary>
/// Puts a value in place of the expression a diagnostic points at, as an int literal when the expression was an
/// integer (<c>WithSeconds(5)</c> becomes <c>WithSeconds(4)</c>) and as a string literal otherwise (also for a known
/// value such as <c>VideoSize.Size1792x1024</c> or a const reference); the expression's trivia is kept.
/// </summary>
internal static class ValueReplacement
{
    /// <summary>The expression spanning exactly <paramref name="span"/>, or null when there is none.</summary>
    public static ExpressionSyntax? Find(SyntaxNode root, TextSpan span)
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        if (node is ArgumentSyntax argument)
        {
            node = argument.Expression;
        }

        return node is ExpressionSyntax expression && expression.Span == span ? expression : null;
    }

    public static async Task<Document> ReplaceAsync(Document document, TextSpan span, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || Find(root, span) is not { } expression)
        {
            return document;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var asInteger = model is not null && IsInteger(model, expression, cancellationToken);
        var literal = Literal(value, asInteger).WithTriviaFrom(expression);
        return document.WithSyntaxRoot(root.ReplaceNode(expression, literal));
    }

    /// <summary>An int literal when <paramref name="asInteger"/> and the value is a non-negative int; a string literal otherwise.</summary>
    public static LiteralExpressionSyntax Literal(string value, bool asInteger) =>
        asInteger && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(number))
            : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    /// <summary>Whether the expression itself (before any conversion to the property's type) is an integer.</summary>
    private static bool IsInteger(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(expression, cancellationToken).Type;
        switch (type?.SpecialType)
        {
            case SpecialType.System_Int32:
            case SpecialType.System_Int64:
            case SpecialType.System_Int16:
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_UInt16:
            case SpecialType.System_UInt32:
            case SpecialType.System_UInt64:
                return true;
            default:
                return false;
        }
    }
}
