using System.Linq;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// Emits an open, string-backed value type for an enum schema: known values as static properties, any other string
/// kept as it is and reported by <c>IsKnown</c>, never coerced to a known value.
/// </summary>
internal static class ValueTypeEmitter
{
    public static string Emit(EnumUnit unit)
    {
        var model = unit.Model;
        var name = model.Name;
        var full = CSharp.SpecType(name);
        var w = new CodeWriter();
        CSharp.FileHeader(w, unit.Namespace);
        CSharp.Summary(w, (model.Description ?? name) + (model.IsOpen ? "\nOpen: values other than the known ones are kept as sent." : "\nValues other than the known ones are kept as sent and fail validation."));
        w.Line(CSharp.GeneratedCode);
        var openRules = MetadataEmitter.TextRuleArguments(model.OpenBranch, "Open");
        w.Line($"[{CSharp.Runtime}.Metadata.SoraEnum({(model.IsOpen ? "true" : "false")}{string.Concat(model.Members.Select(m => ", " + CSharp.Literal(m.Value)).Concat(openRules.Select(r => ", " + r)))})]");
        w.Line($"[{CSharp.Json}.Serialization.JsonConverter(typeof({full}.Converter))]");
        w.Open($"public readonly partial struct {name} : {CSharp.Sys}.IEquatable<{full}>");

        w.Line("private readonly string? _value;");
        w.Line();
        w.Line($"/// <summary>Creates a value from its wire form; any string is kept as given.</summary>");
        w.Line($"/// <exception cref=\"{CSharp.Sys}.ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
        w.Open($"public {name}(string value)");
        w.Line($"_value = value ?? throw new {CSharp.Sys}.ArgumentNullException(nameof(value));");
        w.Close();

        foreach (var member in model.Members)
        {
            w.Line();
            w.Line($"/// <summary>The known value <c>{CSharp.Xml(member.Value)}</c>.</summary>");
            w.Line($"[{CSharp.Runtime}.Metadata.SoraKnownValue({CSharp.Literal(member.Value)})]");
            w.Line($"public static {full} {member.Identifier} {{ get; }} = new({CSharp.Literal(member.Value)});");
        }

        w.Line();
        w.Line("/// <summary>Every value the spec knows, in spec order.</summary>");
        w.Line($"public static {CSharp.Generic}.IReadOnlyList<{full}> KnownValues {{ get; }} = {CSharp.Sys}.Array.AsReadOnly(new {full}[] {{ {string.Join(", ", model.Members.Select(m => m.Identifier))} }});");
        w.Line();
        w.Line("/// <summary>The wire form; empty for <c>default</c>.</summary>");
        w.Line("public string Value => _value ?? string.Empty;");
        w.Line();
        w.Line("/// <summary>Whether the value is one the spec knows.</summary>");
        w.Line("public bool IsKnown => IsKnownValue(_value);");

        if (!model.TerminalValues.IsEmpty)
        {
            w.Line();
            w.Line($"/// <summary>Whether the value is final: {CSharp.Xml(CSharp.OrList(model.TerminalValues))}. An unknown value is not known to be final.</summary>");
            w.Line($"public bool IsTerminal => {CSharp.IsOneOf("_value", model.TerminalValues)};");
        }

        if (!model.MediaTypes.IsEmpty)
        {
            w.Line();
            w.Line("/// <summary>The media type served for this value, or null when the spec does not say (an unknown value).</summary>");
            w.Open("public string? MediaType => _value switch");
            foreach (var entry in model.MediaTypes)
            {
                w.Line($"{CSharp.Literal(entry.Value)} => {CSharp.Literal(entry.MediaType)},");
            }

            w.Line("_ => null,");
            w.Close(";");
        }

        if (model.Default is { } defaultValue)
        {
            w.Line();
            w.Line($"/// <summary>The value that applies when none is given: <c>{CSharp.Xml(defaultValue)}</c>.</summary>");
            w.Line($"public static {full} Default => new {full}({CSharp.Literal(defaultValue)});");
        }

        foreach (var set in model.RoleSets)
        {
            w.Line();
            w.Line($"/// <summary>{CSharp.Xml(set.Summary)}</summary>");
            w.Open($"public static class {set.ClassName}");
            foreach (var role in set.Roles)
            {
                w.Line($"/// <summary>The {role.Role.ToLowerInvariant()} role: <c>{CSharp.Xml(role.Value)}</c>.</summary>");
                w.Line($"public static {full} {role.Role} => new {full}({CSharp.Literal(role.Value)});");
                if (role != set.Roles[set.Roles.Count - 1])
                {
                    w.Line();
                }
            }

            w.Close();
        }

        w.Line();
        EmitIsKnownValue(w, model);

        w.Line();
        w.Line("/// <summary>Wraps a wire value.</summary>");
        w.Line($"public static implicit operator {full}(string value) => new {full}(value);");

        if (model.IsInteger)
        {
            w.Line();
            w.Line("/// <summary>Wraps a whole number as its decimal wire form.</summary>");
            w.Line($"public static implicit operator {full}(int value) => new {full}(value.ToString({CSharp.Sys}.Globalization.CultureInfo.InvariantCulture));");
            w.Line();
            w.Line("/// <summary>Reads the value as a whole number, when it is one.</summary>");
            w.Line($"public bool TryGetInt32(out int value) => int.TryParse(_value, {CSharp.Sys}.Globalization.NumberStyles.None, {CSharp.Sys}.Globalization.CultureInfo.InvariantCulture, out value);");
        }

        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public bool Equals({full} other) => string.Equals(Value, other.Value, {CSharp.Sys}.StringComparison.Ordinal);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override bool Equals(object? obj) => obj is {full} other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override int GetHashCode() => {CSharp.Sys}.StringComparer.Ordinal.GetHashCode(Value);");
        w.Line();
        w.Line("/// <summary>The wire form.</summary>");
        w.Line("public override string ToString() => Value;");
        w.Line();
        w.Line("/// <summary>Ordinal equality of the wire forms.</summary>");
        w.Line($"public static bool operator ==({full} left, {full} right) => left.Equals(right);");
        w.Line();
        w.Line("/// <summary>Ordinal inequality of the wire forms.</summary>");
        w.Line($"public static bool operator !=({full} left, {full} right) => !left.Equals(right);");

        w.Line();
        w.Line($"/// <summary>Reads and writes <see cref=\"{name}\"/> as its wire string{(model.IsInteger ? " (a JSON number is accepted too)" : string.Empty)}.</summary>");
        w.Open($"public sealed class Converter : {CSharp.Json}.Serialization.JsonConverter<{full}>");
        w.Line("/// <inheritdoc/>");
        w.Line($"public override {full} Read(ref {CSharp.Json}.Utf8JsonReader reader, {CSharp.Sys}.Type typeToConvert, {CSharp.Json}.JsonSerializerOptions options) => ReadValue(ref reader, {CSharp.Literal(name)}, null);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override void Write({CSharp.Json}.Utf8JsonWriter writer, {full} value, {CSharp.Json}.JsonSerializerOptions options) => writer.WriteStringValue(value.Value);");
        w.Line();
        w.Line("/// <summary>Reads a value at the reader's token; <paramref name=\"owner\"/> and <paramref name=\"property\"/> name it in errors.</summary>");
        w.Line($"public static {full} ReadValue(ref {CSharp.Json}.Utf8JsonReader reader, string owner, string? property) =>");
        w.Line($"    new {full}({CSharp.SoraJson}.ReadEnumText(ref reader, owner, property, allowNumber: {(model.IsInteger ? "true" : "false")}));");
        w.Close();

        w.Close();
        return w.ToString();
    }

    /// <summary>
    /// A few values are tested by a pattern. A large enum gets a set built once instead: cheaper to compile than any
    /// expression over every value (see <see cref="CSharp.IsOneOf"/>), and a hash lookup at run time.
    /// </summary>
    private static void EmitIsKnownValue(CodeWriter w, EnumModel model)
    {
        w.Line("/// <summary>Whether <paramref name=\"value\"/> is one the spec knows (ordinal, case-sensitive).</summary>");
        if (model.Members.IsEmpty)
        {
            w.Line("public static bool IsKnownValue(string? value) => false;");
        }
        else if (model.Members.Count <= CSharp.PatternLimit)
        {
            w.Line($"public static bool IsKnownValue(string? value) => {CSharp.IsOneOf("value", model.Members.Select(m => m.Value))};");
        }
        else
        {
            w.Line("public static bool IsKnownValue(string? value) => value is not null && KnownValueSet.Contains(value);");
            w.Line();
            w.Line($"private static readonly {CSharp.Generic}.HashSet<string> KnownValueSet = new {CSharp.Generic}.HashSet<string>({CSharp.Array(model.Members.Select(m => m.Value))}, {CSharp.Sys}.StringComparer.Ordinal);");
        }
    }
}
