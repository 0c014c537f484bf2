using System.Collections.Generic;
using System.Globalization;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>
/// Which names C# takes: its keywords and what an identifier may be made of, which generated names must respect. A hand-written stand-in for Roslyn's
/// <c>SyntaxFacts</c>: the reader must not load Roslyn (<c>sora spec check</c> runs without it), and no smaller library
/// has these tables. A generator test compares every entry with <c>SyntaxFacts</c> of the Roslyn the generator is
/// built against, so the tables cannot drift from the compiler's.
/// </summary>
internal static class CSharpNames
{
    /// <summary>Reserved keywords: never an identifier unless escaped with <c>@</c>.</summary>
    public static readonly HashSet<string> Reserved = new(System.StringComparer.Ordinal)
    {
        "__arglist", "__makeref", "__reftype", "__refvalue", "abstract", "as", "base", "bool", "break", "byte", "case", "catch",
        "char", "checked", "class", "const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event",
        "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
        "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
        "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong",
        "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// Contextual keywords: identifiers in most places, keywords in some. A type may not take some of these names
    /// (<c>record</c>, <c>file</c>, <c>required</c>, <c>scoped</c>) and would hijack others (<c>var</c>, <c>nameof</c>).
    /// </summary>
    public static readonly HashSet<string> Contextual = new(System.StringComparer.Ordinal)
    {
        "add", "alias", "and", "ascending", "assembly", "async", "await", "by", "descending", "equals", "field", "file", "from",
        "get", "global", "group", "init", "into", "join", "let", "managed", "method", "module", "nameof", "not", "on", "or",
        "orderby", "param", "partial", "property", "record", "remove", "required", "scoped", "select", "set", "type", "typevar",
        "unmanaged", "var", "when", "where", "with", "yield",
    };

    /// <summary>As C# 5.0's specification (§2.4.2) defines an identifier, without the <c>@</c> escape.</summary>
    public static bool IsValidIdentifier(string name)
    {
        if (name.Length == 0 || !IsIdentifierStart(name[0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsIdentifierPart(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsIdentifierStart(char c) => c == '_' || IsLetter(CharUnicodeInfo.GetUnicodeCategory(c));

    public static bool IsIdentifierPart(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return IsLetter(category) || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
    }

    private static bool IsLetter(UnicodeCategory category) =>
        category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
