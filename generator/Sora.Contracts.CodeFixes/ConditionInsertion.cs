using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Sora.Contracts.Generator.Analysis;

namespace Sora.Contracts.CodeFixes;

/// <summary>
/// Adds a value the construction site does not set: a builder call before <c>Build</c>
/// (<c>X.Build()</c> becomes <c>X.WithModel("sora-2-pro").Build()</c>, one call per line when the chain is written so)
/// or a member of the object initializer (created when the object creation has none).
/// </summary>
internal static class ConditionInsertion
{
    /// <summary>The <c>Build</c> call or object creation at <paramref name="span"/> that <paramref name="form"/> names, or null.</summary>
    public static ExpressionSyntax? Find(SyntaxNode root, TextSpan span, string? form)
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

        if (node.Span != span)
        {
            return null;
        }

        return form switch
        {
            FixProperties.BuilderForm when node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax } build => build,
            FixProperties.InitializerForm when node is BaseObjectCreationExpressionSyntax creation
                && (creation.Initializer is null || creation.Initializer.IsKind(SyntaxKind.ObjectInitializerExpression)) => creation,
            _ => null,
        };
    }

    public static async Task<Document> AddAsync(Document document, TextSpan span, string form, string member, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var site = Find(root, span, form);
        var literal = ValueReplacement.Literal(value, asInteger: false);
        SyntaxNode? replacement = site switch
        {
            InvocationExpressionSyntax build => AddCall(build, member, literal),
            BaseObjectCreationExpressionSyntax creation => AddMember(creation, member, literal),
            _ => null,
        };
        return site is null || replacement is null ? document : document.WithSyntaxRoot(root.ReplaceNode(site, replacement));
    }

    /// <summary><c>X.Build(...)</c> → <c>X.Method(value).Build(...)</c>, breaking the line where the chain breaks before <c>.Build</c>.</summary>
    public static InvocationExpressionSyntax AddCall(InvocationExpressionSyntax build, string method, ExpressionSyntax value)
    {
        var access = (MemberAccessExpressionSyntax)build.Expression;
        var receiver = access.Expression;
        var call = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, access.OperatorToken, SyntaxFactory.IdentifierName(Identifier(method))),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value))));

        // A chain written one call per line ends the receiver's line; the new call ends its own line the same way.
        var endOfLine = receiver.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
        {
            call = call.WithTrailingTrivia(endOfLine);
        }

        return build.WithExpression(access.WithExpression(call));
    }

    /// <summary>Adds <c>Member = value</c> at the end of the object initializer, creating <c>{ Member = value }</c> when there is none.</summary>
    public static BaseObjectCreationExpressionSyntax AddMember(BaseObjectCreationExpressionSyntax creation, string member, ExpressionSyntax value)
    {
        var assignment = SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(Identifier(member)),
            SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxKind.EqualsToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
            value.WithoutTrivia());

        if (creation.Initializer is not { } initializer)
        {
            // new T(...) → new T(...) { Member = value }, with what followed the creation now following the brace.
            return creation.WithoutTrailingTrivia().WithInitializer(OneLine(assignment, SyntaxFactory.TriviaList(SyntaxFactory.Space), creation.GetTrailingTrivia()));
        }

        if (initializer.Expressions.Count == 0 && initializer.Expressions.SeparatorCount == 0)
        {
            // new T(...) { } → new T(...) { Member = value }
            return creation.WithInitializer(OneLine(assignment, initializer.OpenBraceToken.LeadingTrivia, initializer.CloseBraceToken.TrailingTrivia));
        }

        return creation.WithInitializer(initializer.WithExpressions(Append(initializer.Expressions, assignment)));
    }

    private static InitializerExpressionSyntax OneLine(ExpressionSyntax item, SyntaxTriviaList before, SyntaxTriviaList after) =>
        SyntaxFactory.InitializerExpression(
            SyntaxKind.ObjectInitializerExpression,
            SyntaxFactory.Token(before, SyntaxKind.OpenBraceToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
            SyntaxFactory.SingletonSeparatedList(item),
            SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxKind.CloseBraceToken, after));

    /// <summary>
    /// Appends to a separated list the way it is already written: on a new line with the last item's indentation when
    /// the items are one per line, after ", " when they share a line; a trailing comma stays trailing.
    /// </summary>
    private static SeparatedSyntaxList<ExpressionSyntax> Append(SeparatedSyntaxList<ExpressionSyntax> items, ExpressionSyntax item)
    {
        var last = items[items.Count - 1];
        var indentation = Indentation(last.GetLeadingTrivia());
        var nodes = items.ToList();
        var separators = items.GetSeparators().ToList();
        if (separators.Count == items.Count)
        {
            // { A = 1, } or one per line with a trailing comma: the new item gets its own comma, with the old one's trivia.
            var trailing = separators[separators.Count - 1];
            nodes.Add(item.WithLeadingTrivia(indentation));
            separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(trailing.TrailingTrivia));
            return SyntaxFactory.SeparatedList(nodes, separators);
        }

        // { A = 1 } or one per line without a trailing comma: what followed the last item now follows the new one.
        var gap = last.GetTrailingTrivia();
        var lineBreak = gap.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        nodes[nodes.Count - 1] = last.WithoutTrailingTrivia();
        nodes.Add(item.WithLeadingTrivia(indentation).WithTrailingTrivia(gap));
        separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(
            lineBreak ? SyntaxFactory.TriviaList(gap.First(t => t.IsKind(SyntaxKind.EndOfLineTrivia))) : SyntaxFactory.TriviaList(SyntaxFactory.Space)));
        return SyntaxFactory.SeparatedList(nodes, separators);
    }

    /// <summary>The whitespace after the last line break of a leading trivia list (comments are not copied).</summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var start = 0;
        for (var i = 0; i < leading.Count; i++)
        {
            if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia) || !leading[i].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                start = i + 1;
            }
        }

        return SyntaxFactory.TriviaList(leading.Skip(start));
    }

    private static SyntaxToken Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? SyntaxFactory.VerbatimIdentifier(default, "@" + name, name, default) : SyntaxFactory.Identifier(name);
}
