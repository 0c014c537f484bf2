using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Sora.Contracts.Metadata;

namespace Sora.Emulator.Http;

/// <summary>
/// The wire names of a request type's number and boolean properties, read from the generated <c>[SoraProperty]</c>
/// metadata. A form sends every field as text (<c>-F seed=42</c>); these are the ones JSON carries as literals, so a
/// form's <c>42</c> is read as the number it stands for and no field name is written here.
/// </summary>
internal static class FormLiteralFields<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>
{
    public static IReadOnlySet<string> Names { get; } = typeof(T).GetProperties()
        .Where(p => IsLiteral(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
        .Select(p => p.GetCustomAttribute<SoraPropertyAttribute>()?.JsonName)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);

    private static bool IsLiteral(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(bool);
}
