using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>Small pieces of C# every emitter writes the same way.</summary>
internal static class CSharp
{
    public const string GeneratedCode = "[" + Sys + ".CodeDom.Compiler.GeneratedCode(\"Sora.Contracts.Generator\", \"1.0.0\")]";

    // File-local aliases of the namespaces and types the generated code names most: a body says _Json.Utf8JsonReader
    // where it said global::System.Text.Json.Utf8JsonReader, as safe (each alias is to a global:: name) and a third of
    // the tokens for the compiler to hold and bind. A name found as a member of the type being compiled or of a
    // namespace would win over an alias, so every alias is an underscore and an upper-case ASCII letter: a name made
    // from the spec (type, property, enum member) never holds an ASCII underscore, and a generated local or field is
    // an underscore and a lower-case letter (_prompt, __prompt, _typeInfoVideo).

    /// <summary>Alias of <c>global::System</c>.</summary>
    public const string Sys = "_System";

    /// <summary>Alias of <c>global::System.Collections.Generic</c>.</summary>
    public const string Generic = "_Generic";

    /// <summary>Alias of <c>global::System.Text.Json</c>.</summary>
    public const string Json = "_Json";

    /// <summary>Alias of <c>global::Sora.Contracts</c>, the runtime.</summary>
    public const string Runtime = "_Sora";

    /// <summary>Alias of the runtime's <c>SoraJson</c> reading and writing helpers.</summary>
    public const string SoraJson = "_SoraJson";

    /// <summary>Alias of the namespace the spec's types are generated in.</summary>
    public const string Spec = "_Spec";

    private static readonly (string Alias, string Target)[] FixedAliases =
    {
        (Sys, "global::System"),
        (Generic, "global::System.Collections.Generic"),
        (Json, "global::System.Text.Json"),
        (Runtime, "global::Sora.Contracts"),
        (SoraJson, "global::Sora.Contracts.Serialization.SoraJson"),
    };

    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Utf8(string value) => Literal(value) + "u8";

    public static string Array(IEnumerable<string> values)
    {
        var items = values.Select(Literal).ToList();
        return items.Count == 0 ? Sys + ".Array.Empty<string>()" : "new string[] { " + string.Join(", ", items) + " }";
    }

    /// <summary>A read-only list of constant strings: shared instances must not be changeable through a cast.</summary>
    public static string ReadOnlyArray(IEnumerable<string> values) => Sys + ".Array.AsReadOnly(" + Array(values) + ")";

    /// <summary><c>a</c>, <c>a or b</c>, <c>a, b or c</c>: how API messages list allowed values.</summary>
    public static string OrList(IReadOnlyList<string> values) => RuleKernel.ValueList.OrList(values);

    /// <summary>The most values <see cref="IsOneOf"/> tests with one <c>or</c> pattern.</summary>
    public const int PatternLimit = 16;

    /// <summary>
    /// A boolean expression that tests <paramref name="operand"/> (a side-effect-free <c>string?</c>) against constant
    /// values, ordinally and without allocating; it binds at least as tightly as <c>is</c>, so it goes wherever that
    /// pattern did. Up to <see cref="PatternLimit"/> values it is the pattern <c>x is "a" or "b"</c>. Above, the compiler's
    /// time and memory on one <c>or</c> pattern, and on a <c>switch</c> over string constants too, grow much faster than
    /// the number of values (3,000 in one pattern: about a minute and 1 GB; 5,000 switch arms: 10 s and 900 MB), so the
    /// values are sorted ordinally and split in halves by <c>string.CompareOrdinal</c> conditionals down to patterns of at
    /// most <see cref="PatternLimit"/> values: a binary search written out, whose size and compile cost are linear in the
    /// number of values and whose depth is logarithmic.
    /// </summary>
    public static string IsOneOf(string operand, IEnumerable<string> values)
    {
        var distinct = values.Distinct().ToList();
        if (distinct.Count <= PatternLimit)
        {
            return Pattern(operand, distinct);
        }

        distinct.Sort(string.CompareOrdinal);
        var text = new StringBuilder();
        AppendSearch(text, operand, distinct, 0, distinct.Count);
        return text.ToString();
    }

    private static string Pattern(string operand, IEnumerable<string> values) => operand + " is " + string.Join(" or ", values.Select(Literal));

