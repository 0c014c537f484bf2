using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>Objects: their properties merged through <c>allOf</c>, inline objects named from their place, exclusive groups.</summary>
internal sealed partial class SchemaParser
{
    /// <summary>Reads the objects once every schema is classified, so references resolve in any order; inline objects found on the way are read after.</summary>
    public List<ObjectDraft> ReadObjects()
    {
        var drafts = new List<ObjectDraft>();
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in _objectNodes.ToList())
        {
            read.Add(pair.Key);
            drafts.Add(ReadObject(pair.Key, pair.Value));
        }

        while (_pending.Count > 0)
        {
            var (name, node) = _pending.Dequeue();
            if (read.Add(name))
            {
                drafts.Add(ReadObject(name, node));
            }
        }

        return drafts;
    }

    /// <summary>
    /// Names an inline object schema from its place (<c>CreateVideoRequest</c> + <c>metadata</c> →
    /// <c>CreateVideoRequestMetadata</c>) and queues it to be read as an object of its own. The same node (a YAML
    /// alias) gets one type.
    /// </summary>
    public string AddInlineObject(string name, YamlMapping schema)
    {
        if (_inlineNames.TryGetValue(schema.Location, out var existing))
        {
            return existing;
        }

        var unique = UniqueTypeName(Naming.ToTypeName(name, "Schema"));
        _inlineNames[schema.Location] = unique;
        _objectNodes[unique] = schema;
        _pending.Enqueue((unique, schema));
        return unique;
    }

    private ObjectDraft ReadObject(string name, YamlMapping schema)
    {
        var parts = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var required = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        CollectParts(name, schema, parts, required, new HashSet<YamlMapping>());

        var properties = new List<PropertyModel>();
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        var declared = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var entry in parts)
        {
            if (declared.TryGetValue(entry.Key.Value, out var first))
            {
                if (!SameSchema(first, entry.Value))
                {
                    _context.Report(SpecDiagnostics.UnsupportedSchema, entry.Key,
                        $"The property '{entry.Key.Value}' of '{name}' is defined differently by two parts of its allOf; the first definition is kept");
                }

                continue;
            }

            declared[entry.Key.Value] = entry.Value;
            if (ReadProperty(name, entry.Key, entry.Value, required.ContainsKey(entry.Key.Value)) is not { } property)
            {
                continue;
            }

            // A member may not share its type's name (CS0542) or a member the generator adds; a clash is renamed, not dropped.
            var identifier = property.Identifier;
            if (identifier == name || ReservedObjectMembers.Contains(identifier) || identifiers.Contains(identifier))
            {
                var renamed = identifier + "Value";
                for (var i = 2; identifiers.Contains(renamed) || renamed == name || ReservedObjectMembers.Contains(renamed); i++)
                {
                    renamed = identifier + i.ToString(CultureInfo.InvariantCulture);
                }

                identifier = renamed;
            }

            identifiers.Add(identifier);

            // An object that requires another of itself can only ever end in a null: its C# type must let it (the
            // compiler's nullable analysis rejects a non-nullable self reference), and Validate() still requires it.
            var selfRequired = property.Required && property.Type.Kind == TypeKind.Object && property.Type.Name == name;
            properties.Add(property with { Identifier = identifier, Nullable = property.Nullable || selfRequired });
        }

        // Each defaulted property also gets a static Default{Name}; a property already called that is renamed.
        foreach (var defaulted in properties.Where(p => p.Default is not null).ToList())
        {
            var defaultName = "Default" + defaulted.Identifier.TrimStart('@');
            var index = properties.FindIndex(p => p.Identifier == defaultName);
            if (index >= 0)
            {
                var renamed = defaultName + "Value";
                if (identifiers.Contains(renamed))
                {
                    _context.Report(SpecDiagnostics.NameCollision, schema, $"The property '{properties[index].JsonName}' of '{name}' would be named '{defaultName}', which the default of '{defaulted.JsonName}' takes");
                    properties.RemoveAt(index);
                    continue;
                }

                identifiers.Add(renamed);
                properties[index] = properties[index] with { Identifier = renamed };
            }
        }

        // A required property that is declared but could not be generated has its own diagnostic already.
        foreach (var missing in required.Where(r => !declared.ContainsKey(r.Key)))
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, missing.Value,
                $"'{name}' requires '{missing.Key}', which is not one of its properties");
        }

        var groups = ReadExclusiveGroups(name, schema, properties);
        return new ObjectDraft(name, ParseContext.Description(schema), schema, properties, groups);
    }

    /// <summary>
    /// The properties and required names of an object and of every object its <c>allOf</c> composes (by <c>$ref</c> or
    /// inline), in document order. Its <c>if</c>/<c>then</c> rules are the rule parser's.
    /// </summary>
    private void CollectParts(string name, YamlMapping schema, List<KeyValuePair<YamlScalar, YamlNode>> parts, Dictionary<string, YamlNode> required, HashSet<YamlMapping> visited)
    {
        if (!visited.Add(schema))
        {
            return;
        }

        if (schema["required"] is YamlSequence requiredList)
        {
            foreach (var item in requiredList.Items)
            {
                if (item is YamlScalar { IsNull: false } scalar)
                {
                    if (!required.ContainsKey(scalar.Value))
                    {
                        required[scalar.Value] = item;
                    }
                }
                else
                {
                    _context.Report(SpecDiagnostics.UnsupportedSchema, item, $"required of '{name}' must list plain values only");
                }
            }
        }

        if (ParseContext.Mapping(schema, "properties") is { } propertyMap)
        {
            parts.AddRange(propertyMap.Entries);
        }

        if (schema["allOf"] is not YamlSequence allOf)
        {
            return;
        }

        foreach (var item in allOf.Items)
        {
            if (item is not YamlMapping part || part.ContainsKey("if"))
            {
                continue;
            }

            if (ParseContext.String(part, "$ref") is { } reference)
            {
                var original = reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal) ? reference.Substring(SchemaRefPrefix.Length) : reference;
                if (_typeNames.TryGetValue(original, out var target) && _objectNodes.TryGetValue(target, out var node))
                {
                    CollectParts(name, node, parts, required, visited);
                }
                else if (ResolveReference(part, reference) is { } other)
                {
                    _context.Report(SpecDiagnostics.UnsupportedSchema, part, $"An allOf part of '{name}' must be an object schema, and '{other}' is not; it is left out");
                }
            }
            else
            {
                CollectParts(name, part, parts, required, visited);
            }
        }
    }

    /// <summary>Whether two schema nodes say the same (two allOf parts may repeat a property, as long as they agree).</summary>
    public static bool SameSchema(YamlNode a, YamlNode b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (YamlScalar x, YamlScalar y) => x.Value == y.Value && x.IsNull == y.IsNull,
        (YamlSequence x, YamlSequence y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items, SameSchema).All(same => same),
        (YamlMapping x, YamlMapping y) => x.Entries.Count == y.Entries.Count && x.Entries.All(e => y[e.Key.Value] is { } other && SameSchema(e.Value, other)),
        _ => false,
    };

    private static readonly HashSet<string> ReservedObjectMembers = new(StringComparer.Ordinal)
    {
        "AdditionalProperties", "MissingProperties", "Validate", "Builder", "Converter", "GetFiles", "WriteJson", "EqualityContract", "Equals", "GetHashCode", "ToString",
    };

    private List<ExclusiveGroupModel> ReadExclusiveGroups(string name, YamlMapping schema, List<PropertyModel> properties)
    {
        var groups = new List<ExclusiveGroupModel>();
        if (schema["oneOf"] is not { } oneOf)
        {
            return groups;
        }

        var names = new List<string>();
        foreach (var branch in (oneOf as YamlSequence)?.Items ?? new List<YamlNode>())
        {
            // Supported: a branch that only says which property it requires (optionally repeating that property).
            if (branch is YamlMapping map
                && map.Entries.All(e => e.Key.Value is "required" or "properties" or "description" or "title")
                && ParseContext.Sequence(map, "required") is { Items.Count: 1 } req
                && req.Items[0] is YamlScalar only
                && properties.Any(p => p.JsonName == only.Value))
            {
                names.Add(only.Value);
            }
            else
            {
                _context.Report(SpecDiagnostics.UnsupportedSchema, branch,
                    $"The oneOf of '{name}' is not generated: each branch must only require one of its properties");
                return groups;
            }
        }

        if (names.Count > 1)
        {
            groups.Add(new ExclusiveGroupModel(names.ToEquatableArray()));
        }

        return groups;
    }
}
