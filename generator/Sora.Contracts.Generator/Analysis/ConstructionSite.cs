using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Sora.Contracts.Generator.Analysis;

/// <summary>
/// One place a request is made, with what is known of each property there: an object creation (constructor arguments
/// and initializer), a builder chain (<c>new T.Builder(...).WithX(...)...Build()</c>) or a <c>with</c> expression.
/// </summary>
internal sealed class ConstructionSite
{
    private readonly Dictionary<PropertyMetadata, SiteValue> _values = new();

    private ConstructionSite(RequestMetadata request, bool unsetIsAbsent, SyntaxNode node, string? form)
    {
        Request = request;
        UnsetIsAbsent = unsetIsAbsent;
        Node = node;
        Form = form;
    }

    public RequestMetadata Request { get; }

    /// <summary>
    /// Whether a property the site does not set is known to be absent: false for open builder chains and for a
    /// <c>with</c> whose receiver the analyzer cannot read.
    /// </summary>
    public bool UnsetIsAbsent { get; }

    /// <summary>Where an absent value would be added: the <c>Build()</c> call or the object creation.</summary>
    public SyntaxNode Node { get; }

    /// <summary><see cref="FixProperties.BuilderForm"/>, <see cref="FixProperties.InitializerForm"/>, or null when a value cannot be added.</summary>
    public string? Form { get; }

    /// <summary>
    /// Whether cross-field rules can be judged here: not on a builder chain that does not end in <c>Build</c>, since a
    /// later call on the builder may still change either value.
    /// </summary>
    public bool ChecksRules { get; private init; } = true;

    /// <summary>
    /// Whether this is a <c>with</c> whose receiver the analyzer read: a rule is then judged only where the <c>with</c>
    /// itself sets the rule's condition or target, since the receiver's own site judges the rest.
    /// </summary>
    public bool Copies { get; private init; }

    /// <summary>
    /// The providers the code names for this request (<c>Build(SoraProvider.X)</c>, <c>TryBuild(.., SoraProvider.X)</c>,
    /// <c>Validate(SoraProvider.X)</c>): its verdicts are those of each, in place of the <c>SoraProvider</c> property's.
    /// Empty when the code names none.
    /// </summary>
    public ImmutableArray<string> Providers { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>Whether the site itself sets the property (a <c>with</c> over a read receiver also holds the receiver's).</summary>
    public bool Sets(PropertyMetadata property) => _values.TryGetValue(property, out var value) && !value.Inherited;

    public SiteValue this[PropertyMetadata property] =>
        _values.TryGetValue(property, out var value) ? value : UnsetIsAbsent ? SiteValue.Absent : SiteValue.Unknown;

    public IEnumerable<KeyValuePair<PropertyMetadata, SiteValue>> SetValues => _values;

    public static ConstructionSite FromCreation(RequestMetadata request, IObjectCreationOperation creation, KnownSymbols symbols)
    {
        var site = Values(request, creation, symbols);
        site.Providers = ValidatedWith(creation, symbols);
        return site;
    }

    /// <summary>
    /// A <c>with</c>: what it sets, over what the analyzer can read of the request it copies (see
    /// <see cref="Receiver"/>); with an unreadable receiver, what it does not set is unknown.
    /// </summary>
    public static ConstructionSite FromWith(RequestMetadata request, IWithOperation with, KnownSymbols symbols)
    {
        var site = Values(request, with, symbols);
        site.Providers = ValidatedWith(with, symbols);
        return site;
    }

    private static ConstructionSite Values(RequestMetadata request, IObjectCreationOperation creation, KnownSymbols symbols)
    {
        var site = new ConstructionSite(request, unsetIsAbsent: true, creation.Syntax, FixProperties.InitializerForm);
        site.AddArguments(creation.Arguments, symbols, overwrite: true);
        site.AddInitializer(creation.Initializer, symbols);
        return site;
    }

    private static ConstructionSite Values(RequestMetadata request, IWithOperation with, KnownSymbols symbols)
    {
        var receiver = Receiver(request, with.Operand, symbols);
        var site = new ConstructionSite(request, unsetIsAbsent: receiver is not null, with.Syntax, form: null) { Copies = receiver is not null };
        if (receiver is not null)
        {
            foreach (var pair in receiver._values)
            {
                site._values[pair.Key] = pair.Value.AsInherited();
            }
        }

        site.AddInitializer(with.Initializer, symbols);
        return site;
    }

    /// <summary>
    /// What the analyzer can read of the request a <c>with</c> copies: a creation of the request type, a <c>with</c> of
    /// one, or a local whose one assignment is either. Null for anything else (a parameter, a field, a call's result, a
    /// local assigned again or passed by reference), whose values stay unknown.
    /// </summary>
    private static ConstructionSite? Receiver(RequestMetadata request, IOperation operand, KnownSymbols symbols)
    {
        var current = Unwrap(operand);
        if (!SymbolEqualityComparer.Default.Equals(current.Type, request.Type))
        {
            return null;
        }

        return current switch
        {
            IObjectCreationOperation creation => Values(request, creation, symbols),
            IWithOperation inner => Values(request, inner, symbols),
            ILocalReferenceOperation local when SingleValue(local) is { } value => Receiver(request, value, symbols),
            _ => null,
        };
    }

    /// <summary>The value of a local that is assigned once, at its declaration, and never written or passed by reference.</summary>
    private static IOperation? SingleValue(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.IsRef)
        {
            return null;
        }

        IOperation? value = null;
        foreach (var operation in Root(reference).Descendants())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                value = declarator.Initializer?.Value;
            }
            else if (operation is ILocalReferenceOperation use && SymbolEqualityComparer.Default.Equals(use.Local, local) && IsWritten(use))
            {
                return null;
            }
        }