    private static void AppendSearch(StringBuilder text, string operand, List<string> sorted, int start, int count)
    {
        if (count <= PatternLimit)
        {
            text.Append('(').Append(Pattern(operand, sorted.GetRange(start, count))).Append(')');
            return;
        }

        var half = count / 2;
        text.Append("(string.CompareOrdinal(").Append(operand).Append(", ").Append(Literal(sorted[start + half])).Append(") < 0 ? ");
        AppendSearch(text, operand, sorted, start, half);
        text.Append(" : ");
        AppendSearch(text, operand, sorted, start + half, count - half);
        text.Append(')');
    }

    /// <summary>
    /// Text for one line of an XML doc comment: markup escaped, every C# line break (CR, LF, NEL, LS, PS) made a
    /// space so the text cannot leave its <c>///</c>, and what XML cannot hold (control characters, lone surrogates) dropped.
    /// </summary>
    public static string Xml(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029': builder.Append(' '); break;
                case '\t': builder.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    builder.Append(c).Append(text[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF': break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Text for a <c>//</c> comment: on one line whatever breaks it held.</summary>
    public static string OneLine(string text) => Xml(text).Replace("&amp;", "&").Replace("&lt;", "<").Replace("&gt;", ">");

    public static void Summary(CodeWriter writer, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var lines = text!.Trim().Replace("\r\n", "\n").Split('\n', '\r', '\u0085', '\u2028', '\u2029');
        if (lines.Length == 1)
        {
            writer.Line("/// <summary>" + Xml(lines[0]) + "</summary>");
            return;
        }

        writer.Line("/// <summary>");
        foreach (var line in lines)
        {
            writer.Line("/// " + Xml(line.TrimEnd()));
        }

        writer.Line("/// </summary>");
    }

    /// <summary>
    /// The header of every file: the aliases its code uses (known once the file is written), then
    /// <paramref name="assemblyAttributes"/>, which go before the namespace as C# requires.
    /// </summary>
    public static void FileHeader(CodeWriter writer, string @namespace, IEnumerable<string>? assemblyAttributes = null)
    {
        writer.Line("// <auto-generated/>");
        writer.Line("#nullable enable");
        writer.Line();
        writer.Slot(code => UsedAliases(code, @namespace));
        var any = false;
        foreach (var attribute in assemblyAttributes ?? Enumerable.Empty<string>())
        {
            writer.Line("[assembly: " + attribute + "]");
            any = true;
        }

        if (any)
        {
            writer.Line();
        }

        writer.Line("namespace " + @namespace + ";");
        writer.Line();
    }

    private static string UsedAliases(string code, string @namespace)
    {
        var text = new StringBuilder();
        foreach (var (alias, target) in FixedAliases.Append((Spec, "global::" + @namespace)))
        {
            if (code.IndexOf(alias + ".", System.StringComparison.Ordinal) >= 0)
            {
                text.Append("using ").Append(alias).Append(" = ").Append(target).Append(";\n");
            }
        }

        return text.Length == 0 ? string.Empty : text.Append('\n').ToString();
    }

    public static string TypeName(string @namespace, TypeRef type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Number => "double",
        TypeKind.Boolean => "bool",
        TypeKind.Array => Generic + ".IReadOnlyList<" + TypeName(@namespace, type.Item!) + ">",
        TypeKind.Json => Json + ".JsonElement",
        TypeKind.DateTime => Sys + ".DateTimeOffset",
        TypeKind.Map => Generic + ".IReadOnlyDictionary<string, " + TypeName(@namespace, type.Item!) + ">",
        _ => SpecType(type.Name!),
    };

    /// <summary>A type generated from the spec, by its alias.</summary>
    public static string SpecType(string name) => Spec + "." + name;

    public static bool IsValueType(TypeRef type) => type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Number or TypeKind.Boolean or TypeKind.Enum or TypeKind.Json or TypeKind.DateTime;

    /// <summary>The declared type: non-nullable only when the property is required, not nullable and has no default to fall back on.</summary>
    public static string PropertyType(string @namespace, PropertyModel property) =>
        TypeName(@namespace, property.Type) + (IsNonNullable(property) ? string.Empty : "?");

    public static bool IsNonNullable(PropertyModel property) => (property.Required && !property.Nullable) || IsConstant(property);

    /// <summary>A single-value inline enum with that value as default (<c>object: video</c>): always set, never a constructor argument.</summary>
    public static bool IsConstant(PropertyModel property) =>
        property.Type.Kind == TypeKind.String && property.InlineEnum.Count == 1 && property.Default == property.InlineEnum[0];

    public static bool IsConstructorParameter(PropertyModel property) => IsNonNullable(property) && !IsConstant(property);
}
