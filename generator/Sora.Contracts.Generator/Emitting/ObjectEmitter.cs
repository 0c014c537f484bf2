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
        var full = CSharp.SpecType(model.Name);
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
            w.Line($"internal {CSharp.Generic}.IReadOnlyList<string>? MissingProperties {{ get; init; }}");
        }

        w.Line();
        w.Line("/// <summary>JSON properties this type does not declare, kept as received and written back.</summary>");
        w.Line($"public {CSharp.Generic}.IDictionary<string, {CSharp.Json}.JsonElement>? AdditionalProperties {{ get; init; }}");
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
        w.Open($"{CSharp.Generic}.IReadOnlyList<{formFile}> {CSharp.Runtime}.Http.ISoraRequestBody.GetFiles()");
        if (fileProperties.Count == 0)
        {
            w.Line($"return {CSharp.Sys}.Array.Empty<{formFile}>();");
        }
        else
        {
            w.Line($"{CSharp.Generic}.List<{formFile}>? files = null;");
            foreach (var p in fileProperties)
            {
                w.Open($"if ({p.Identifier}?.File is {{ }} {Parameter(p)}File)");
                w.Line($"(files ??= new {CSharp.Generic}.List<{formFile}>()).Add(new {formFile}({CSharp.Literal(p.JsonName)}, {Parameter(p)}File));");
                w.Close();
            }

            w.Line($"return files is null ? {CSharp.Sys}.Array.Empty<{formFile}>() : files;");
        }

        w.Close();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"void {CSharp.Runtime}.Http.ISoraRequestBody.WriteJson({CSharp.Json}.Utf8JsonWriter writer) => Converter.WriteObject(writer, this);");
    }

    private static void EmitConverter(CodeWriter w, string ns, ObjectModel model)
    {
        var full = CSharp.SpecType(model.Name);
        var owner = CSharp.Literal(model.Name);
        var json = CSharp.Json;
        var helpers = CSharp.SoraJson;
        w.Line();
        w.Line($"/// <summary>Reads and writes <see cref=\"{model.Name}\"/> without reflection; unknown properties go to <see cref=\"AdditionalProperties\"/>.</summary>");
        w.Open($"public sealed class Converter : {json}.Serialization.JsonConverter<{full}>");
        w.Line("/// <inheritdoc/>");
        w.Line($"public override {full} Read(ref {json}.Utf8JsonReader reader, {CSharp.Sys}.Type typeToConvert, {json}.JsonSerializerOptions options) => ReadObject(ref reader, {owner}, null);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override void Write({json}.Utf8JsonWriter writer, {full} value, {json}.JsonSerializerOptions options) => WriteObject(writer, value);");

        // Read: owner and property name the value in the error when it is not an object.
        w.Line();
        w.Open($"internal static {full} ReadObject(ref {json}.Utf8JsonReader reader, string owner, string? property)");
        w.Line($"{helpers}.ExpectStartObject(ref reader, owner, property);");
        foreach (var p in model.Properties)
        {
            w.Line($"{CSharp.TypeName(ns, p.Type)}? {Local(p)} = default;");
            if (p.Required)
            {
                w.Line($"var {Local(p)}Seen = false;");
            }
        }

        w.Line($"{CSharp.Generic}.Dictionary<string, {json}.JsonElement>? additionalProperties = null;");
        w.Open($"while ({helpers}.NextProperty(ref reader, {owner}))");
        var first = true;
        foreach (var p in model.Properties)
        {
            var test = $"{(first ? "if" : "else if")} (reader.ValueTextEquals({CSharp.Utf8(p.JsonName)}))";
            var read = $"{Local(p)} = {NextExpression(ns, model.Name, p)};";
            if (p.Required)
            {
                w.Open(test);
                w.Line(read);
                w.Line($"{Local(p)}Seen = true;");
                w.Close();
            }
            else
            {
                w.Line(test + " " + read);
            }

            first = false;
        }

        w.Line($"{(first ? string.Empty : "else ")}{helpers}.ReadAdditional(ref reader, ref additionalProperties);");
        w.Close();

        // A request must be whole; a response is read whatever the server left out, and its Validate() says what that was.
        var lenient = !model.IsRequest;
        var required = model.Properties.Where(p => p.Required).ToList();
        if (required.Count > 0)
        {
            w.Line();
            if (lenient)
            {
                w.Line($"{CSharp.Generic}.List<string>? missing = null;");
            }

            foreach (var p in required)
            {
                w.Line(lenient
                    ? $"if (!{Local(p)}Seen) {helpers}.AddMissing(ref missing, {CSharp.Literal(p.JsonName)});"
                    : $"if (!{Local(p)}Seen) throw {helpers}.MissingProperty({owner}, {CSharp.Literal(p.JsonName)});");
            }
        }

        var nonNullable = model.Properties.Where(p => CSharp.IsNonNullable(p) && !CSharp.IsConstant(p)).ToList();
        if (nonNullable.Count > 0)
        {
            w.Line();
            foreach (var p in nonNullable)
            {
                w.Line($"if ({(lenient ? Local(p) + "Seen && " : string.Empty)}{Local(p)} is null) throw {helpers}.NullProperty({owner}, {CSharp.Literal(p.JsonName)});");
            }
        }

        w.Line();
        var arguments = model.Properties.Where(CSharp.IsConstructorParameter)
            .Select(p => Local(p) + (lenient ? (CSharp.IsValueType(p.Type) ? ".GetValueOrDefault()" : "!") : CSharp.IsValueType(p.Type) ? ".Value" : string.Empty));
        var assignments = model.Properties.Where(p => !CSharp.IsConstructorParameter(p))
            .Select(p => CSharp.IsConstant(p) ? $"{p.Identifier} = {Local(p)} ?? {CSharp.Literal(p.Default!)}" : $"{p.Identifier} = {Local(p)}")
            .Concat(new[] { "AdditionalProperties = additionalProperties" })
            .Concat(lenient && required.Count > 0 ? new[] { "MissingProperties = missing" } : System.Array.Empty<string>());
        w.Line($"return new {full}({string.Join(", ", arguments)})");
        w.Line("{");
        foreach (var assignment in assignments)
        {
            w.Line("    " + assignment + ",");
        }

        w.Line("};");
        w.Close();

        // Write
        w.Line();
        w.Open($"internal static void WriteObject({json}.Utf8JsonWriter writer, {full} value)");
        w.Line("writer.WriteStartObject();");
        foreach (var p in model.Properties)
        {
            EmitWriteProperty(w, ns, p);
        }

        var declared = model.Properties.Count == 0 ? "false" : CSharp.IsOneOf("key", model.Properties.Select(p => p.JsonName));
        w.Line($"{helpers}.WriteAdditional(writer, value.AdditionalProperties, static key => {declared});");
        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Close();
    }

    private static string Local(PropertyModel p) => "_" + Parameter(p).TrimStart('@');

    /// <summary>Moves from the property's name to its value and reads it; JSON <c>null</c> reads as null.</summary>
    private static string NextExpression(string ns, string owner, PropertyModel p)
    {
        var o = CSharp.Literal(owner);
        var n = CSharp.Literal(p.JsonName);
        var helpers = CSharp.SoraJson;
        return p.Type.Kind switch
        {
            TypeKind.String => $"{helpers}.NextString(ref reader, {o}, {n})",
            TypeKind.Int32 => $"{helpers}.NextInt32(ref reader, {o}, {n})",
            TypeKind.Int64 => $"{helpers}.NextInt64(ref reader, {o}, {n})",
            TypeKind.Number => $"{helpers}.NextDouble(ref reader, {o}, {n})",
            TypeKind.Boolean => $"{helpers}.NextBoolean(ref reader, {o}, {n})",
            TypeKind.DateTime => $"{helpers}.NextDateTime(ref reader, {o}, {n})",
            TypeKind.Json => $"{helpers}.NextJson(ref reader)",
            // default(T?) rather than null: a value type's implicit conversion from string would otherwise claim the null.
            TypeKind.Enum => $"{helpers}.NextIsNull(ref reader) ? default({CSharp.TypeName(ns, p.Type)}?) : {ReadExpression(ns, owner, p.JsonName, p.Type, "reader")}",
            _ => $"{helpers}.NextIsNull(ref reader) ? null : {ReadExpression(ns, owner, p.JsonName, p.Type, "reader")}",
        };
    }

    /// <summary>Reads the value the reader is at (an array item, a dictionary value, a property's non-null value).</summary>
    private static string ReadExpression(string ns, string owner, string property, TypeRef type, string reader)
    {
        var o = CSharp.Literal(owner);
        var n = CSharp.Literal(property);
        var helpers = CSharp.SoraJson;
        return type.Kind switch
        {
            TypeKind.String => $"{helpers}.ReadString(ref {reader}, {o}, {n})",
            TypeKind.Int32 => $"{helpers}.ReadInt32(ref {reader}, {o}, {n})",
            TypeKind.Int64 => $"{helpers}.ReadInt64(ref {reader}, {o}, {n})",
            TypeKind.Number => $"{helpers}.ReadDouble(ref {reader}, {o}, {n})",
            TypeKind.Boolean => $"{helpers}.ReadBoolean(ref {reader}, {o}, {n})",
            TypeKind.DateTime => $"{helpers}.ReadDateTime(ref {reader}, {o}, {n})",
            TypeKind.Enum or TypeKind.Union => $"{CSharp.TypeName(ns, type)}.Converter.ReadValue(ref {reader}, {o}, {n})",
            TypeKind.Object => $"{CSharp.TypeName(ns, type)}.Converter.ReadObject(ref {reader}, {o}, {n})",
            TypeKind.Array => $"{helpers}.ReadList<{CSharp.TypeName(ns, type.Item!)}>(ref {reader}, {o}, {n}, static (ref {CSharp.Json}.Utf8JsonReader {reader}Item) => {ReadExpression(ns, owner, property, type.Item!, reader + "Item")})",
            TypeKind.Map => $"{helpers}.ReadMap<{CSharp.TypeName(ns, type.Item!)}>(ref {reader}, {o}, {n}, static (ref {CSharp.Json}.Utf8JsonReader {reader}Value) => {ReadExpression(ns, owner, property, type.Item!, reader + "Value")})",
            _ => $"{CSharp.Json}.JsonElement.ParseValue(ref {reader})",
        };
    }

    private static void EmitWriteProperty(CodeWriter w, string ns, PropertyModel p)
    {
        var name = CSharp.Utf8(p.JsonName);
        var access = "value." + p.Identifier;
        var helpers = CSharp.SoraJson;
        if (CSharp.IsNonNullable(p))
        {
            if (WriteCall(p.Type, name, access) is { } call)
            {
                w.Line(call);
                return;
            }

            w.Line($"writer.WritePropertyName({name});");
            EmitWriteValue(w, ns, p.Type, access);
            return;
        }

        // Optional: left out when null; nullable too: written as null.
        var method = p.Nullable ? "WriteOrNull" : "WriteIfSet";
        switch (p.Type.Kind)
        {
            case TypeKind.String when p.Nullable:
                // The writer writes a null string as null.
                w.Line($"writer.WriteString({name}, {access});");
                return;
            case TypeKind.Enum when p.Nullable:
                w.Line($"writer.WriteString({name}, {access}?.Value);");
                return;
            case TypeKind.Enum:
                w.Line($"{helpers}.WriteIfSet(writer, {name}, {access}?.Value);");
                return;
            case TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Number or TypeKind.Boolean or TypeKind.DateTime:
                w.Line($"{helpers}.{method}(writer, {name}, {access});");
                return;
            case TypeKind.Object or TypeKind.Array or TypeKind.Map:
                w.Line($"{helpers}.{method}(writer, {name}, {access}, {ValueWriter(ns, p.Type)});");
                return;
        }

        // A union holding a file has no JSON form: it travels as a multipart file part instead.
        var local = Local(p);
        var condition = p.Type.Kind == TypeKind.Union ? $"{access} is {{ }} {local} && {local}.HasJsonForm" : $"{access} is {{ }} {local}";
        w.Open($"if ({condition})");
        w.Line($"writer.WritePropertyName({name});");
        EmitWriteValue(w, ns, p.Type, local);
        w.Close();
        if (p.Nullable && p.Type.Kind != TypeKind.Union)
        {
            w.Line($"else writer.WriteNull({name});");
        }
    }

    /// <summary>The one writer call that writes a property with a value of a primitive type, if it is one.</summary>
    private static string? WriteCall(TypeRef type, string name, string value) => type.Kind switch
    {
        TypeKind.String or TypeKind.DateTime => $"writer.WriteString({name}, {value});",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Number => $"writer.WriteNumber({name}, {value});",
        TypeKind.Boolean => $"writer.WriteBoolean({name}, {value});",
        TypeKind.Enum => $"writer.WriteString({name}, {value}.Value);",
        _ => null,
    };

    /// <summary>A delegate that writes one value of <paramref name="type"/> (a method group where there is one), for the list, dictionary and property writers.</summary>
    private static string ValueWriter(string ns, TypeRef type)
    {
        var helpers = CSharp.SoraJson;
        return type.Kind switch
        {
            TypeKind.String => $"{helpers}.StringValue",
            TypeKind.Int32 => $"{helpers}.Int32Value",
            TypeKind.Int64 => $"{helpers}.Int64Value",
            TypeKind.Number => $"{helpers}.DoubleValue",
            TypeKind.Boolean => $"{helpers}.BooleanValue",
            TypeKind.DateTime => $"{helpers}.DateTimeValue",
            TypeKind.Enum => "static (w, v) => w.WriteStringValue(v.Value)",
            TypeKind.Union => $"{CSharp.TypeName(ns, type)}.Converter.WriteValue",
            TypeKind.Object => $"{CSharp.TypeName(ns, type)}.Converter.WriteObject",
            TypeKind.Array => $"static (w, v) => {helpers}.WriteList(w, v, {ValueWriter(ns, type.Item!)})",
            TypeKind.Map => $"static (w, v) => {helpers}.WriteMap(w, v, {ValueWriter(ns, type.Item!)})",
            _ => $"{helpers}.JsonValue",
        };
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
                w.Line($"{CSharp.SoraJson}.WriteMap(writer, {value}, {ValueWriter(ns, type.Item!)});");
                break;
            case TypeKind.Array:
                w.Line($"{CSharp.SoraJson}.WriteList(writer, {value}, {ValueWriter(ns, type.Item!)});");
                break;
            default:
                w.Line($"{value}.WriteTo(writer);");
                break;
        }
    }
}
