using System;
using System.Collections.Generic;
using System.Linq;
using Sora.Contracts.RuleKernel;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>Property types: a property schema mapped to a C# type, through <c>$ref</c>, <c>anyOf</c> and arrays.</summary>
internal sealed partial class SchemaParser
{
    /// <summary>
    /// Maps a property schema to a C# type. Null (reported) when the shape is not supported. An inline object becomes
    /// a type named <paramref name="place"/> (its owner and property, <c>Item</c> for array items).
    /// </summary>
    private TypeRef? ResolveType(string where, string place, YamlMapping schema, out bool nullable, out bool acceptsAny)
    {
        nullable = false;
        acceptsAny = false;
        if (ParseContext.String(schema, "$ref") is { } reference)
        {
            return ReferenceType(schema, reference);
        }

        if (ParseContext.Sequence(schema, "anyOf") is { } anyOf)
        {
            return ResolveAnyOf(where, place, schema, anyOf, out nullable, out acceptsAny);
        }

        if (IsObjectSchema(schema))
        {
            nullable = Types(schema).Contains("null");
            if (!schema.ContainsKey("properties") && !schema.ContainsKey("allOf"))
            {
                if (ParseContext.Mapping(schema, "additionalProperties") is { } values)
                {
                    // A dictionary: every value is of one schema, and validated as such.
                    var value = ResolveType(where + "{}", place + "Value", Effective(values, out _), out _, out _);
                    return value is null ? null : new TypeRef(TypeKind.Map, null, value, false, EquatableArray<string>.Empty, TextRules.None);
                }

                // A free-form object: whatever JSON object the other side sends, kept as it came.
                return Primitive(TypeKind.Json);
            }

            return new TypeRef(TypeKind.Object, AddInlineObject(place, schema), null, false, EquatableArray<string>.Empty, TextRules.None);
        }

        if (ParseContext.Sequence(schema, "oneOf") is not null)
        {
            return InlineUnion(place, schema, "oneOf", out nullable);
        }

        if (schema.ContainsKey("oneOf") || schema.ContainsKey("allOf"))
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
                $"'{where}' uses an inline oneOf/allOf of this shape, which is not generated; give it a named schema in components/schemas and $ref it");
            return null;
        }

        var types = Types(schema);
        nullable = types.Remove("null");
        if (types.Count == 0 && ConstType(schema) is { } implied)
        {
            types.Add(implied);
        }

        if (types.Count == 0 && schema.Entries.All(e => Array.IndexOf(Annotations, e.Key.Value) >= 0))
        {
            // {} (or only a description): any JSON value.
            return Primitive(TypeKind.Json);
        }

        if (types.Count != 1)
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
                $"'{where}' must have one type (optionally with 'null'); found {(types.Count == 0 ? "none" : string.Join(", ", types))}");
            return null;
        }

        switch (types[0])
        {
            case "string" when ParseContext.String(schema, "format") == "binary":
                // A file: the upload type, which makes its request go out as multipart/form-data.
                return FileUnion(place, schema);
            case "string" when ParseContext.String(schema, "format") == "date-time":
                return Primitive(TypeKind.DateTime);
            case "string":
                // Other formats (uri among them: what gateways send as a URI is not always a valid System.Uri) stay strings.
                return Primitive(TypeKind.String);
            case "integer":
                return Primitive(ParseContext.String(schema, "format") == "int32" ? TypeKind.Int32 : TypeKind.Int64);
            case "number":
                return Primitive(TypeKind.Number);
            case "boolean":
                return Primitive(TypeKind.Boolean);
            case "array" when ParseContext.Mapping(schema, "items") is { } items:
                var item = ResolveType(where + "[]", place + "Item", Effective(items, out _), out _, out _);
                return item is null ? null : new TypeRef(TypeKind.Array, null, item, false, EquatableArray<string>.Empty, TextRules.None);
            case "array":
                // No items: a list of any JSON values.
                return new TypeRef(TypeKind.Array, null, Primitive(TypeKind.Json), false, EquatableArray<string>.Empty, TextRules.None);
            default:
                _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
                    $"'{where}' has type '{types[0]}', which is not a JSON Schema type");
                return null;
        }
    }

    /// <summary>
    /// The JSON type a <c>const</c> without <c>type</c> implies (JSON Schema needs no <c>type</c> beside it, and
    /// specs often leave it out of a discriminator such as <c>kind: {const: cat}</c>): a quoted scalar is a string, a
    /// plain one a boolean (<c>true</c>, <c>false</c>, as defaults are read), integer or number when it reads as one, else a string. Null for no
    /// <c>const</c>, a null one or one that is not a scalar, which stay unsupported and reported.
    /// </summary>
    private static string? ConstType(YamlMapping schema)
    {
        if (schema["const"] is not YamlScalar { IsNull: false } constant)
        {
            return null;
        }

        var value = constant.Value;
        if (!constant.IsPlain)
        {
            return "string";
        }

        if (value is "true" or "false")
        {
            return "boolean";
        }

        if (long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return "integer";
        }

        return NumberRule.TryRead(value, out _) ? "number" : "string";
    }

    private TypeRef? ResolveAnyOf(string where, string place, YamlMapping schema, YamlSequence anyOf, out bool nullable, out bool acceptsAny)
    {
        nullable = false;
        acceptsAny = false;
        if (anyOf.Items.Any(IsUnionBranch))
        {
            return InlineUnion(place, schema, "anyOf", out nullable);
        }

        TypeRef? chosen = null;
        var primitives = new List<string>();
        foreach (var branch in anyOf.Items)
        {
            if (branch is not YamlMapping map)
            {
                chosen = null;
                primitives.Add("?");
                break;
            }

            if (ParseContext.String(map, "$ref") is { } reference && chosen is null)
            {
                chosen = ReferenceType(map, reference);
                if (chosen is null)
                {
                    return null;
                }
            }
            else if (Types(map) is { Count: 1 } single && map["enum"] is null && map["format"] is null)
            {
                primitives.Add(single[0]);
            }
            else
            {
                primitives.Add("?");
            }
        }

        nullable = primitives.Remove("null");

        // [$ref enum, {type: string}, {type: integer}]: keep whatever the server sends as the enum's open value.
        if (chosen is { Kind: TypeKind.Enum } && primitives.All(p => p is "string" or "integer"))
        {
            acceptsAny = primitives.Count > 0;
            return chosen;
        }

        if (chosen is not null && primitives.Count == 0)
        {
            return chosen;
        }

        if (chosen is null && primitives.Count == 1 && primitives[0] != "?")
        {
            var copy = new YamlMapping(schema.Location);
            copy.TryAdd(new YamlScalar("type", true, schema.Location), new YamlScalar(primitives[0], true, schema.Location));
            return ResolveType(where, place, copy, out _, out _);
        }

        // [{type: string}, {type: array}, ...]: one of several JSON types (FastAPI's detail); kept as the JSON value that came.
        if (chosen is null && primitives.Count > 1 && !primitives.Contains("?") && primitives.Distinct(StringComparer.Ordinal).Count() == primitives.Count)
        {
            return Primitive(TypeKind.Json);
        }

        _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
            $"'{where}' uses an anyOf shape that is not generated: supported are [$ref, 'null'], [$ref to an enum, string/integer], [type, 'null'] and distinct plain types");
        return null;
    }

    private TypeRef? ReferenceType(YamlMapping at, string reference)
    {
        if (ResolveReference(at, reference) is not { } target)
        {
            return null;
        }

        if (_enums.TryGetValue(target, out var enumModel))
        {
            return new TypeRef(TypeKind.Enum, target, null, enumModel.IsOpen, enumModel.Members.Select(m => m.Value).ToEquatableArray(), enumModel.OpenBranch);
        }

        return new TypeRef(_unions.ContainsKey(target) ? TypeKind.Union : TypeKind.Object, target, null, false, EquatableArray<string>.Empty, TextRules.None);
    }

    private static TypeRef Primitive(TypeKind kind) => new(kind, null, null, false, EquatableArray<string>.Empty, TextRules.None);
}
