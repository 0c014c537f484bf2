using System.Collections.Generic;
using System.Linq;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// Emits a <c>oneOf</c>/<c>anyOf</c> union: one typed accessor per alternative (an uploaded file, a string, each
/// object), exactly one set. Reading JSON picks the alternative by token kind, then by the discriminator, then by the
/// first object alternative whose required properties are all present; a value that matches none is kept as it came
/// (<c>Raw</c>) and written back unchanged, never coerced. JSON cannot carry a file: a request holding one goes out
/// as multipart.
/// </summary>
internal static class UnionEmitter
{
    private static readonly HashSet<string> Reserved = new(System.StringComparer.Ordinal)
    {
        "File", "IsFile", "Text", "Raw", "HasJsonForm", "Converter", "ToString", "Equals", "GetHashCode", "ValidateInto",
    };

    public static string Emit(UnionUnit unit)
    {
        var model = unit.Model;
        var name = model.Name;
        var ns = unit.Namespace;
        var full = CSharp.SpecType(name);
        var file = CSharp.Runtime + ".FileUpload";
        var element = CSharp.Json + ".JsonElement";
        var alternatives = model.ObjectAlternatives.Select(a => (Type: CSharp.SpecType(a), Member: Member(a, name), Name: a)).ToList();

        var w = new CodeWriter();
        CSharp.FileHeader(w, ns);
        CSharp.Summary(w, model.Description ?? name);
        w.Line(CSharp.GeneratedCode);
        w.Line($"[{CSharp.Json}.Serialization.JsonConverter(typeof({full}.Converter))]");
        w.Open($"public sealed partial class {name}");
        w.Open($"private {name}()");
        w.Close();

        if (model.HasFile)
        {
            w.Line();
            w.Line("/// <summary>The uploaded file, when this is the file form (sent only as multipart/form-data).</summary>");
            w.Line($"public {file}? File {{ get; private init; }}");
            w.Line();
            w.Line("/// <summary>Whether this is the file form.</summary>");
            w.Line("public bool IsFile => File is not null;");
            w.Line();
            w.Line("/// <summary>The file form.</summary>");
            w.Line($"public static {full} FromFile({file} file) => new {full} {{ File = file ?? throw new {CSharp.Sys}.ArgumentNullException(nameof(file)) }};");
            w.Line();
            w.Line("/// <summary>The file form.</summary>");
            w.Line($"public static implicit operator {full}({file} file) => FromFile(file);");
        }

        if (model.HasText)
        {
            w.Line();
            w.Line("/// <summary>The string form (often the id of what the object form expands), when this is it.</summary>");
            w.Line("public string? Text { get; private init; }");
            w.Line();
            w.Line("/// <summary>The string form.</summary>");
            w.Line($"public static {full} FromText(string text) => new {full} {{ Text = text ?? throw new {CSharp.Sys}.ArgumentNullException(nameof(text)) }};");
            w.Line();
            w.Line("/// <summary>The string form.</summary>");
            w.Line($"public static implicit operator {full}(string text) => FromText(text);");
        }

        foreach (var (type, member, _) in alternatives)
        {
            w.Line();
            w.Line($"/// <summary>The <see cref=\"{type}\"/> form, when this is it.</summary>");
            w.Line($"public {type}? {member} {{ get; private init; }}");
            w.Line();
            w.Line($"/// <summary>The <see cref=\"{type}\"/> form.</summary>");
            w.Line($"public static {full} From{member}({type} value) => new {full} {{ {member} = value ?? throw new {CSharp.Sys}.ArgumentNullException(nameof(value)) }};");
            w.Line();
            w.Line($"/// <summary>The <see cref=\"{type}\"/> form.</summary>");
            w.Line($"public static implicit operator {full}({type} value) => From{member}(value);");
        }

        w.Line();
        w.Line("/// <summary>A JSON value that matched none of the alternatives, kept exactly as it came.</summary>");
        w.Line($"public {element}? Raw {{ get; private init; }}");
        w.Line();
        w.Line("/// <summary>A value that matches none of the alternatives, to be sent as it is.</summary>");
        w.Line($"public static {full} FromRaw({element} value) => new {full} {{ Raw = value }};");

        w.Line();
        w.Line("/// <summary>Describes the form held, never the file's bytes.</summary>");
        var forms = new List<string>();
        if (model.HasFile)
        {
            forms.Add("File?.ToString()");
        }

        if (model.HasText)
        {
            forms.Add("Text");
        }

        forms.AddRange(alternatives.Select(a => a.Member + "?.ToString()"));
        forms.Add("Raw?.GetRawText()");
        w.Line($"public override string ToString() => {string.Join(" ?? ", forms)} ?? string.Empty;");

        w.Line();
        w.Line("/// <summary>Whether this form can be written as JSON (a file cannot).</summary>");
        w.Line($"public bool HasJsonForm => {(model.HasFile ? "File is null" : "true")};");

        EmitValidate(w, unit, alternatives.Select(a => a.Member).ToList());
        EmitConverter(w, model, full, alternatives);
        w.Close();
        return w.ToString();
    }

