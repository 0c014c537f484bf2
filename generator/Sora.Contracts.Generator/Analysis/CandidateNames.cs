using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Contracts.Generator.Analysis;

/// <summary>
/// The syntax-only filter in front of the semantic model: the simple names of the request types (and their nested
/// builder types) the compilation can see, collected once, so that a creation or a <c>with</c> is bound only when its
/// text could be one of them. It may let through a node that is no request (a user type of the same name); the
/// semantic check behind it decides. It must never drop a request, hence aliases and target-typed forms pass unless
/// their declared type rules them out.
/// </summary>
internal sealed class CandidateNames
{
    /// <summary>The nested type name a generated request's builder has (<c>new T.Builder(...)</c>).</summary>
    public const string BuilderName = "Builder";

    private readonly ImmutableHashSet<string> _requests;
    private readonly ImmutableHashSet<string> _members;
    private readonly bool _hasBuilders;
    private readonly Lazy<ImmutableHashSet<string>> _globalAliases;
    private readonly ConcurrentDictionary<SyntaxTree, ImmutableHashSet<string>> _aliases = new();

    private CandidateNames(ImmutableHashSet<string> requests, ImmutableHashSet<string> members, bool hasBuilders, Compilation compilation)
    {
        _requests = requests;
        _members = members;
        _hasBuilders = hasBuilders;
        _globalAliases = new Lazy<ImmutableHashSet<string>>(() => GlobalAliases(compilation));
    }

    /// <summary>Whether no request type is visible, so that no node can be a site.</summary>
    public bool IsEmpty => _requests.IsEmpty;

    /// <summary>
    /// Walks the types of the compilation and of every assembly that can hold generated requests (the contracts and
    /// the assemblies referencing them) once, keeping those marked <c>[SoraRequest]</c>.
    /// </summary>
    public static CandidateNames Collect(KnownSymbols symbols, Compilation compilation)
    {
        var requests = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var members = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var hasBuilders = false;
        foreach (var assembly in RequestAssemblies(symbols, compilation))
        {
            var namespaces = new Stack<INamespaceSymbol>();
            namespaces.Push(assembly.GlobalNamespace);
            while (namespaces.Count > 0)
            {
                var current = namespaces.Pop();
                foreach (var nested in current.GetNamespaceMembers())
                {
                    namespaces.Push(nested);
                }

                foreach (var type in current.GetTypeMembers())
                {
                    if (type.TypeKind != TypeKind.Class || !type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.Request)))
                    {
                        continue;
                    }

                    requests.Add(type.Name);
                    foreach (var member in type.MemberNames)
                    {
                        members.Add(member);
                    }

                    hasBuilders |= !type.GetTypeMembers(BuilderName).IsEmpty;
                }
            }
        }

        return new CandidateNames(requests.ToImmutable(), members.ToImmutable(), hasBuilders, compilation);
    }

    /// <summary>The compilation's own assembly, the contracts, and the references that reference the contracts: no other assembly can hold a generated request.</summary>
    private static IEnumerable<IAssemblySymbol> RequestAssemblies(KnownSymbols symbols, Compilation compilation)
    {
        var contracts = symbols.Request.ContainingAssembly;
        yield return compilation.Assembly;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (SymbolEqualityComparer.Default.Equals(assembly, contracts)
                || assembly.Modules.Any(m => m.ReferencedAssemblySymbols.Any(r => SymbolEqualityComparer.Default.Equals(r, contracts))))
            {
                yield return assembly;
            }
        }
    }

    /// <summary>Whether <c>new T(...)</c> could create a request or a request's builder.</summary>
    public bool MayCreate(ObjectCreationExpressionSyntax creation) =>
        MayName(creation.Type, creation.SyntaxTree);

    /// <summary>
    /// Whether a target-typed <c>new(...)</c> could: unless the declaration it initializes (a local, a field, a
    /// property) names its type, and that name can be neither.
    /// </summary>
    public bool MayCreate(ImplicitObjectCreationExpressionSyntax creation)
    {
        var declared = creation.Parent is EqualsValueClauseSyntax { Parent: var owner }
            ? owner switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
                PropertyDeclarationSyntax property => property.Type,
                _ => null,
            }
            : null;
        return declared is null || MayName(declared, creation.SyntaxTree);
    }

    /// <summary>
    /// Whether <c>x with { ... }</c> could copy a request: its receiver's type is not in the syntax, but every member
    /// it sets must be a member of the type it copies.
    /// </summary>
    public bool MayCopy(WithExpressionSyntax with) =>
        with.Initializer.Expressions.All(e =>
            e is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax member } || _members.Contains(member.Identifier.ValueText));

    /// <summary>
    /// Whether a type as written could be a request or a builder: its last identifier is a request name, an alias
    /// (whose target the syntax does not show), or the builder name under a qualifier that could be a request (or
    /// under none: <c>using static</c> and the request's own members see <c>Builder</c> bare).
    /// </summary>
    private bool MayName(TypeSyntax type, SyntaxTree tree)
    {
        var (name, qualifier) = Split(type);
        if (name is null)
        {
            return false;
        }

        if (_requests.Contains(name) || IsAlias(name, tree))
        {
            return true;
        }

        if (!_hasBuilders || name != BuilderName)
        {
            return false;
        }

        if (qualifier is null)
        {
            return true;
        }

        var (owner, _) = Split(qualifier);
        return owner is not null && (_requests.Contains(owner) || IsAlias(owner, tree));
    }

    private static (string? Name, NameSyntax? Qualifier) Split(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => (identifier.Identifier.ValueText, null),
        GenericNameSyntax generic => (generic.Identifier.ValueText, null),
        QualifiedNameSyntax qualified => (qualified.Right.Identifier.ValueText, qualified.Left),
        AliasQualifiedNameSyntax aliased => (aliased.Name.Identifier.ValueText, null),
        NullableTypeSyntax nullable => Split(nullable.ElementType),
        _ => (null, null),
    };

    private bool IsAlias(string name, SyntaxTree tree) =>
        _globalAliases.Value.Contains(name) || _aliases.GetOrAdd(tree, LocalAliases).Contains(name);

    /// <summary>The names of the using aliases a file declares (at its top or in its namespaces), whatever they stand for.</summary>
    private static ImmutableHashSet<string> LocalAliases(SyntaxTree tree)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var pending = new Stack<SyntaxNode>();
        pending.Push(tree.GetRoot());
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var usings = node switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax space => space.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive.Alias is { } alias)
                {
                    names.Add(alias.Name.Identifier.ValueText);
                }
            }

            var members = node switch
            {
                CompilationUnitSyntax unit => unit.Members,
                BaseNamespaceDeclarationSyntax space => space.Members,
                _ => default,
            };
            foreach (var member in members.OfType<BaseNamespaceDeclarationSyntax>())
            {
                pending.Push(member);
            }
        }

        return names.ToImmutable();
    }

    /// <summary>The names of the <c>global using</c> aliases, which every file of the compilation sees.</summary>
    private static ImmutableHashSet<string> GlobalAliases(Compilation compilation)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
            {
                continue;
            }

            foreach (var directive in unit.Usings)
            {
                if (directive.Alias is { } alias && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                {
                    names.Add(alias.Name.Identifier.ValueText);
                }
            }
        }

        return names.ToImmutable();
    }
}
