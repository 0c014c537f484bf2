using System;
using System.Collections.Generic;
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

    /// <summary>Whether a property the site does not set is known to be absent (false for <c>with</c> and open builder chains).</summary>
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

    public SiteValue this[PropertyMetadata property] =>
        _values.TryGetValue(property, out var value) ? value : UnsetIsAbsent ? SiteValue.Absent : SiteValue.Unknown;

    public IEnumerable<KeyValuePair<PropertyMetadata, SiteValue>> SetValues => _values;

    public static ConstructionSite FromCreation(RequestMetadata request, IObjectCreationOperation creation, KnownSymbols symbols)
    {
        var site = new ConstructionSite(request, unsetIsAbsent: true, creation.Syntax, FixProperties.InitializerForm);
        site.AddArguments(creation.Arguments, symbols, overwrite: true);
        site.AddInitializer(creation.Initializer, symbols);
        return site;
    }

    public static ConstructionSite FromWith(RequestMetadata request, IWithOperation with, KnownSymbols symbols)
    {
        var site = new ConstructionSite(request, unsetIsAbsent: false, with.Syntax, form: null);
        site.AddInitializer(with.Initializer, symbols);
        return site;
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