    private static void EmitValidate(CodeWriter w, UnionUnit unit, List<string> members)
    {
        var codes = CSharp.Runtime + ".Validation.SoraViolationCodes";
        w.Line();
        w.Open($"internal void ValidateInto(ref {CSharp.Runtime}.Validation.SoraViolationList violations, {CSharp.SpecType("SoraProvider")}? provider, string? param)");
        foreach (var member in members)
        {
            w.Line($"{member}?.ValidateInto(ref violations, provider, param);");
        }

        w.Open("if (Raw is not null)");
        w.Line($"violations.Add(param ?? {CSharp.Literal(unit.Model.Name)}, {codes}.InvalidValue, (param ?? {CSharp.Literal(unit.Model.Name)}) + \" matches none of its alternatives\");");
        w.Close();
        w.Close();
    }

    private static void EmitConverter(CodeWriter w, UnionModel model, string full, List<(string Type, string Member, string Name)> alternatives)
    {
        var json = CSharp.Json;
        w.Line();
        w.Line("/// <summary>Reads the alternative the JSON value is and writes it back; the file form cannot be written as JSON.</summary>");
        w.Open($"public sealed class Converter : {json}.Serialization.JsonConverter<{full}>");
        w.Line("/// <inheritdoc/>");
        w.Line($"public override {full} Read(ref {json}.Utf8JsonReader reader, {CSharp.Sys}.Type typeToConvert, {json}.JsonSerializerOptions options) => ReadValue(ref reader, {CSharp.Literal(model.Name)}, null);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override void Write({json}.Utf8JsonWriter writer, {full} value, {json}.JsonSerializerOptions options) => WriteValue(writer, value);");
        w.Line();
        w.Open($"internal static {full} ReadValue(ref {json}.Utf8JsonReader reader, string owner, string? property)");
        if (model.HasText)
        {
            w.Open($"if (reader.TokenType == {json}.JsonTokenType.String)");
            w.Line($"return new {full} {{ Text = reader.GetString()! }};");
            w.Close();
            w.Line();
        }

        if (alternatives.Count == 1 && model.Discriminator is null)
        {
            var only = alternatives[0];
            w.Open($"if (reader.TokenType == {json}.JsonTokenType.StartObject)");
            w.Line($"return new {full} {{ {only.Member} = {only.Type}.Converter.ReadObject(ref reader, owner, property) }};");
            w.Close();
            w.Line();
        }
        else if (alternatives.Count > 0)
        {
            EmitObjectChoice(w, model, full, alternatives);
        }

        w.Line($"return new {full} {{ Raw = {json}.JsonElement.ParseValue(ref reader) }};");
        w.Close();
        w.Line();
        w.Open($"internal static void WriteValue({json}.Utf8JsonWriter writer, {full} value)");
        if (model.HasText)
        {
            w.Open("if (value.Text is { } text)");
            w.Line("writer.WriteStringValue(text);");
            w.Line("return;");
            w.Close();
            w.Line();
        }

        foreach (var (type, member, _) in alternatives)
        {
            w.Open($"if (value.{member} is {{ }} {Local(member)})");
            w.Line($"{type}.Converter.WriteObject(writer, {Local(member)});");
            w.Line("return;");
            w.Close();
            w.Line();
        }

        w.Open("if (value.Raw is { } raw)");
        w.Line("raw.WriteTo(writer);");
        w.Line("return;");
        w.Close();
        w.Line();
        w.Line($"throw new {json}.JsonException({CSharp.Literal(model.Name + " holds a file, which only multipart/form-data can carry.")});");
        w.Close();
        w.Close();
    }

