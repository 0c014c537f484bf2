using System.Collections.Generic;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>
/// Rewrites an OpenAPI 3.0 document's schemas to what they mean in 3.1, in place and before anything else reads them,
/// so the rest of the reader knows one dialect. Each new node takes the location of the text it comes from.
/// <list type="bullet">
/// <item><c>nullable: true</c> adds <c>'null'</c> to <c>type</c>; beside <c>$ref</c> or a composition (no
/// <c>type</c>) the schema becomes <c>anyOf: [the schema, {type: 'null'}]</c>, its annotations kept outside.</item>
/// <item><c>exclusiveMinimum: true</c> with <c>minimum: x</c> becomes <c>exclusiveMinimum: x</c> (and the maximum
/// likewise); <c>false</c> is dropped.</item>
/// <item><c>example: v</c> becomes <c>examples: [v]</c> (documentation either way).</item>
/// </list>
/// What has no 3.1 meaning (a <c>nullable</c> or an exclusive bound that is not true or false, an exclusive bound
/// without its bound) is SORA109 at its line, and dropped.
/// </summary>
internal static class OpenApi30
{
    // Keywords whose values are schemas (one, a list, or a map of them), as far as 3.0 has them.
    private static readonly string[] OneSchema = { "items", "additionalProperties", "not" };
    private static readonly string[] SchemaLists = { "allOf", "anyOf", "oneOf" };
    private static readonly string[] SchemaMaps = { "properties" };

