using System.Globalization;
using System.Linq;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>
/// Emits a DTO record for an object schema with its JSON converter (unknown fields kept), and for request bodies the
/// rule metadata the analyzer reads, the validator, the builder and the hooks that make an HTTP body of it.
/// </summary>
internal static class ObjectEmitter
{
    public static string Emit(ObjectUnit unit)
    {
        var model = unit.Model;
        var ns = unit.Namespace;
        var full = "global::" + ns + "." + model.Name;
        var w = new CodeWriter();
        CSharp.FileHeader(w, ns);
        CSharp.Summary(w, model.Description ?? model.Name);
        w.Line(CSharp.GeneratedCode);
        w.Line($"[{CSharp.Json}.Serialization.JsonConverter(typeof({full}.Converter))]");
        if (model.IsRequest)
        {
            MetadataEmitter.EmitRequestAttributes(w, model);
        }

        w.Open($"public sealed partial record {model.Name}{(model.IsRequest ? " : " + CSharp.Runtime + ".Http.ISoraRequestBody" : string.Empty)}");
        EmitConstructor(w, ns, model);
        EmitProperties(w, ns, model);

        ValidatorEmitter.Emit(w, unit);

        if (model.IsRequest)
        {
            BuilderEmitter.Emit(w, unit);
            EmitRequestBody(w, unit);
        }

        EmitConverter(w, ns, model);
        w.Close();
        return w.ToString();
    }

    private static void EmitConstructor(CodeWriter w, string ns, ObjectModel model)
    {
        var parameters = model.Properties.Where(CSharp.IsConstructorParameter).ToList();
        w.Line($"/// <summary>Creates a <see cref=\"{model.Name}\"/> with its required properties.</summary>");
        foreach (var p in parameters)
        {
            w.Line($"/// <param name=\"{Parameter(p).TrimStart('@')}\">{CSharp.Xml(p.Description ?? "The " + p.JsonName + " value.")}</param>");
        }

        w.Open($"public {model.Name}({string.Join(", ", parameters.Select(p => CSharp.PropertyType(ns, p) + " " + Parameter(p)))})");
        foreach (var p in parameters)
        {
            // A name of a script without case (名前) is its own camelCase: the property needs this. to be told apart.
            w.Line($"{(Parameter(p) == p.Identifier ? "this." : string.Empty)}{p.Identifier} = {Parameter(p)};");
        }

        w.Close();
    }

    public static string Parameter(PropertyModel property) => SpecReader.Parsing.Naming.ToParameterName(property.Identifier.TrimStart('@'));

    private static void EmitProperties(CodeWriter w, string ns, ObjectModel model)
    {
        foreach (var p in model.Properties)
        {
            w.Line();
            CSharp.Summary(w, p.Description ?? $"The {p.JsonName} property.");
            if (model.IsRequest)
            {
                MetadataEmitter.EmitPropertyAttribute(w, p);
            }

            var initializer = CSharp.IsConstant(p) ? " = " + CSharp.Literal(p.Default!) + ";" : string.Empty;
            w.Line($"public {CSharp.PropertyType(ns, p)} {p.Identifier} {{ get; init; }}{initializer}");
        }

        foreach (var p in model.Properties.Where(p => p.Default is not null && !CSharp.IsConstant(p)))
        {
            w.Line();
            w.Line($"/// <summary>The value the server uses when <see cref=\"{p.Identifier.TrimStart('@')}\"/> is not sent.</summary>");
            w.Line($"public static {CSharp.TypeName(ns, p.Type)} Default{p.Identifier.TrimStart('@')} => {DefaultExpression(ns, p)};");
        }

        if (!model.IsRequest && model.Properties.Any(p => p.Required))
        {
            w.Line();
            w.Line("/// <summary>The required properties the JSON this was read from lacked; <c>Validate()</c> reports them.</summary>");
            w.Line("internal global::System.Collections.Generic.IReadOnlyList<string>? MissingProperties { get; init; }");
        }

        w.Line();
        w.Line("/// <summary>JSON properties this type does not declare, kept as received and written back.</summary>");
        w.Line($"public global::System.Collections.Generic.IDictionary<string, {CSharp.Json}.JsonElement>? AdditionalProperties {{ get; init; }}");
    }