    /// <summary>
    /// Looks ahead on a copy of the reader (the value is buffered whole for a converter) for the discriminator's value
    /// or the property names present, then reads the chosen alternative from the real reader.
    /// </summary>
    private static void EmitObjectChoice(CodeWriter w, UnionModel model, string full, List<(string Type, string Member, string Name)> alternatives)
    {
        var json = CSharp.Json;
        var byName = alternatives.ToDictionary(a => a.Name, a => a, System.StringComparer.Ordinal);
        w.Open($"if (reader.TokenType == {json}.JsonTokenType.StartObject)");
        w.Line("var scan = reader;");
        if (model.Discriminator is { } discriminator)
        {
            w.Line("string? tag = null;");
        }
        else
        {
            w.Line($"var names = new {CSharp.Generic}.HashSet<string>({CSharp.Sys}.StringComparer.Ordinal);");
        }

        w.Open($"while (scan.Read() && scan.TokenType == {json}.JsonTokenType.PropertyName)");
        if (model.Discriminator is { } tagName)
        {
            w.Line($"var isTag = scan.ValueTextEquals({CSharp.Utf8(tagName)});");
            w.Line("scan.Read();");
            w.Open($"if (isTag && scan.TokenType == {json}.JsonTokenType.String)");
            w.Line("tag = scan.GetString();");
            w.Line("break;");
            w.Close();
        }
        else
        {
            w.Line("names.Add(scan.GetString()!);");
            w.Line("scan.Read();");
        }

        w.Open("if (!scan.TrySkip())");
        w.Line("break;");
        w.Close();
        w.Close();
        w.Line();
        if (model.Discriminator is not null)
        {
            foreach (var @case in model.Cases)
            {
                var alternative = byName[@case.Alternative];
                w.Open($"if (tag == {CSharp.Literal(@case.Value)})");
                w.Line($"return new {full} {{ {alternative.Member} = {alternative.Type}.Converter.ReadObject(ref reader, owner, property) }};");
                w.Close();
                w.Line();
            }
        }
        else
        {
            foreach (var requirement in model.Requirements)
            {
                var alternative = byName[requirement.Alternative];
                var read = $"return new {full} {{ {alternative.Member} = {alternative.Type}.Converter.ReadObject(ref reader, owner, property) }};";
                if (requirement.Required.IsEmpty)
                {
                    // An alternative that requires nothing takes any object: the ones after it can never be chosen.
                    w.Line(read);
                    break;
                }

                w.Open($"if ({string.Join(" && ", requirement.Required.Select(r => $"names.Contains({CSharp.Literal(r)})"))})");
                w.Line(read);
                w.Close();
                w.Line();
            }
        }

        w.Close();
        w.Line();
    }

    private static string Member(string alternative, string union) => Reserved.Contains(alternative) || alternative == union ? alternative + "Value" : alternative;

    private static string Local(string member) => "__" + SpecReader.Parsing.Naming.ToParameterName(member).TrimStart('@');
}
