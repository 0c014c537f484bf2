using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Sora.Contracts.SpecReader.Parsing;

namespace Sora.Contracts.Generator.Analysis;

internal enum ValueState
{
    /// <summary>Not set: the server's default applies.</summary>
    Absent,

    /// <summary>Known at compile time.</summary>
    Known,

    /// <summary>Not knowable at compile time (configuration, user input, a variable).</summary>
    Unknown,
}

/// <summary>What the analyzer knows about one property's value at one construction site.</summary>
internal readonly struct SiteValue
{
    private SiteValue(ValueState state, string? value, SyntaxNode? syntax, bool inherited = false, bool notNull = false)
    {
        State = state;
        Value = value;
        Syntax = syntax;
        Inherited = inherited;
        NotNull = notNull;
    }

    public static SiteValue Absent => new(ValueState.Absent, null, null);

    public static SiteValue Unknown => new(ValueState.Unknown, null, null);

    public ValueState State { get; }

    public string? Value { get; }

    /// <summary>The expression that gives the value (where a diagnostic about it points).</summary>
    public SyntaxNode? Syntax { get; }

    /// <summary>
    /// Whether a <c>with</c> took the value over from the request it copies, rather than setting it: the copied
    /// request's own site judges it, so the <c>with</c> does not report it again.
    /// </summary>
    public bool Inherited { get; }

    /// <summary>An unknown value whose type cannot hold null (a <c>long</c> variable): the property is set, to something.</summary>
    public bool NotNull { get; }

    /// <summary>Whether the property is certainly set at this site: to a known value, or to one whose type cannot be null.</summary>
    public bool IsSet => State == ValueState.Known || (State == ValueState.Unknown && NotNull);

    /// <summary>This value, as a <c>with</c> copies it from its receiver.</summary>
    public SiteValue AsInherited() => new(State, Value, Syntax, inherited: true, NotNull);

    /// <summary>
    /// The provider id an expression names when it is one of the generated provider members
    /// (<c>SoraProvider.Ezmodel</c>): a static property of a type marked <c>[SoraProviderProfile(id)]</c>, of that
    /// type, named as the generator names the id's member. Anything else (a variable, <c>null</c>, a lookup) is null.
    /// </summary>
    public static string? ProviderOf(IOperation operation, KnownSymbols symbols)
    {
        var current = operation;
        while (current is IConversionOperation conversion)
        {
            current = conversion.Operand;
        }

        if (symbols.ProviderProfile is not { } profile
            || current is not IPropertyReferenceOperation { Property: { IsStatic: true } property }
            || !SymbolEqualityComparer.Default.Equals(property.Type, property.ContainingType))
        {
            return null;
        }

        foreach (var attribute in property.ContainingType.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, profile)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string id
                && Naming.ToPascalCase(id) == property.Name)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// The value of an expression when the compiler knows it: string and int literals, const fields and locals,
    /// constant interpolated strings, implicit conversions of those, the generated known values
    /// (<c>VideoSize.Size1280x720</c>) and <c>new VideoSize("...")</c> with a constant.
    /// </summary>
    public static SiteValue Of(IOperation operation, KnownSymbols symbols)
    {
        var syntax = operation.Syntax;
        var current = operation;
        while (true)
        {
            if (current.ConstantValue.HasValue)
            {
                return current.ConstantValue.Value switch
                {
                    null => Absent,
                    string text => new SiteValue(ValueState.Known, text, syntax),
                    int or long or short or byte or sbyte or ushort or uint or ulong or double or float or bool =>
                        new SiteValue(ValueState.Known, Convert.ToString(current.ConstantValue.Value, CultureInfo.InvariantCulture), syntax),
                    _ => Unknown,
                };
            }

            switch (current)
            {
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    continue;
                // default(VideoModel) is a value (its wire form is ""), which the server rejects; default(VideoModel?) is "not set".
                case IDefaultValueOperation { Type: { IsValueType: true, OriginalDefinition.SpecialType: not SpecialType.System_Nullable_T } type }
                    when EnumMetadata.Read(type, symbols) is not null:
                    return new SiteValue(ValueState.Known, string.Empty, syntax);
                case IDefaultValueOperation:
                    return Absent;
                case IPropertyReferenceOperation { Property.IsStatic: true } reference
                    when symbols.KnownValue is not null
                    && reference.Property.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.KnownValue)) is { } known
                    && known.ConstructorArguments.Length == 1 && known.ConstructorArguments[0].Value is string value:
                    return new SiteValue(ValueState.Known, value, syntax);
                case IObjectCreationOperation { Arguments.Length: 1 } creation
                    when EnumMetadata.Read(creation.Type!, symbols) is not null:
                    current = creation.Arguments[0].Value;
                    continue;
                default:
                    return new SiteValue(ValueState.Unknown, null, syntax, notNull: current.Type is { IsValueType: true, OriginalDefinition.SpecialType: not SpecialType.System_Nullable_T });
            }
        }
    }
}
