using System.Text;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>Turns spec names and values into C# identifiers, deterministically.</summary>
internal static class Naming
{
    /// <summary>
    /// <c>input_reference</c> → <c>InputReference</c>, <c>sora-2-pro</c> → <c>Sora2Pro</c>, <c>charge.created</c> →
    /// <c>ChargeCreated</c>. Letters and digits of any script are kept (C# takes them); everything else separates words.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (c < 128 ? char.IsLetterOrDigit(c) : c != '_' && CSharpNames.IsIdentifierPart(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A member name for an enum value. A value starting with a digit (<c>720x1280</c>, <c>4</c>) borrows the last
    /// word of its type's name (<c>VideoSize</c> → <c>Size720x1280</c>, <c>VideoSeconds</c> → <c>Seconds4</c>).
    /// </summary>
    public static string EnumMember(string typeName, string value)
    {
        var name = ToPascalCase(value);
        if (name.Length == 0)
        {
            name = "Empty";
        }

        if (char.IsDigit(name[0]))
        {
            name = LastWord(typeName) + name;
        }

        return Escape(name);
    }

    /// <summary>
    /// A C# type name for a schema name: PascalCase, and <paramref name="prefix"/> in front when nothing of the name
    /// is left or it starts with a digit (<c>2fa</c> → <c>Schema2fa</c>). PascalCase never yields a keyword (they are lower case).
    /// </summary>
    public static string ToTypeName(string name, string prefix)
    {
        var pascal = ToPascalCase(name);
        return pascal.Length > 0 && CSharpNames.IsIdentifierStart(pascal[0]) && IsValidTypeName(pascal) ? pascal : prefix + pascal;
    }

    /// <summary>A property's member name: <see cref="ToTypeName"/> with the <c>P</c> prefix, escaped if need be.</summary>
    public static string ToMemberName(string name) => Escape(ToTypeName(name, "P"));

    public static string Escape(string identifier) =>
        CSharpNames.Reserved.Contains(identifier) ? "@" + identifier : identifier;

    /// <summary>A name a generated type can take: an identifier that is no keyword, reserved or contextual.</summary>
    public static bool IsValidTypeName(string name) =>
        CSharpNames.IsValidIdentifier(name) && !CSharpNames.Reserved.Contains(name) && !CSharpNames.Contextual.Contains(name);

    /// <summary>A camelCase local or parameter name, escaped when it is a keyword (<c>object</c> → <c>@object</c>).</summary>
    public static string ToParameterName(string pascal)
    {
        var camel = pascal.Length == 0 ? "value" : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return Escape(camel);
    }

    private static string LastWord(string typeName)
    {
        for (var i = typeName.Length - 1; i > 0; i--)
        {
            if (char.IsUpper(typeName[i]))
            {
                return typeName.Substring(i);
            }
        }

        return typeName.Length == 0 ? "Value" : typeName;
    }
}
