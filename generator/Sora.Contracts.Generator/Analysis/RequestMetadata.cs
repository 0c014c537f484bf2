using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sora.Contracts.Generator.Analysis;

/// <summary>
/// The rules of one request type, read from the attributes the generator put on it (never from YAML, never from C#
/// constants), so the package's own spec and a consumer's spec drive the analyzer alike.
/// </summary>
internal sealed class RequestMetadata
{
    private RequestMetadata(
        INamedTypeSymbol type,
        ImmutableArray<PropertyMetadata> properties,
        ImmutableArray<RuleMetadata> rules,
        ImmutableArray<ProviderValuesMetadata> providerValues,
        ImmutableArray<ImmutableArray<string>> exactlyOne)
    {
        Type = type;
        Properties = properties;
        Rules = rules;
        ProviderValues = providerValues;
        ExactlyOne = exactlyOne;
    }

    public INamedTypeSymbol Type { get; }

    public ImmutableArray<PropertyMetadata> Properties { get; }

    public ImmutableArray<RuleMetadata> Rules { get; }

    public ImmutableArray<ProviderValuesMetadata> ProviderValues { get; }

    /// <summary>The exactly-one groups (<c>[SoraExactlyOne]</c>), each its properties' wire names.</summary>
    public ImmutableArray<ImmutableArray<string>> ExactlyOne { get; }

    public PropertyMetadata? ByJsonName(string jsonName) => Properties.FirstOrDefault(p => p.JsonName == jsonName);

    public PropertyMetadata? ByPropertyName(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The values the provider allows for a property, or default when it follows the spec's own list.</summary>
    public ImmutableArray<string> AllowedByProvider(string? provider, string jsonName)
    {
        if (provider is null)
        {
            return default;
        }

        foreach (var values in ProviderValues)
        {
            if (values.Pattern is null && values.Property == jsonName && string.Equals(values.Provider, provider, StringComparison.OrdinalIgnoreCase))
            {
                return values.Values;
            }
        }

        return default;
    }

    /// <summary>The pattern any value the provider allows for a property matches, or null when it does not widen it by one.</summary>
    public string? PatternOfProvider(string? provider, string jsonName) =>
        provider is null
            ? null
            : ProviderValues.FirstOrDefault(v => v.Pattern is not null && v.Property == jsonName && string.Equals(v.Provider, provider, StringComparison.OrdinalIgnoreCase))?.Pattern;

    /// <summary>
    /// Whether the rule judges the provider: not when its profile widens the rule's if or then property by a pattern
    /// (spec/README.md "Provider profiles"), as the generated validator decides.
    /// </summary>
    public bool Judges(RuleMetadata rule, string? provider) =>
        PatternOfProvider(provider, rule.IfProperty) is null && PatternOfProvider(provider, rule.ThenProperty) is null;

    /// <summary>The metadata of a type marked <c>[SoraRequest]</c>; null for any other type.</summary>
    public static RequestMetadata? Read(INamedTypeSymbol type, KnownSymbols symbols)
    {
        var attributes = type.GetAttributes();
        if (!attributes.Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.Request)))
        {
            return null;
        }

        var properties = ImmutableArray.CreateBuilder<PropertyMetadata>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            var attribute = property.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.Property));
            if (attribute is not null && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string jsonName)
            {
                properties.Add(PropertyMetadata.Read(property, jsonName, attribute, symbols));
            }
        }

        var rules = ImmutableArray.CreateBuilder<RuleMetadata>();
        var providerValues = ImmutableArray.CreateBuilder<ProviderValuesMetadata>();
        var exactlyOne = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var attribute in attributes)
        {
            var arguments = attribute.ConstructorArguments;
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.Rule) && arguments.Length == 4)
            {
                rules.Add(new RuleMetadata(
                    (string?)arguments[0].Value ?? string.Empty,
                    Strings(arguments[1]),
                    (string?)arguments[2].Value ?? string.Empty,
                    Strings(arguments[3]),
                    Named(attribute, "IfRequired") is true,
                    Named(attribute, "ThenRequired") is true));
            }
            else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.ProviderValues) && arguments.Length == 3)
            {
                providerValues.Add(new ProviderValuesMetadata(
                    (string?)arguments[0].Value ?? string.Empty, (string?)arguments[1].Value ?? string.Empty, Strings(arguments[2]), Named(attribute, "Pattern") as string));
            }
            else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.ExactlyOne) && arguments.Length == 1)
            {
                exactlyOne.Add(Strings(arguments[0]));
            }
        }

        return new RequestMetadata(type, properties.ToImmutable(), rules.ToImmutable(), providerValues.ToImmutable(), exactlyOne.ToImmutable());
    }

    internal static ImmutableArray<string> Strings(TypedConstant constant) =>
        constant.Kind == TypedConstantKind.Array
            ? constant.Values.Select(v => v.Value as string).Where(v => v is not null).Select(v => v!).ToImmutableArray()
            : ImmutableArray<string>.Empty;

    internal static object? Named(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value.Value;
            }
        }

        return null;
    }
}

