using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Sora.Contracts.Generator.Analysis;
using Sora.Contracts.Generator.Diagnostics;

namespace Sora.Contracts.CodeFixes;

/// <summary>
/// Fixes invalid video requests reported by <see cref="SoraRequestAnalyzer"/>, with what the analyzer put in
/// <see cref="Diagnostic.Properties"/> (<see cref="FixProperties"/>): the fix only edits syntax.
/// <list type="bullet">
/// <item>SORA001: use a value of the condition's property the rule does not apply to ("Use model sora-2-pro"),
/// replacing it or adding it to the builder chain or object initializer; or use the allowed value closest to the
/// written one ("Use size 1280x720", same orientation).</item>
/// <item>SORA002: use the nearest allowed value.</item>
/// <item>SORA004: use the nearest value the chosen provider supports.</item>
/// <item>SORA009: remove the field the chosen provider does not take (<see cref="FieldRemoval"/>).</item>
/// </list>
/// Fix All is the batch fixer (<see cref="SoraFixAllProvider"/>; SORA009's removals in one rewrite per document): each
/// kind of fix has one equivalence key (<see cref="SoraFixKeys"/>) whatever value it writes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SoraRequestCodeFixProvider))]
[Shared]
public sealed class SoraRequestCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RequestDiagnostics.CombinationNotAllowed.Id, RequestDiagnostics.ValueOutsideEnum.Id, RequestDiagnostics.NotSupportedByProvider.Id,
        RequestDiagnostics.NotAcceptedByProvider.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => SoraFixAllProvider.Instance;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                continue;
            }

            var id = diagnostic.Id;
            if (id == RequestDiagnostics.CombinationNotAllowed.Id)
            {
                RegisterConditionFix(context, root, diagnostic);
                RegisterReplacement(context, root, diagnostic, SoraFixKeys.UseAllowedValue, value => Named(diagnostic, value) ?? $"Use allowed value {value}");
            }
            else if (id == RequestDiagnostics.ValueOutsideEnum.Id)
            {
                RegisterReplacement(context, root, diagnostic, SoraFixKeys.UseNearestValue, value => Named(diagnostic, value) ?? $"Use nearest allowed value {value}");
            }
            else if (id == RequestDiagnostics.NotSupportedByProvider.Id)
            {
                RegisterReplacement(context, root, diagnostic, SoraFixKeys.UseProviderValue, value => Named(diagnostic, value) ?? $"Use {value}, which the provider supports");
            }
            else if (id == RequestDiagnostics.NotAcceptedByProvider.Id)
            {
                RegisterRemoval(context, root, diagnostic);
            }
        }
    }

    /// <summary>Replaces the value at the diagnostic's location with <see cref="FixProperties.Replacement"/>.</summary>
    private static void RegisterReplacement(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic, string key, System.Func<string, string> title)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Properties.TryGetValue(FixProperties.Replacement, out var value) || value is null || ValueReplacement.Find(root, span) is null)
        {
            return;
        }

        var document = context.Document;
        context.RegisterCodeFix(
            CodeAction.Create(title(value), ct => ValueReplacement.ReplaceAsync(document, span, value, ct), key),
            diagnostic);
    }

    /// <summary>SORA009: removes the call or assignment that sets the field ("Remove seed").</summary>
    private static void RegisterRemoval(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (FieldRemoval.Find(root, span) is null)
        {
            return;
        }

        var title = diagnostic.Properties.TryGetValue(FixProperties.Property, out var property) && !string.IsNullOrEmpty(property) ? $"Remove {property}" : "Remove the field";
        var document = context.Document;
        context.RegisterCodeFix(CodeAction.Create(title, ct => FieldRemoval.RemoveAsync(document, span, ct), SoraFixKeys.RemoveField), diagnostic);
    }

    /// <summary>SORA001: sets the condition's property (the model) to <see cref="FixProperties.ConditionReplacement"/>, replacing or adding it.</summary>
    private static void RegisterConditionFix(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(FixProperties.ConditionReplacement, out var value) || value is null
            || diagnostic.AdditionalLocations.Count == 0
            || diagnostic.AdditionalLocations[0] is not { IsInSource: true } location
            || location.SourceTree != root.SyntaxTree)
        {
            return;
        }

        properties.TryGetValue(FixProperties.ConditionProperty, out var property);
        var title = property is null ? $"Use {value}" : $"Use {property} {value}";
        var document = context.Document;
        var span = location.SourceSpan;
        if (properties.TryGetValue(FixProperties.ConditionPresent, out var present) && present == "true")
        {
            if (ValueReplacement.Find(root, span) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => ValueReplacement.ReplaceAsync(document, span, value, ct), SoraFixKeys.UseConditionValue),
                    diagnostic);
            }

            return;
        }

        properties.TryGetValue(FixProperties.ConditionForm, out var form);
        if (properties.TryGetValue(FixProperties.ConditionMember, out var member) && !string.IsNullOrEmpty(member)
            && ConditionInsertion.Find(root, span, form) is not null)
        {
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ConditionInsertion.AddAsync(document, span, form!, member!, value, ct), SoraFixKeys.UseConditionValue),
                diagnostic);
        }
    }

    /// <summary>"Use size 1280x720" when the analyzer named the property; null otherwise.</summary>
    private static string? Named(Diagnostic diagnostic, string value) =>
        diagnostic.Properties.TryGetValue(FixProperties.Property, out var property) && !string.IsNullOrEmpty(property)
            ? $"Use {property} {value}"
            : null;
}