        return value;
    }

    private static bool IsWritten(ILocalReferenceOperation use)
    {
        IOperation current = use;
        while (current.Parent is ITupleOperation or IDeclarationExpressionOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IAssignmentOperation assignment => ReferenceEquals(assignment.Target, current),
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter is { RefKind: not RefKind.None and not RefKind.In },
            // `ref var alias = ref local;` writes through the alias.
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } } => true,
            _ => false,
        };
    }

    /// <summary>
    /// The providers the code validates this request with: <c>x.Validate(SoraProvider.X)</c> on the expression itself,
    /// or on the local it is the one value of.
    /// </summary>
    private static ImmutableArray<string> ValidatedWith(IOperation request, KnownSymbols symbols)
    {
        var providers = ImmutableArray.CreateBuilder<string>();
        var expression = Outer(request);
        if (ProviderOfCall(expression.Parent, expression, "Validate", symbols) is { } direct)
        {
            providers.Add(direct);
        }

        if (expression.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            foreach (var operation in Root(request).Descendants())
            {
                if (operation is ILocalReferenceOperation use && SymbolEqualityComparer.Default.Equals(use.Local, declarator.Symbol))
                {
                    if (IsWritten(use))
                    {
                        return ImmutableArray<string>.Empty;
                    }

                    if (ProviderOfCall(use.Parent, use, "Validate", symbols) is { } named)
                    {
                        providers.Add(named);
                    }
                }
            }
        }

        return providers.Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
    }

    /// <summary>The provider named by the arguments of <paramref name="parent"/> when it is a call of <paramref name="method"/> on <paramref name="instance"/>.</summary>
    private static string? ProviderOfCall(IOperation? parent, IOperation instance, string method, KnownSymbols symbols) =>
        parent is IInvocationOperation call && call.TargetMethod.Name == method && ReferenceEquals(call.Instance, instance)
            ? ProviderOfArguments(call, symbols)
            : null;

    private static string? ProviderOfArguments(IInvocationOperation call, KnownSymbols symbols) =>
        call.Arguments
            .Where(a => a.ArgumentKind == ArgumentKind.Explicit)
            .Select(a => SiteValue.ProviderOf(a.Value, symbols))
            .FirstOrDefault(id => id is not null);

    /// <summary>The expression with the implicit conversions around it (to a nullable or base type) included.</summary>
    private static IOperation Outer(IOperation operation)
    {
        var current = operation;
        while (current.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            current = conversion;
        }

        return current;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        var current = operation;
        while (current is IConversionOperation conversion)
        {
            current = conversion.Operand;
        }

        return current;
    }

    private static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            current = parent;
        }

        return current;
    }

    /// <summary>
    /// A builder chain, read from its <c>new T.Builder(...)</c> outwards. Later calls win, as they do at run time. Only a
    /// chain that ends in <c>Build</c>/<c>TryBuild</c> knows that what it did not set stays absent.
    /// </summary>
    public static ConstructionSite FromBuilder(RequestMetadata request, IObjectCreationOperation builderCreation, KnownSymbols symbols)
    {
        var builderType = builderCreation.Type;
        var calls = new List<IInvocationOperation>();
        IOperation current = builderCreation;
        IInvocationOperation? build = null;
        while (current.Parent is IInvocationOperation call
            && ReferenceEquals(call.Instance, current)
            && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, builderType))
        {
            if (call.TargetMethod.Name is "Build" or "TryBuild")
            {
                build = call;
                break;
            }

            calls.Add(call);
            current = call;
        }

        var site = new ConstructionSite(request, unsetIsAbsent: build is not null, (build ?? current).Syntax, build is null ? null : FixProperties.BuilderForm)
        {
            ChecksRules = build is not null,
        };
        if (build is not null && ProviderOfArguments(build, symbols) is { } provider)
        {
            site.Providers = ImmutableArray.Create(provider);
        }

        site.AddArguments(builderCreation.Arguments, symbols, overwrite: true);
        foreach (var call in calls)
        {
            if (call.TargetMethod.Name.StartsWith("With", StringComparison.Ordinal)
                && call.Arguments.Length == 1
                && request.ByPropertyName(call.TargetMethod.Name.Substring(4)) is { } property)
            {
                site._values[property] = SiteValue.Of(call.Arguments[0].Value, symbols);
            }
        }

        return site;
    }

    private void AddArguments(IEnumerable<IArgumentOperation> arguments, KnownSymbols symbols, bool overwrite)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter
                && Request.ByPropertyName(parameter.Name) is { } property
                && (overwrite || !_values.ContainsKey(property)))
            {
                _values[property] = SiteValue.Of(argument.Value, symbols);
            }
        }
    }

    private void AddInitializer(IObjectOrCollectionInitializerOperation? initializer, KnownSymbols symbols)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && Request.ByPropertyName(target.Property.Name) is { } property
                && property.Name == target.Property.Name)
            {
                _values[property] = SiteValue.Of(assignment.Value, symbols);
            }
        }
    }
}
