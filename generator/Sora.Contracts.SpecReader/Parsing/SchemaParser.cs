using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>
/// Reads <c>components/schemas</c> and the schemas written in place: string enums (closed or open), objects (inline
/// ones named from their place, <c>allOf</c> parts merged) with their properties, <c>oneOf</c>/<c>anyOf</c> unions of a
/// file, a string and objects, and aliases (primitive, array and nullable schemas read where they are used). Anything
/// else is reported once, at its line, never skipped silently.
/// </summary>
internal sealed partial class SchemaParser
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    private readonly ParseContext _context;
    private readonly Dictionary<string, EnumModel> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlMapping> _objectNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnionModel> _unions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unsupported = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlMapping> _aliases = new(StringComparer.Ordinal);
    // Ignoring case: each type is a file whose hint name the compiler compares ignoring case (JobValue1 and Jobvalue1 clash).
    private readonly HashSet<string> _taken = new(SpecParser.GeneratedTypeNames, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<SpecLocation, string> _inlineNames = new();
    private readonly Queue<(string Name, YamlMapping Node)> _pending = new();
    private readonly HashSet<string> _resolvingAliases = new(StringComparer.Ordinal);

    public SchemaParser(ParseContext context) => _context = context;

    public IReadOnlyDictionary<string, EnumModel> Enums => _enums;

    public IReadOnlyDictionary<string, UnionModel> Unions => _unions;

    public IEnumerable<string> ObjectNames => _objectNodes.Keys;

    public bool IsObject(string name) => _objectNodes.ContainsKey(name);

    public void Classify(YamlMapping schemas)
    {
        var unionNodes = new List<(string Name, YamlMapping Node, string Keyword)>();
        foreach (var entry in schemas.Entries)
        {
            var original = entry.Key.Value;
            if (Array.IndexOf(SpecParser.GeneratedTypeNames, original) >= 0)
            {
                _context.Report(SpecDiagnostics.NameCollision, entry.Key,
                    $"The schema '{original}' clashes with a type the generator always emits ({string.Join(", ", SpecParser.GeneratedTypeNames)}); rename the schema");
                _unsupported.Add(original);
                continue;
            }

            // The C# name follows the schema name; two names that become the same one are told apart in document order.
            var name = UniqueTypeName(Naming.ToTypeName(original, "Schema"));
            _typeNames[original] = name;
            if (entry.Value is not YamlMapping schema)
            {
                _context.Report(SpecDiagnostics.UnsupportedSchema, entry.Value, $"The schema '{original}' must be a mapping");
                _unsupported.Add(original);
                continue;
            }

            if (TryReadEnum(name, schema) is { } enumModel)
            {
                _enums[name] = enumModel;
            }
            else if (schema.ContainsKey("oneOf") && !schema.ContainsKey("properties") && !Types(schema).Contains("object"))
            {
                unionNodes.Add((name, schema, "oneOf"));
            }
            else if (schema["anyOf"] is YamlSequence anyOf && !schema.ContainsKey("properties") && anyOf.Items.Count(b => !(b is YamlMapping m && IsNullSchema(m))) > 1)
            {
                unionNodes.Add((name, schema, "anyOf"));
            }
            else if (IsObjectSchema(schema) && (schema.ContainsKey("properties") || schema.ContainsKey("allOf") || schema["additionalProperties"] is not YamlMapping))
            {
                _objectNodes[name] = schema;
            }
            else
            {
                // A primitive, an array or a nullable wrapper: no type of its own, it is read where it is used.
                _aliases[name] = schema;
            }
        }

        // Unions refer to objects, so they are read once every schema is classified.
        // Known before any is read, so a union naming another union is told "not an object", not "dangling".
        foreach (var (name, node, _) in unionNodes)
        {
            _unions[name] = new UnionModel(name, null, false, EquatableArray<string>.Empty, false, null, EquatableArray<UnionCase>.Empty, EquatableArray<UnionRequirement>.Empty);
        }

        foreach (var (name, node, keyword) in unionNodes)
        {
            _unions[name] = ReadUnion(name, node, keyword, out _);
        }

        // An alias is read where it is used, but checked here once: a bad one is reported at its own line even if
        // nothing uses it, and a use of it is then reported as depending on it, not as the same problem again.
        foreach (var entry in schemas.Entries)
        {
            if (_typeNames.TryGetValue(entry.Key.Value, out var name) && _aliases.TryGetValue(name, out var alias)
                && ResolveType(entry.Key.Value, name, Effective(alias, out _), out _, out _) is null)
            {
                _aliases.Remove(name);
                _unsupported.Add(entry.Key.Value);
            }
        }
    }

    /// <summary>An inline object with properties of its own (or composed by allOf): a type of its own, named from its place.</summary>
    public static bool IsInlineObject(YamlMapping schema) =>
        schema["$ref"] is null && IsObjectSchema(schema) && (schema.ContainsKey("properties") || schema.ContainsKey("allOf"));

    /// <summary>An object: typed so, with properties, or an allOf that composes objects (not only if/then rules).</summary>
    private static bool IsObjectSchema(YamlMapping schema) =>
        Types(schema).Contains("object") || schema.ContainsKey("properties")
        || (schema["allOf"] is YamlSequence parts && parts.Items.Any(p => p is YamlMapping m && !m.ContainsKey("if")) && !schema.ContainsKey("anyOf") && !schema.ContainsKey("oneOf"));

    /// <summary>
    /// Names a generated type cannot take: a member it or the JSON context declares (a type may not share a member's
    /// name, CS0542; the context has a property per type, CS0108). Such a schema gets the <c>Schema</c> suffix.
    /// </summary>
    private static readonly HashSet<string> ReservedTypeNames = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals", "EqualityContract", "Deconstruct",
        "PrintMembers", "Options", "Default", "GetTypeInfo", "GeneratedSerializerOptions", "Value", "IsKnown", "KnownValues", "IsKnownValue",
        "IsTerminal", "MediaType", "Lifecycle", "Direction", "File", "IsFile", "Text", "Raw", "HasJsonForm", "FromFile", "FromText", "FromRaw",
        "AdditionalProperties", "MissingProperties", "Validate", "ValidateInto", "GetFiles", "WriteJson", "ReadObject", "WriteObject",
        "ReadValue", "WriteValue", "ReadMap", "Read", "Write",
    };

    private string UniqueTypeName(string name)
    {
        if (ReservedTypeNames.Contains(name))
        {
            name += "Schema";
        }

        var unique = name;
        for (var i = 2; _taken.Contains(unique); i++)
        {
            unique = name + i.ToString(CultureInfo.InvariantCulture);
        }

        _taken.Add(unique);
        return unique;
    }

    /// <summary>
    /// The C# name of the schema a <c>$ref</c> points at, or null (reported) when it points nowhere. A schema that
    /// exists but was not generated is reported here as what it is: the reference depends on it, it does not dangle.
    /// </summary>
    public string? ResolveReference(YamlNode at, string reference)
    {
        if (reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal))
        {
            var original = reference.Substring(SchemaRefPrefix.Length);
            if (_typeNames.TryGetValue(original, out var name) && (_enums.ContainsKey(name) || _objectNodes.ContainsKey(name) || _unions.ContainsKey(name)))
            {
                return name;
            }

            if (name is not null && _aliases.ContainsKey(name))
            {
                _context.Report(SpecDiagnostics.UnsupportedSchema, at, $"'{reference}' names a schema that is not an object, enum or union, which cannot be used here");
                return null;
            }

            if (_unsupported.Contains(original))
            {
                _context.Report(SpecDiagnostics.UnsupportedSchema, at, $"'{reference}' is left out: the schema '{original}' is not generated (see its own diagnostic)");
                return null;
            }
        }

        _context.Report(SpecDiagnostics.DanglingReference, at, reference);
        return null;
    }

    /// <summary>Whether a <c>$ref</c> names an alias: a schema with no type of its own (an operation's array response, say).</summary>
    public bool IsAlias(string reference) => AliasOf(reference) is not null;

    /// <summary>The schema a <c>$ref</c> names when it is an alias (a primitive, array or nullable schema read where it is used).</summary>
    private YamlMapping? AliasOf(string reference) =>
        reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal)
        && _typeNames.TryGetValue(reference.Substring(SchemaRefPrefix.Length), out var name)
        && _aliases.TryGetValue(name, out var alias)
            ? alias
            : null;

    private static List<string> Types(YamlMapping schema) => ParseContext.Types(schema);
}
