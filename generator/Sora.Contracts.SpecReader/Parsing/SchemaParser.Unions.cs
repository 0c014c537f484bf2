using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>Unions: the alternatives of a <c>oneOf</c>/<c>anyOf</c> and their discriminator.</summary>
internal sealed partial class SchemaParser
{
    /// <summary>
    /// Reads the alternatives of a <c>oneOf</c>/<c>anyOf</c>: a binary string (a file), a string, objects (by
    /// <c>$ref</c> or inline, named <c>{Name}Option{n}</c>); a <c>null</c> branch makes the property nullable. Another
    /// branch is reported at its line and left out.
    /// </summary>
    private UnionModel ReadUnion(string name, YamlMapping schema, string keyword, out bool nullable)
    {
        nullable = false;
        var description = ParseContext.Description(schema);
        if (schema[keyword] is not YamlSequence { Items.Count: > 0 } branches)
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema[keyword] ?? schema, $"The {keyword} of '{name}' must be a non-empty list of alternatives");
            return new UnionModel(name, description, false, EquatableArray<string>.Empty, false, null, EquatableArray<UnionCase>.Empty, EquatableArray<UnionRequirement>.Empty);
        }

        var hasFile = false;
        var hasText = false;
        var objects = new List<string>();
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < branches.Items.Count; i++)
        {
            var branch = branches.Items[i];
            if (branch is YamlMapping nullBranch && IsNullSchema(nullBranch))
            {
                nullable = true;
            }
            else if (branch is YamlMapping map && ParseContext.String(map, "$ref") is { } reference)
            {
                var target = ResolveReference(branch, reference);
                if (target is not null && _objectNodes.ContainsKey(target))
                {
                    // An alternative listed twice is still one alternative.
                    if (!objects.Contains(target))
                    {
                        objects.Add(target);
                    }

                    originals[target] = reference.Substring(reference.LastIndexOf('/') + 1);
                }
                else if (target is not null)
                {
                    _context.Report(SpecDiagnostics.UnsupportedSchema, branch, $"A {keyword} alternative of '{name}' must be an object schema, and '{target}' is not");
                }
            }
            else if (branch is YamlMapping file && ParseContext.String(file, "format") == "binary" && Types(file).SequenceEqual(new[] { "string" }))
            {
                hasFile = true;
            }
            else if (branch is YamlMapping text && Types(text).SequenceEqual(new[] { "string" }) && !hasText)
            {
                hasText = true;
            }
            else if (branch is YamlMapping inline && IsObjectSchema(inline) && (inline.ContainsKey("properties") || inline.ContainsKey("allOf")))
            {
                objects.Add(AddInlineObject(name + "Option" + (i + 1).ToString(CultureInfo.InvariantCulture), inline));
            }
            else
            {
                _context.Report(SpecDiagnostics.UnsupportedSchema, branch,
                    $"A {keyword} branch of '{name}' is not generated: each branch must be a file (binary string), a string, an object or null");
            }
        }

        var (discriminator, cases) = ReadDiscriminator(name, schema, objects, originals);
        var requirements = objects.Select(o => new UnionRequirement(o, RequiredOf(o).ToEquatableArray())).ToList();
        return new UnionModel(name, description, hasFile, objects.ToEquatableArray(), hasText, discriminator, cases.ToEquatableArray(), requirements.ToEquatableArray());
    }

    /// <summary>
    /// <c>discriminator</c>: its property and each value's alternative. An explicit <c>mapping</c> wins; otherwise an
    /// alternative is selected by the one value its discriminator property allows (<c>const</c> or a one-value enum),
    /// else by its schema name, as OpenAPI's implicit mapping says.
    /// </summary>
    private (string? Property, List<UnionCase> Cases) ReadDiscriminator(string name, YamlMapping schema, List<string> objects, Dictionary<string, string> originals)
    {
        var cases = new List<UnionCase>();
        if (ParseContext.Mapping(schema, "discriminator") is not { } discriminator)
        {
            return (null, cases);
        }

        if (ParseContext.String(discriminator, "propertyName") is not { } property)
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, discriminator, $"The discriminator of '{name}' needs a propertyName; alternatives are told apart by their required properties instead");
            return (null, cases);
        }

        if (ParseContext.Mapping(discriminator, "mapping") is { } mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                if (entry.Value is YamlScalar { IsNull: false } target
                    && ResolveReference(entry.Value, target.Value.StartsWith("#", StringComparison.Ordinal) ? target.Value : SchemaRefPrefix + target.Value) is { } alternative
                    && objects.Contains(alternative))
                {
                    cases.Add(new UnionCase(entry.Key.Value, alternative));
                }
                else
                {
                    _context.Report(SpecDiagnostics.UnsupportedSchema, entry.Value, $"The discriminator mapping '{entry.Key.Value}' of '{name}' must name one of its object alternatives; it is ignored");
                }
            }
        }

        foreach (var alternative in objects.Where(o => cases.All(c => c.Alternative != o)))
        {
            var value = DiscriminatorValue(alternative, property) ?? (originals.TryGetValue(alternative, out var original) ? original : null);
            if (value is not null && cases.All(c => c.Value != value))
            {
                cases.Add(new UnionCase(value, alternative));
            }
        }

        return (property, cases);
    }

    /// <summary>The one value an object's property may take (<c>const</c>, or an enum of one value), if it says so.</summary>
    private string? DiscriminatorValue(string objectName, string property)
    {
        var parts = new List<KeyValuePair<YamlScalar, YamlNode>>();
        CollectParts(objectName, _objectNodes[objectName], parts, new Dictionary<string, YamlNode>(StringComparer.Ordinal), new HashSet<YamlMapping>());
        if (parts.FirstOrDefault(p => p.Key.Value == property).Value is YamlMapping schema)
        {
            if (schema["const"] is YamlScalar { IsNull: false } constant)
            {
                return constant.Value;
            }

            if (schema["enum"] is YamlSequence { Items.Count: 1 } single && single.Items[0] is YamlScalar { IsNull: false } only)
            {
                return only.Value;
            }
        }

        return null;
    }

    private List<string> RequiredOf(string objectName)
    {
        var required = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        CollectParts(objectName, _objectNodes[objectName], new List<KeyValuePair<YamlScalar, YamlNode>>(), required, new HashSet<YamlMapping>());
        return required.Keys.ToList();
    }

    /// <summary>An inline <c>oneOf</c>/<c>anyOf</c> of several alternatives: a union type named from its place.</summary>
    private TypeRef InlineUnion(string place, YamlMapping schema, string keyword, out bool nullable)
    {
        if (_inlineNames.TryGetValue(schema.Location, out var existing) && _unions.ContainsKey(existing))
        {
            nullable = ParseContext.Sequence(schema, keyword)!.Items.Any(i => i is YamlMapping m && IsNullSchema(m));
            return new TypeRef(TypeKind.Union, existing, null, false, EquatableArray<string>.Empty, TextRules.None);
        }

        var name = UniqueTypeName(Naming.ToTypeName(place, "Schema"));
        _inlineNames[schema.Location] = name;
        _unions[name] = ReadUnion(name, schema, keyword, out nullable);
        return new TypeRef(TypeKind.Union, name, null, false, EquatableArray<string>.Empty, TextRules.None);
    }

    private TypeRef FileUnion(string place, YamlMapping schema)
    {
        if (!_inlineNames.TryGetValue(schema.Location, out var name))
        {
            name = UniqueTypeName(Naming.ToTypeName(place, "Schema"));
            _inlineNames[schema.Location] = name;
            _unions[name] = new UnionModel(name, ParseContext.Description(schema), true, EquatableArray<string>.Empty, false, null,
                EquatableArray<UnionCase>.Empty, EquatableArray<UnionRequirement>.Empty);
        }

        return new TypeRef(TypeKind.Union, name, null, false, EquatableArray<string>.Empty, TextRules.None);
    }

    /// <summary>A branch that makes an anyOf a union rather than a nullable or open value: a file or an object.</summary>
    private bool IsUnionBranch(YamlNode branch) => branch is YamlMapping map
        && ((ParseContext.String(map, "format") == "binary")
            || (ParseContext.String(map, "$ref") is { } reference && reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal)
                && _typeNames.TryGetValue(reference.Substring(SchemaRefPrefix.Length), out var name) && _objectNodes.ContainsKey(name))
            || (map["$ref"] is null && IsObjectSchema(map) && (map.ContainsKey("properties") || map.ContainsKey("allOf"))));
}