/// <summary>One request property: its wire name, its own rules, and its enum when it has one.</summary>
internal sealed class PropertyMetadata
{
    private PropertyMetadata(string name, string jsonName, bool required, string? @default, TextMetadata text, NumberMetadata numbers, EnumMetadata? @enum)
    {
        Name = name;
        JsonName = jsonName;
        Required = required;
        Default = @default;
        Text = text;
        Numbers = numbers;
        Enum = @enum;
    }

    /// <summary>The C# property name.</summary>
    public string Name { get; }

    public string JsonName { get; }

    /// <summary>Whether the spec requires it (a request without it is invalid).</summary>
    public bool Required { get; }

    public string? Default { get; }

    /// <summary>The range of a number value.</summary>
    public NumberMetadata Numbers { get; }

    /// <summary>The rules on a text value of its own (an enum's value is judged by <see cref="Enum"/> instead).</summary>
    public TextMetadata Text { get; }

    public EnumMetadata? Enum { get; }

    public static PropertyMetadata Read(IPropertySymbol property, string jsonName, AttributeData attribute, KnownSymbols symbols)
    {
        var type = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : property.Type;
        return new PropertyMetadata(
            property.Name,
            jsonName,
            RequestMetadata.Named(attribute, "Required") is true,
            RequestMetadata.Named(attribute, "Default") as string,
            TextMetadata.Read(attribute, string.Empty),
            NumberMetadata.Read(attribute),
            EnumMetadata.Read(type, symbols));
    }
}

/// <summary>A generated value type's spec enum: open or closed, its known values, and what any other value must meet.</summary>
internal sealed class EnumMetadata
{
    private EnumMetadata(bool isOpen, ImmutableArray<string> values, TextMetadata openBranch)
    {
        IsOpen = isOpen;
        Values = values;
        OpenBranch = openBranch;
    }

    public bool IsOpen { get; }

    public ImmutableArray<string> Values { get; }

    /// <summary>The open branch's rules, which a value other than the known ones must meet.</summary>
    public TextMetadata OpenBranch { get; }

    public static EnumMetadata? Read(ITypeSymbol type, KnownSymbols symbols)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.Enum));
        if (attribute is null || attribute.ConstructorArguments.Length != 2 || attribute.ConstructorArguments[0].Value is not bool isOpen)
        {
            return null;
        }

        return new EnumMetadata(isOpen, RequestMetadata.Strings(attribute.ConstructorArguments[1]), TextMetadata.Read(attribute, "Open"));
    }
}

/// <summary>String rules read from an attribute's named arguments (<c>MinLength</c>, <c>MaxLength</c>, <c>Pattern</c>, each after a prefix).</summary>
internal sealed class TextMetadata
{
    private TextMetadata(int minLength, int maxLength, string? pattern)
    {
        MinLength = minLength;
        MaxLength = maxLength;
        Pattern = pattern;
    }

    /// <summary>The minimum length in code points, or -1.</summary>
    public int MinLength { get; }

    /// <summary>The maximum length in code points, or -1.</summary>
    public int MaxLength { get; }

    public string? Pattern { get; }

    public bool HasRules => MinLength > 0 || MaxLength >= 0 || Pattern is not null;

    public static TextMetadata Read(AttributeData attribute, string prefix) => new(
        RequestMetadata.Named(attribute, prefix + "MinLength") as int? ?? -1,
        RequestMetadata.Named(attribute, prefix + "MaxLength") as int? ?? -1,
        RequestMetadata.Named(attribute, prefix + "Pattern") as string);
}

