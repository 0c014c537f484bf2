using System;
using System.Collections.Generic;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>Properties: the schema a property really has through its wrappers, and its default.</summary>
internal sealed partial class SchemaParser
{
    private PropertyModel? ReadProperty(string owner, YamlScalar key, YamlNode node, bool required)
    {
        var jsonName = key.Value;
        if (node is not YamlMapping declared)
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, node, $"The property '{jsonName}' of '{owner}' must be a schema mapping");
            return null;
        }

        var schema = Effective(declared, out var wrappedNullable);
        var where = $"{owner}.{jsonName}";
        var type = ResolveType(where, owner + Naming.ToTypeName(jsonName, "P"), schema, out var nullable, out var acceptsAny);
        if (type is null)
        {
            return null;
        }

        var inlineEnum = new List<string>();
        if (ParseContext.Sequence(schema, "enum") is { } enumList && type.Kind == TypeKind.String)
        {
            inlineEnum.AddRange(_context.Strings(enumList, $"enum of '{where}'"));
        }
        else if (schema["const"] is YamlScalar { IsNull: false } constant && type.Kind == TypeKind.String)
        {
            // const is the one-value enum: the same check, the same message.
            inlineEnum.Add(constant.Value);
        }

        var defaultValue = ReadDefault(where, schema, type, inlineEnum);
        var text = ReadTextRules($"'{where}'", schema);
        if (type.Kind == TypeKind.Enum && !text.IsEmpty)
        {
            // Beside a $ref they would apply to the known values too, which an enum's own rules never do.
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
                $"'{where}' puts minLength, maxLength or pattern beside a $ref to the enum '{type.Name}', which is not generated; put them in the enum's open branch ({{type: string}})");
            text = TextRules.None;
        }

        var numbers = type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Number ? ReadNumberRules(where, schema) : NumberRules.None;
        if (schema["const"] is { } constNode && type.Kind != TypeKind.String)
        {
            if (type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Number && ReadNumberRules(where, Const(schema, constNode)) is { Minimum: { } exact })
            {
                // A number's const is the bound it is on both sides.
                numbers = numbers with { Minimum = exact, Maximum = exact };
            }
            else
            {
                _context.Report(SpecDiagnostics.UnsupportedSchema, constNode, $"The const of '{where}' is not checked: only string and number consts are");
            }
        }
        return new PropertyModel(
            jsonName,
            Naming.ToMemberName(jsonName),
            type,
            required,
            nullable || wrappedNullable,
            acceptsAny,
            defaultValue,
            ParseContext.Description(declared) ?? ParseContext.Description(schema),
            text,
            numbers,
            inlineEnum.ToEquatableArray(),
            ParseContext.String(schema, Extensions.ImageDimensions),
            EquatableArray<string>.Empty);
    }

    private static YamlMapping Const(YamlMapping schema, YamlNode value)
    {
        var bound = new YamlMapping(schema.Location);
        bound.TryAdd(new YamlScalar("minimum", true, value.Location), value);
        return bound;
    }

    private static readonly string[] Annotations = { "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "example", "$comment", Extensions.ImageDimensions };

    /// <summary>
    /// The schema a property really has, through what only wraps it: <c>anyOf</c>/<c>oneOf</c> of X and <c>null</c>
    /// (X, nullable, every constraint of X kept), an <c>allOf</c> of one schema, and a <c>$ref</c> to a primitive or
    /// array schema (read here as if written in place). The outer annotations (description, default) win.
    /// </summary>
    private YamlMapping Effective(YamlMapping schema, out bool nullable)
    {
        nullable = false;
        for (var depth = 0; depth < 64; depth++)
        {
            YamlMapping? inner = null;
            string? wrapper = null;
            foreach (var keyword in new[] { "anyOf", "oneOf" })
            {
                if (ParseContext.Sequence(schema, keyword) is { } list && list.Items.All(i => i is YamlMapping))
                {
                    var branches = list.Items.Cast<YamlMapping>().ToList();
                    var others = branches.Where(b => !IsNullSchema(b)).ToList();
                    if (others.Count == 1 && others.Count < branches.Count)
                    {
                        nullable = true;
                        inner = others[0];
                        wrapper = keyword;
                    }
                }
            }

            if (inner is null && ParseContext.Sequence(schema, "allOf") is { Items.Count: 1 } single && single.Items[0] is YamlMapping only
                && !only.ContainsKey("if") && !schema.ContainsKey("properties"))
            {
                inner = only;
                wrapper = "allOf";
            }

            if (inner is null && ParseContext.String(schema, "$ref") is { } reference && AliasOf(reference) is { } alias)
            {
                var name = reference.Substring(SchemaRefPrefix.Length);
                if (!_resolvingAliases.Add(name))
                {
                    break;
                }

                inner = alias;
                wrapper = "$ref";
            }

            if (inner is null)
            {
                break;
            }

            schema = Merge(inner, schema, wrapper!);
        }

        _resolvingAliases.Clear();
        if (ParseContext.Types(schema) is { Count: > 1 } types && types.Contains("null"))
        {
            nullable = true;
        }

        return schema;
    }

    private static bool IsNullSchema(YamlMapping schema) =>
        ParseContext.Types(schema) is { Count: 1 } types && types[0] == "null" && schema.Entries.All(e => e.Key.Value is "type" or "description" or "title");

    /// <summary>The inner schema's keywords with the outer one's annotations over them, the wrapping keyword dropped.</summary>
    private static YamlMapping Merge(YamlMapping inner, YamlMapping outer, string wrapper)
    {
        var merged = new YamlMapping(inner.Location);
        foreach (var entry in outer.Entries.Where(e => Array.IndexOf(Annotations, e.Key.Value) >= 0))
        {
            merged.TryAdd(entry.Key, entry.Value);
        }

        foreach (var entry in inner.Entries)
        {
            merged.TryAdd(entry.Key, entry.Value);
        }

        foreach (var entry in outer.Entries.Where(e => e.Key.Value != wrapper))
        {
            merged.TryAdd(entry.Key, entry.Value);
        }

        return merged;
    }
}
