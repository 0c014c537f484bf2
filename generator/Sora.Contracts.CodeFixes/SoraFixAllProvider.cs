using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Sora.Contracts.CodeFixes;

/// <summary>
/// Fix All for the SORA fixes: the batch fixer merges the replacements, which never overlap; SORA009's removals can
/// (two <c>With</c> calls of one chain nest), so they are done together, one rewrite per document.
/// </summary>
internal sealed class SoraFixAllProvider : FixAllProvider
{
    private static readonly FixAllProvider Removals = Create(
        (context, document, diagnostics) => FieldRemoval.RemoveAllAsync(document, diagnostics.Select(d => d.Location.SourceSpan), context.CancellationToken)!);

    private SoraFixAllProvider()
    {
    }

    public static SoraFixAllProvider Instance { get; } = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => WellKnownFixAllProviders.BatchFixer.GetSupportedFixAllScopes();

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
        fixAllContext.CodeActionEquivalenceKey == SoraFixKeys.RemoveField
            ? Removals.GetFixAsync(fixAllContext)
            : WellKnownFixAllProviders.BatchFixer.GetFixAsync(fixAllContext);
}