/// <summary>A number's bounds read from the property attribute's named arguments, each as the spec writes it.</summary>
internal sealed record NumberMetadata(string? Minimum, string? ExclusiveMinimum, string? Maximum, string? ExclusiveMaximum, string? MultipleOf)
{
    public bool HasRules => Minimum is not null || ExclusiveMinimum is not null || Maximum is not null || ExclusiveMaximum is not null || MultipleOf is not null;

    public static NumberMetadata Read(AttributeData attribute) => new(
        RequestMetadata.Named(attribute, nameof(Minimum)) as string,
        RequestMetadata.Named(attribute, nameof(ExclusiveMinimum)) as string,
        RequestMetadata.Named(attribute, nameof(Maximum)) as string,
        RequestMetadata.Named(attribute, nameof(ExclusiveMaximum)) as string,
        RequestMetadata.Named(attribute, nameof(MultipleOf)) as string);
}

/// <summary>A <c>[SoraRule]</c>: when IfProperty is one of IfValues (or absent, unless IfRequired), ThenProperty must be one of ThenValues.</summary>
internal sealed record RuleMetadata(string IfProperty, ImmutableArray<string> IfValues, string ThenProperty, ImmutableArray<string> ThenValues, bool IfRequired, bool ThenRequired);

/// <summary>A <c>[SoraProviderValues]</c>: the values one provider allows for one property, or the pattern they match.</summary>
internal sealed record ProviderValuesMetadata(string Provider, string Property, ImmutableArray<string> Values, string? Pattern);

/// <summary>The attribute types the analyzer reads, resolved once per compilation that references the contracts.</summary>
internal sealed class KnownSymbols
{
    public const string RequestAttributeName = "Sora.Contracts.Metadata.SoraRequestAttribute";

    private KnownSymbols(INamedTypeSymbol request, Compilation compilation)
    {
        Request = request;
        Property = compilation.GetTypeByMetadataName("Sora.Contracts.Metadata.SoraPropertyAttribute");
        Rule = compilation.GetTypeByMetadataName("Sora.Contracts.Metadata.SoraRuleAttribute");
        ProviderValues = compilation.GetTypeByMetadataName("Sora.Contracts.Metadata.SoraProviderValuesAttribute");
        ExactlyOne = compilation.GetTypeByMetadataName("Sora.Contracts.Metadata.SoraExactlyOneAttribute");
        Enum = compilation.GetTypeByMetadataName("Sora.Contracts.Metadata.SoraEnumAttribute");
        KnownValue = compilation.GetTypeByMetadataName("Sora.Contracts.Metadata.SoraKnownValueAttribute");
        ProviderProfile = compilation.GetTypeByMetadataName("Sora.Contracts.Metadata.SoraProviderProfileAttribute");
    }

    public INamedTypeSymbol Request { get; }

    public INamedTypeSymbol? Property { get; }

    public INamedTypeSymbol? Rule { get; }

    public INamedTypeSymbol? ProviderValues { get; }

    public INamedTypeSymbol? ExactlyOne { get; }

    public INamedTypeSymbol? Enum { get; }

    public INamedTypeSymbol? KnownValue { get; }

    public INamedTypeSymbol? ProviderProfile { get; }

    public static KnownSymbols Create(INamedTypeSymbol request, Compilation compilation) => new(request, compilation);

    /// <summary>
    /// Every provider profile any spec in the compilation or its references defines (<c>[assembly: SoraProviderProfile]</c>),
    /// with the date it retired when the spec marks it so.
    /// </summary>
    public ImmutableArray<(string Id, string? RetiredOn)> ProviderProfiles(Compilation compilation)
    {
        if (ProviderProfile is null)
        {
            return ImmutableArray<(string, string?)>.Empty;
        }

        var profiles = new List<(string Id, string? RetiredOn)>();
        var contracts = Request.ContainingAssembly;
        foreach (var assembly in new[] { compilation.Assembly }.Concat(compilation.SourceModule.ReferencedAssemblySymbols))
        {
            if (!SymbolEqualityComparer.Default.Equals(assembly, contracts)
                && !assembly.Modules.Any(m => m.ReferencedAssemblySymbols.Any(r => SymbolEqualityComparer.Default.Equals(r, contracts))))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, ProviderProfile)
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string id)
                {
                    var retiredOn = attribute.NamedArguments.FirstOrDefault(a => a.Key == "RetiredOn").Value.Value as string;
                    profiles.Add((id, retiredOn));
                }
            }
        }

        return profiles.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToImmutableArray();
    }
}
