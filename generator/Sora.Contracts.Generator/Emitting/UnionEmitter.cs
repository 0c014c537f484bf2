using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// Emits a <c>oneOf</c> of an uploaded file and an object: one of the two is set. JSON can carry only the object;
/// a request holding the file goes out as multipart.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(UnionUnit unit)
    {
        var model = unit.Model;
        var name = model.Name;
        var full = "global::" + unit.Namespace + "." + name;
        var file = CSharp.Runtime + ".FileUpload";
        var alternative = model.ObjectAlternatives.IsEmpty ? null : model.ObjectAlternatives[0];
        var alternativeType = alternative is null ? null : "global::" + unit.Namespace + "." + alternative;

        var w = new CodeWriter();
        CSharp.FileHeader(w, unit.Namespace);
        CSharp.Summary(w, model.Description ?? name);
        w.Line(CSharp.GeneratedCode);
        w.Line($"[{CSharp.Json}.Serialization.JsonConverter(typeof({full}.Converter))]");
        w.Open($"public sealed partial class {name}");

        w.Open($"private {name}({(model.HasFile ? file + "? file" : string.Empty)}{(model.HasFile && alternative is not null ? ", " : string.Empty)}{(alternative is not null ? alternativeType + "? " + Camel(alternative) : string.Empty)})");
        if (model.HasFile)
        {
            w.Line("File = file;");
        }

        if (alternative is not null)
        {
            w.Line($"{alternative} = {Camel(alternative)};");
        }

        w.Close();

        if (model.HasFile)
        {
            w.Line();
            w.Line("/// <summary>The uploaded file, when this is the file form (sent only as multipart/form-data).</summary>");
            w.Line($"public {file}? File {{ get; }}");
            w.Line();
            w.Line("/// <summary>Whether this is the file form.</summary>");
            w.Line("public bool IsFile => File is not null;");
            w.Line();
            w.Line("/// <summary>The file form.</summary>");
            w.Line($"public static {full} FromFile({file} file) => new {full}(file ?? throw new global::System.ArgumentNullException(nameof(file)){(alternative is not null ? ", null" : string.Empty)});");
            w.Line();
            w.Line("/// <summary>The file form.</summary>");
            w.Line($"public static implicit operator {full}({file} file) => FromFile(file);");
        }

        if (alternative is not null)
        {
            w.Line();
            w.Line($"/// <summary>The <see cref=\"{alternativeType}\"/> form, when this is it.</summary>");
            w.Line($"public {alternativeType}? {alternative} {{ get; }}");
            w.Line();
            w.Line($"/// <summary>The <see cref=\"{alternativeType}\"/> form.</summary>");
            w.Line($"public static {full} From{alternative}({alternativeType} value) => new {full}({(model.HasFile ? "null, " : string.Empty)}value ?? throw new global::System.ArgumentNullException(nameof(value)));");
            w.Line();
            w.Line($"/// <summary>The <see cref=\"{alternativeType}\"/> form.</summary>");
            w.Line($"public static implicit operator {full}({alternativeType} value) => From{alternative}(value);");
        }

        w.Line();
        w.Line("/// <summary>Describes the form held, never the file's bytes.</summary>");
        w.Line($"public override string ToString() => {(model.HasFile ? "File is not null ? File.ToString() : " : string.Empty)}{(alternative is not null ? alternative + "?.ToString() ?? string.Empty" : "string.Empty")};");

        w.Line();
        w.Line("/// <summary>Whether this form can be written as JSON (a file cannot).</summary>");
        w.Line($"public bool HasJsonForm => {(model.HasFile ? "File is null" : "true")};");

        w.Line();
        w.Line($"internal void ValidateInto(ref {CSharp.Runtime}.Validation.SoraViolationList violations, global::{unit.Namespace}.SoraProvider? provider, string? param)");
        w.Line("{");
        if (alternative is not null)
        {
            w.Line($"    {alternative}?.ValidateInto(ref violations, provider, param);");
        }

        w.Line("}");

        w.Line();
        w.Line($"/// <summary>Reads the object form from JSON and writes it back; the file form cannot be written as JSON.</summary>");
        w.Open($"public sealed class Converter : {CSharp.Json}.Serialization.JsonConverter<{full}>");
        w.Line("/// <inheritdoc/>");
        w.Line($"public override {full} Read(ref {CSharp.Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {CSharp.Json}.JsonSerializerOptions options) => ReadValue(ref reader, {CSharp.Literal(name)}, null);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override void Write({CSharp.Json}.Utf8JsonWriter writer, {full} value, {CSharp.Json}.JsonSerializerOptions options) => WriteValue(writer, value);");
        w.Line();
        w.Open($"internal static {full} ReadValue(ref {CSharp.Json}.Utf8JsonReader reader, string owner, string? property)");
        if (alternative is not null)
        {
            w.Open($"if (reader.TokenType == {CSharp.Json}.JsonTokenType.StartObject)");
            w.Line($"return From{alternative}({alternativeType}.Converter.ReadObject(ref reader));");
            w.Close();
            w.Line();
        }

        w.Line($"throw {CSharp.Runtime}.Serialization.SoraJson.Unexpected(ref reader, owner, property, {CSharp.Literal(alternative is null ? "nothing JSON can carry (a file is sent as multipart/form-data)" : "an object")});");
        w.Close();
        w.Line();
        w.Open($"internal static void WriteValue({CSharp.Json}.Utf8JsonWriter writer, {full} value)");
        if (alternative is not null)
        {
            w.Open($"if (value.{alternative} is {{ }} alternative)");
            w.Line($"{alternativeType}.Converter.WriteObject(writer, alternative);");
            w.Line("return;");
            w.Close();
            w.Line();
        }

        w.Line($"throw new {CSharp.Json}.JsonException({CSharp.Literal(name + " holds a file, which only multipart/form-data can carry.")});");
        w.Close();
        w.Close();

        w.Close();
        return w.ToString();
    }

    private static string Camel(string name) => SpecReader.Parsing.Naming.ToParameterName(name);
}