    // What stays on the outside when a nullable schema is wrapped in anyOf: what describes it, not what it accepts.
    private static readonly string[] Annotations = { "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "externalDocs", "xml" };

    public static void Normalize(ParseContext context, YamlMapping document)
    {
        var visited = new HashSet<YamlNode>();
        foreach (var schema in DocumentSchemas(document, visited))
        {
            Rewrite(context, schema);
        }
    }

    /// <summary>
    /// Every schema of the document: under a <c>schema</c> key wherever it is (parameters, media types, headers), in
    /// <c>components/schemas</c>, and inside those; never inside examples or vendor extensions, which are data.
    /// </summary>
    private static IEnumerable<YamlMapping> DocumentSchemas(YamlMapping document, HashSet<YamlNode> visited)
    {
        var pending = new Stack<(YamlNode Node, bool IsSchema)>();
        pending.Push((document, false));
        while (pending.Count > 0)
        {
            var (node, isSchema) = pending.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            if (node is YamlSequence list)
            {
                foreach (var item in list.Items)
                {
                    pending.Push((item, false));
                }

                continue;
            }

            if (node is not YamlMapping mapping)
            {
                continue;
            }

            if (isSchema)
            {
                yield return mapping;
                foreach (var child in SubSchemas(mapping))
                {
                    pending.Push((child, true));
                }

                continue;
            }

            foreach (var entry in mapping.Entries)
            {
                var key = entry.Key.Value;
                if (key is "example" or "examples" || key.StartsWith("x-", System.StringComparison.Ordinal))
                {
                    continue;
                }

                if (key == "schema")
                {
                    pending.Push((entry.Value, true));
                }
                else if (key == "schemas" && ReferenceEquals(mapping, ParseContext.Mapping(document, "components")) && entry.Value is YamlMapping named)
                {
                    foreach (var schema in named.Entries)
                    {
                        pending.Push((schema.Value, true));
                    }
                }
                else
                {
                    pending.Push((entry.Value, false));
                }
            }
        }
    }

    private static IEnumerable<YamlNode> SubSchemas(YamlMapping schema)
    {
        foreach (var key in OneSchema)
        {
            if (schema[key] is YamlMapping one)
            {
                yield return one;
            }
        }

        foreach (var key in SchemaLists)
        {
            if (schema[key] is YamlSequence list)
            {
                foreach (var item in list.Items)
                {
                    yield return item;
                }
            }
        }

        foreach (var key in SchemaMaps)
        {
            if (schema[key] is YamlMapping map)
            {
                foreach (var entry in map.Entries)
                {
                    yield return entry.Value;
                }
            }
        }
    }

    private static void Rewrite(ParseContext context, YamlMapping schema)
    {
        ExclusiveBound(context, schema, "exclusiveMinimum", "minimum");
        ExclusiveBound(context, schema, "exclusiveMaximum", "maximum");
        Example(schema);
        Nullable(context, schema);
    }

    private static void ExclusiveBound(ParseContext context, YamlMapping schema, string exclusive, string bound)
    {
        if (schema[exclusive] is not { } flag)
        {
            return;
        }

        var key = KeyOf(schema, exclusive);
        switch (Boolean(flag))
        {
            case true when schema[bound] is YamlScalar value:
                schema.Remove(bound);
                schema.Replace(exclusive, key, value);
                break;
            case true:
                context.Report(SpecDiagnostics.UnsupportedSchema, key, $"'{exclusive}: true' has no '{bound}' beside it, so it excludes nothing (OpenAPI 3.0); it is ignored");
                schema.Remove(exclusive);
                break;
            case false:
                schema.Remove(exclusive);
                break;
            default:
                context.Report(SpecDiagnostics.UnsupportedSchema, flag, $"In OpenAPI 3.0 '{exclusive}' is true or false beside '{bound}' (a number is OpenAPI 3.1's form); it is ignored");
                schema.Remove(exclusive);
                break;
        }
    }

    private static void Example(YamlMapping schema)
    {
        if (schema["example"] is not { } value)
        {
            return;
        }

        var key = KeyOf(schema, "example");
        if (schema.ContainsKey("examples"))
        {
            schema.Remove("example");
            return;
        }

        var examples = new YamlSequence(value.Location);
        examples.Items.Add(value);
        schema.Replace("example", new YamlScalar("examples", isPlain: true, key.Location), examples);
    }

    private static void Nullable(ParseContext context, YamlMapping schema)
    {
        if (schema["nullable"] is not { } flag)
        {
            return;
        }

        var key = KeyOf(schema, "nullable");
        var nullable = Boolean(flag);
        schema.Remove("nullable");
        if (nullable is null)
        {
            context.Report(SpecDiagnostics.UnsupportedSchema, flag, "'nullable' is true or false (OpenAPI 3.0); it is ignored");
            return;
        }

        if (nullable == false)
        {
            return;
        }

        var nullType = new YamlScalar("null", isPlain: false, key.Location);
        switch (schema["type"])
        {
            case YamlScalar type when !type.IsNull:
                var types = new YamlSequence(type.Location);
                types.Items.Add(type);
                types.Items.Add(nullType);
                schema.Replace("type", KeyOf(schema, "type"), types);
                return;
            case YamlSequence list:
                list.Items.Add(nullType);
                return;
        }

        if (!schema.ContainsKey("$ref") && !schema.ContainsKey("allOf") && !schema.ContainsKey("anyOf") && !schema.ContainsKey("oneOf") && !schema.ContainsKey("enum"))
        {
            // No type and nothing that narrows it: any value already, null included.
            return;
        }

        // anyOf: [the schema without its annotations, {type: 'null'}], the annotations left where they were.
        var accepted = new YamlMapping(schema.Location);
        foreach (var entry in schema.Entries.ToArray())
        {
            if (System.Array.IndexOf(Annotations, entry.Key.Value) < 0 && !entry.Key.Value.StartsWith("x-", System.StringComparison.Ordinal))
            {
                accepted.TryAdd(entry.Key, entry.Value);
                schema.Remove(entry.Key.Value);
            }
        }

        var nullBranch = new YamlMapping(key.Location);
        nullBranch.TryAdd(new YamlScalar("type", isPlain: true, key.Location), nullType);
        var branches = new YamlSequence(key.Location);
        branches.Items.Add(accepted);
        branches.Items.Add(nullBranch);
        schema.Replace("anyOf", new YamlScalar("anyOf", isPlain: true, key.Location), branches);
    }

    /// <summary>True or false for a plain <c>true</c>/<c>false</c>; null for anything else.</summary>
    private static bool? Boolean(YamlNode node) => node is YamlScalar { IsPlain: true } scalar
        ? scalar.Value switch { "true" => true, "false" => false, _ => null }
        : null;

    private static YamlScalar KeyOf(YamlMapping mapping, string key) => mapping.Entries.Find(e => e.Key.Value == key).Key;
}