    private static string DefaultExpression(string ns, PropertyModel p) => p.Type.Kind switch
    {
        TypeKind.Enum => "new " + CSharp.TypeName(ns, p.Type) + "(" + CSharp.Literal(p.Default!) + ")",
        TypeKind.String => CSharp.Literal(p.Default!),
        TypeKind.Boolean => p.Default == "true" ? "true" : "false",
        TypeKind.Int32 => int.Parse(p.Default!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        TypeKind.Int64 => long.Parse(p.Default!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "L",
        _ => double.Parse(p.Default!, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) + "d",
    };

    private static void EmitRequestBody(CodeWriter w, ObjectUnit unit)
    {
        var fileProperties = unit.Model.Properties
            .Where(p => p.Type.Kind == TypeKind.Union && unit.Unions.Any(u => u.Name == p.Type.Name && u.HasFile))
            .ToList();
        var formFile = CSharp.Runtime + ".Http.SoraFormFile";
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open($"global::System.Collections.Generic.IReadOnlyList<{formFile}> {CSharp.Runtime}.Http.ISoraRequestBody.GetFiles()");
        if (fileProperties.Count == 0)
        {
            w.Line($"return global::System.Array.Empty<{formFile}>();");
        }
        else
        {
            w.Line($"global::System.Collections.Generic.List<{formFile}>? files = null;");
            foreach (var p in fileProperties)
            {
                w.Open($"if ({p.Identifier}?.File is {{ }} {Parameter(p)}File)");
                w.Line($"(files ??= new global::System.Collections.Generic.List<{formFile}>()).Add(new {formFile}({CSharp.Literal(p.JsonName)}, {Parameter(p)}File));");
                w.Close();
            }

            w.Line($"return files is null ? global::System.Array.Empty<{formFile}>() : files;");
        }

        w.Close();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"void {CSharp.Runtime}.Http.ISoraRequestBody.WriteJson({CSharp.Json}.Utf8JsonWriter writer) => Converter.WriteObject(writer, this);");
    }

    private static void EmitConverter(CodeWriter w, string ns, ObjectModel model)
    {
        var full = "global::" + ns + "." + model.Name;
        var owner = CSharp.Literal(model.Name);
        w.Line();
        w.Line($"/// <summary>Reads and writes <see cref=\"{model.Name}\"/> without reflection; unknown properties go to <see cref=\"AdditionalProperties\"/>.</summary>");
        w.Open($"public sealed class Converter : {CSharp.Json}.Serialization.JsonConverter<{full}>");
        w.Line("/// <inheritdoc/>");
        w.Line($"public override {full} Read(ref {CSharp.Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {CSharp.Json}.JsonSerializerOptions options) => ReadObject(ref reader);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override void Write({CSharp.Json}.Utf8JsonWriter writer, {full} value, {CSharp.Json}.JsonSerializerOptions options) => WriteObject(writer, value);");

        // Read
        w.Line();
        w.Open($"internal static {full} ReadObject(ref {CSharp.Json}.Utf8JsonReader reader)");
        w.Line($"{CSharp.Runtime}.Serialization.SoraJson.ExpectStartObject(ref reader, {owner});");
        foreach (var p in model.Properties)
        {
            w.Line($"{CSharp.TypeName(ns, p.Type)}? {Local(p)} = default;");
            if (p.Required)
            {
                w.Line($"var {Local(p)}Seen = false;");
            }
        }

        w.Line($"global::System.Collections.Generic.Dictionary<string, {CSharp.Json}.JsonElement>? additionalProperties = null;");
        w.Open($"while ({CSharp.Runtime}.Serialization.SoraJson.NextProperty(ref reader, {owner}))");
        var first = true;
        foreach (var p in model.Properties)
        {
            w.Open($"{(first ? "if" : "else if")} (reader.ValueTextEquals({CSharp.Utf8(p.JsonName)}))");
            w.Line("reader.Read();");
            // default(T?) rather than null: a value type's implicit conversion from string would otherwise claim the null.
            w.Line($"{Local(p)} = reader.TokenType == {CSharp.Json}.JsonTokenType.Null ? default({CSharp.TypeName(ns, p.Type)}?) : {ReadExpression(ns, model.Name, p.JsonName, p.Type, "reader")};");
            if (p.Required)
            {
                w.Line($"{Local(p)}Seen = true;");
            }

            w.Close();
            first = false;
        }

        w.Open(first ? "" : "else");
        w.Line("var name = reader.GetString()!;");
        w.Line("reader.Read();");
        w.Line($"(additionalProperties ??= new global::System.Collections.Generic.Dictionary<string, {CSharp.Json}.JsonElement>(global::System.StringComparer.Ordinal))[name] = {CSharp.Json}.JsonElement.ParseValue(ref reader);");
        w.Close();
        w.Close();

        // A request must be whole; a response is read whatever the server left out, and its Validate() says what that was.
        var lenient = !model.IsRequest;
        if (lenient && model.Properties.Any(p => p.Required))
        {
            w.Line();
            w.Line("global::System.Collections.Generic.List<string>? missing = null;");
        }

        foreach (var p in model.Properties.Where(p => p.Required))
        {
            w.Line();
            w.Open($"if (!{Local(p)}Seen)");
            w.Line(lenient
                ? $"(missing ??= new global::System.Collections.Generic.List<string>()).Add({CSharp.Literal(p.JsonName)});"
                : $"throw {CSharp.Runtime}.Serialization.SoraJson.MissingProperty({owner}, {CSharp.Literal(p.JsonName)});");
            w.Close();
        }

        foreach (var p in model.Properties.Where(p => CSharp.IsNonNullable(p) && !CSharp.IsConstant(p)))
        {
            w.Line();
            w.Open(lenient ? $"if ({Local(p)}Seen && {Local(p)} is null)" : $"if ({Local(p)} is null)");
            w.Line($"throw {CSharp.Runtime}.Serialization.SoraJson.NullProperty({owner}, {CSharp.Literal(p.JsonName)});");
            w.Close();
        }

        w.Line();
        var arguments = model.Properties.Where(CSharp.IsConstructorParameter)
            .Select(p => Local(p) + (lenient ? (CSharp.IsValueType(p.Type) ? ".GetValueOrDefault()" : "!") : CSharp.IsValueType(p.Type) ? ".Value" : string.Empty));
        var assignments = model.Properties.Where(p => !CSharp.IsConstructorParameter(p))
            .Select(p => CSharp.IsConstant(p) ? $"{p.Identifier} = {Local(p)} ?? {CSharp.Literal(p.Default!)}" : $"{p.Identifier} = {Local(p)}")
            .Concat(new[] { "AdditionalProperties = additionalProperties" })
            .Concat(lenient && model.Properties.Any(p => p.Required) ? new[] { "MissingProperties = missing" } : System.Array.Empty<string>());
        w.Line($"return new {full}({string.Join(", ", arguments)})");
        w.Line("{");
        foreach (var assignment in assignments)
        {
            w.Line("    " + assignment + ",");
        }

        w.Line("};");
        w.Close();

        if (model.Properties.Any(p => UsesMap(p.Type)))
        {
            EmitReadMap(w);
        }

        // Write
        w.Line();
        w.Open($"internal static void WriteObject({CSharp.Json}.Utf8JsonWriter writer, {full} value)");
        w.Line("writer.WriteStartObject();");
        foreach (var p in model.Properties)
        {
            EmitWriteProperty(w, ns, p);
        }

        w.Open("if (value.AdditionalProperties is { } additionalProperties)");
        w.Open("foreach (var pair in additionalProperties)");
        if (model.Properties.Count > 0)
        {
            w.Line($"if ({CSharp.IsOneOf("pair.Key", model.Properties.Select(p => p.JsonName))}) continue;");
        }

        w.Line("writer.WritePropertyName(pair.Key);");
        w.Line("pair.Value.WriteTo(writer);");
        w.Close();
        w.Close();
        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Close();
    }

    private static bool UsesMap(TypeRef type) => type.Kind == TypeKind.Map || (type.Item is { } item && UsesMap(item));

    /// <summary>Reads a JSON object whose every value is of one type into a dictionary, in the order received.</summary>
    private static void EmitReadMap(CodeWriter w)
    {
        var json = CSharp.Runtime + ".Serialization.SoraJson";
        w.Line();
        w.Open($"private static global::System.Collections.Generic.IReadOnlyDictionary<string, T> ReadMap<T>(ref {CSharp.Json}.Utf8JsonReader reader, string owner, string property, {CSharp.Runtime}.Serialization.SoraJsonItemReader<T> readValue)");
        w.Open($"if (reader.TokenType != {CSharp.Json}.JsonTokenType.StartObject)");
        w.Line($"throw {json}.Unexpected(ref reader, owner, property, \"an object\");");
        w.Close();
        w.Line();
        w.Line("var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);");
        w.Open($"while (reader.Read() && reader.TokenType == {CSharp.Json}.JsonTokenType.PropertyName)");
        w.Line("var key = reader.GetString()!;");
        w.Line("reader.Read();");
        w.Line("map[key] = readValue(ref reader);");
        w.Close();
        w.Line();
        w.Line("return map;");
        w.Close();
    }

    private static string Local(PropertyModel p) => "_" + Parameter(p).TrimStart('@');

    private static string ReadExpression(string ns, string owner, string property, TypeRef type, string reader)
    {
        var o = CSharp.Literal(owner);
        var n = CSharp.Literal(property);
        var json = CSharp.Runtime + ".Serialization.SoraJson";
        return type.Kind switch
        {
            TypeKind.String => $"{json}.ReadString(ref {reader}, {o}, {n})",
            TypeKind.Int32 => $"{json}.ReadInt32(ref {reader}, {o}, {n})",
            TypeKind.Int64 => $"{json}.ReadInt64(ref {reader}, {o}, {n})",
            TypeKind.Number => $"{json}.ReadDouble(ref {reader}, {o}, {n})",
            TypeKind.Boolean => $"{json}.ReadBoolean(ref {reader}, {o}, {n})",
            TypeKind.Enum => $"{CSharp.TypeName(ns, type)}.Converter.ReadValue(ref {reader}, {o}, {n})",
            TypeKind.Union => $"{CSharp.TypeName(ns, type)}.Converter.ReadValue(ref {reader}, {o}, {n})",
            TypeKind.Object => $"{reader}.TokenType == {CSharp.Json}.JsonTokenType.StartObject ? {CSharp.TypeName(ns, type)}.Converter.ReadObject(ref {reader}) : throw {json}.Unexpected(ref {reader}, {o}, {n}, \"an object\")",
            TypeKind.Array => $"{json}.ReadList<{CSharp.TypeName(ns, type.Item!)}>(ref {reader}, {o}, {n}, static (ref {CSharp.Json}.Utf8JsonReader {reader}Item) => {ReadExpression(ns, owner, property, type.Item!, reader + "Item")})",
            TypeKind.Map => $"ReadMap<{CSharp.TypeName(ns, type.Item!)}>(ref {reader}, {o}, {n}, static (ref {CSharp.Json}.Utf8JsonReader {reader}Value) => {ReadExpression(ns, owner, property, type.Item!, reader + "Value")})",
            TypeKind.DateTime => $"{reader}.TokenType == {CSharp.Json}.JsonTokenType.String && {reader}.TryGetDateTimeOffset(out var __{reader}When) ? __{reader}When : throw {json}.Unexpected(ref {reader}, {o}, {n}, \"a date-time\")",
            _ => $"{CSharp.Json}.JsonElement.ParseValue(ref {reader})",
        };
    }

    private static void EmitWriteProperty(CodeWriter w, string ns, PropertyModel p)
    {
        var name = CSharp.Utf8(p.JsonName);
        var access = "value." + p.Identifier;
        var local = Local(p);
        if (CSharp.IsNonNullable(p))
        {
            w.Line($"writer.WritePropertyName({name});");
            EmitWriteValue(w, ns, p.Type, access);
            return;
        }

        // A union holding a file has no JSON form: it travels as a multipart file part instead.
        var condition = p.Type.Kind == TypeKind.Union ? $"{access} is {{ }} {local} && {local}.HasJsonForm" : $"{access} is {{ }} {local}";

        w.Open($"if ({condition})");
        w.Line($"writer.WritePropertyName({name});");
        EmitWriteValue(w, ns, p.Type, local);
        w.Close();
        if (p.Nullable && p.Type.Kind != TypeKind.Union)
        {
            w.Open("else");
            w.Line($"writer.WriteNull({name});");
            w.Close();
        }
    }

    private static void EmitWriteValue(CodeWriter w, string ns, TypeRef type, string value)
    {
        switch (type.Kind)
        {
            case TypeKind.String:
                w.Line($"writer.WriteStringValue({value});");
                break;
            case TypeKind.Int32:
            case TypeKind.Int64:
            case TypeKind.Number:
                w.Line($"writer.WriteNumberValue({value});");
                break;
            case TypeKind.Boolean:
                w.Line($"writer.WriteBooleanValue({value});");
                break;
            case TypeKind.Enum:
                w.Line($"writer.WriteStringValue({value}.Value);");
                break;
            case TypeKind.Union:
                w.Line($"{CSharp.TypeName(ns, type)}.Converter.WriteValue(writer, {value});");
                break;
            case TypeKind.Object:
                w.Line($"{CSharp.TypeName(ns, type)}.Converter.WriteObject(writer, {value});");
                break;
            case TypeKind.DateTime:
                w.Line($"writer.WriteStringValue({value});");
                break;
            case TypeKind.Map:
                var pair = value.StartsWith("pair", System.StringComparison.Ordinal) ? value + "Pair" : "pair";
                w.Line("writer.WriteStartObject();");
                w.Open($"foreach (var {pair} in {value})");
                w.Line($"writer.WritePropertyName({pair}.Key);");
                EmitWriteValue(w, ns, type.Item!, pair + ".Value");
                w.Close();
                w.Line("writer.WriteEndObject();");
                break;
            case TypeKind.Array:
                var item = value.StartsWith("item", System.StringComparison.Ordinal) ? value + "Item" : "item";
                w.Line("writer.WriteStartArray();");
                w.Open($"foreach (var {item} in {value})");
                EmitWriteValue(w, ns, type.Item!, item);
                w.Close();
                w.Line("writer.WriteEndArray();");
                break;
            default:
                w.Line($"{value}.WriteTo(writer);");
                break;
        }
    }
}
