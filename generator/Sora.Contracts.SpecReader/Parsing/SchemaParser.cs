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
internal sealed class SchemaParser
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

    private EnumModel? TryReadEnum(string name, YamlMapping schema)
    {
        if (schema["enum"] is YamlSequence closed && !Types(schema).Any(t => t != "string"))
        {
            return BuildEnum(name, schema, closed, isOpen: false, TextRules.None);
        }

        // The open form OpenAI's own spec uses: anyOf: [{type: string}, {type: string, enum: [...]}].
        if (ParseContext.Sequence(schema, "anyOf") is { Items.Count: 2 } anyOf
            && anyOf.Items.OfType<YamlMapping>().Count() == 2)
        {
            var branches = anyOf.Items.Cast<YamlMapping>().ToList();
            var open = branches.FirstOrDefault(b => b["enum"] is null && Types(b).SequenceEqual(new[] { "string" }));
            var known = branches.FirstOrDefault(b => b["enum"] is YamlSequence && !Types(b).Any(t => t != "string"));
            if (open is not null && known is not null)
            {
                return BuildEnum(name, schema, (YamlSequence)known["enum"]!, isOpen: true, ReadOpenBranch(name, open));
            }
        }

        return null;
    }

    private static readonly string[] OpenBranchKeywords = { "type", "minLength", "maxLength", "pattern", "description", "title", "examples", "deprecated", "$comment" };

    /// <summary>
    /// The string keywords of an open enum's free branch: a value other than the known ones must meet them (anyOf: a
    /// known value is valid through the enum branch whatever they say). Any other keyword there is reported.
    /// </summary>
    private TextRules ReadOpenBranch(string name, YamlMapping branch)
    {
        foreach (var entry in branch.Entries.Where(e => Array.IndexOf(OpenBranchKeywords, e.Key.Value) < 0))
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, entry.Key,
                $"'{entry.Key.Value}' in the open branch of '{name}' is not generated: only minLength, maxLength and pattern constrain a value other than its known ones");
        }

        return ReadTextRules($"the open branch of '{name}'", branch);
    }

    private EnumModel BuildEnum(string name, YamlMapping schema, YamlSequence values, bool isOpen, TextRules openBranch)
    {
        var members = new List<EnumMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        var optional = new HashSet<string>(OptionalMembers(schema), StringComparer.Ordinal);
        foreach (var item in values.Items)
        {
            if (item is not YamlScalar scalar || scalar.IsNull)
            {
                _context.Report(SpecDiagnostics.UnsupportedSchema, item, $"The enum of '{name}' may hold only string values");
                continue;
            }

            if (!seen.Add(scalar.Value))
            {
                _context.Report(SpecDiagnostics.DuplicateEnumValue, item, scalar.Value, name);
                continue;
            }

            var identifier = Naming.EnumMember(name, scalar.Value);
            if (!identifiers.Add(identifier) || identifier == name || ReservedEnumMembers.Contains(identifier) || optional.Contains(identifier))
            {
                _context.Report(SpecDiagnostics.NameCollision, item,
                    $"The enum value '{scalar.Value}' of '{name}' would be named '{identifier}', which is already taken");
                continue;
            }

            members.Add(new EnumMember(scalar.Value, identifier));
        }

        var terminal = new List<string>();
        if (schema[Extensions.TerminalValues] is { } terminalNode)
        {
            if (terminalNode is YamlSequence terminalList)
            {
                foreach (var value in _context.Strings(terminalList, Extensions.TerminalValues))
                {
                    if (seen.Contains(value))
                    {
                        terminal.Add(value);
                    }
                    else
                    {
                        _context.Report(SpecDiagnostics.InvalidExtension, terminalNode, $"{Extensions.TerminalValues} of '{name}' lists '{value}', which is not one of its values");
                    }
                }
            }
            else
            {
                _context.Report(SpecDiagnostics.InvalidExtension, terminalNode, $"{Extensions.TerminalValues} of '{name}' must be a list of its values");
            }
        }

        var isInteger = members.Count > 0 && members.All(m => IsCanonicalInteger(m.Value));
        return new EnumModel(name, ParseContext.Description(schema), isOpen, isInteger, members.ToEquatableArray(), terminal.ToEquatableArray(),
            ReadEnumDefault(name, schema, members), ReadRoleSets(name, schema, seen, terminal), ReadMediaTypes(name, schema, seen), openBranch);
    }

    private string? ReadEnumDefault(string name, YamlMapping schema, List<EnumMember> members)
    {
        if (schema["default"] is not { } node)
        {
            return null;
        }

        var value = node is YamlScalar { IsNull: false } scalar ? scalar.Value : null;
        if (value is not null && members.Any(m => string.Equals(m.Value, value, StringComparison.Ordinal)))
        {
            return value;
        }

        _context.Report(SpecDiagnostics.InvalidDefault, node, value ?? "(not a string)", name, string.Join(", ", members.Select(m => m.Value)));
        return null;
    }

    // Roles let hand-written code (the client, the emulator) follow a job or sort a list without naming a value.
    private sealed record RoleDefinition(string Extension, string ClassName, string Summary, string[] Roles, string[] TerminalRoles);

    private static readonly RoleDefinition[] RoleDefinitions =
    {
        new(Extensions.Lifecycle, "Lifecycle", "The value that plays each role of a job's lifecycle.", new[] { "initial", "running", "success", "failure" }, new[] { "success", "failure" }),
        new(Extensions.Sort, "Direction", "The value that sorts each way.", new[] { "ascending", "descending" }, Array.Empty<string>()),
    };

    private EquatableArray<EnumRoleSet> ReadRoleSets(string name, YamlMapping schema, HashSet<string> values, List<string> terminal)
    {
        var sets = new List<EnumRoleSet>();
        foreach (var definition in RoleDefinitions)
        {
            if (schema[definition.Extension] is { } node && ReadRoles(name, definition, node, values, terminal) is { } roles)
            {
                sets.Add(new EnumRoleSet(definition.ClassName, definition.Summary, roles.ToEquatableArray()));
            }
        }

        return sets.ToEquatableArray();
    }

    // All roles or none: code that asks for a role must find it.
    private List<EnumRole>? ReadRoles(string name, RoleDefinition definition, YamlNode node, HashSet<string> values, List<string> terminal)
    {
        var extension = definition.Extension;
        if (node is not YamlMapping mapping)
        {
            _context.Report(SpecDiagnostics.InvalidExtension, node, $"{extension} of '{name}' must map the roles {string.Join(", ", definition.Roles)} to its values");
            return null;
        }

        var roles = new List<EnumRole>();
        var valid = true;
        foreach (var entry in mapping.Entries)
        {
            var role = entry.Key.Value;
            if (Array.IndexOf(definition.Roles, role) < 0)
            {
                _context.Report(SpecDiagnostics.InvalidExtension, entry.Key, $"{extension} of '{name}' has the role '{role}'; the roles are {string.Join(", ", definition.Roles)}");
                valid = false;
            }
            else if (entry.Value is not YamlScalar { IsNull: false } value || !values.Contains(value.Value))
            {
                _context.Report(SpecDiagnostics.InvalidExtension, entry.Value, $"{extension} of '{name}' gives the role '{role}' a value that is not one of its values");
                valid = false;
            }
            else if (Array.IndexOf(definition.TerminalRoles, role) >= 0 && terminal.Count > 0 && !terminal.Contains(value.Value))
            {
                _context.Report(SpecDiagnostics.InvalidExtension, entry.Value, $"{extension} of '{name}' gives the role '{role}' the value '{value.Value}', which is not in {Extensions.TerminalValues}");
                valid = false;
            }
            else
            {
                roles.Add(new EnumRole(Naming.ToPascalCase(role), value.Value));
            }
        }

        var missing = definition.Roles.Where(r => !mapping.Entries.Any(e => e.Key.Value == r)).ToList();
        if (missing.Count > 0 && valid)
        {
            _context.Report(SpecDiagnostics.InvalidExtension, node, $"{extension} of '{name}' lacks the role(s) {string.Join(", ", missing)}");
        }

        return valid && missing.Count == 0 ? roles : null;
    }

    private EquatableArray<EnumMediaType> ReadMediaTypes(string name, YamlMapping schema, HashSet<string> values)
    {
        var mediaTypes = new List<EnumMediaType>();
        if (schema[Extensions.MediaTypes] is not { } node)
        {
            return mediaTypes.ToEquatableArray();
        }

        if (node is not YamlMapping mapping)
        {
            _context.Report(SpecDiagnostics.InvalidExtension, node, $"{Extensions.MediaTypes} of '{name}' must map its values to media types");
            return mediaTypes.ToEquatableArray();
        }

        foreach (var entry in mapping.Entries)
        {
            if (!values.Contains(entry.Key.Value))
            {
                _context.Report(SpecDiagnostics.InvalidExtension, entry.Key, $"{Extensions.MediaTypes} of '{name}' names '{entry.Key.Value}', which is not one of its values");
            }
            else if (entry.Value is not YamlScalar { IsNull: false } mediaType || !IsMediaType(mediaType.Value))
            {
                _context.Report(SpecDiagnostics.InvalidExtension, entry.Value, $"{Extensions.MediaTypes} of '{name}' must give '{entry.Key.Value}' a media type such as video/mp4");
            }
            else
            {
                mediaTypes.Add(new EnumMediaType(entry.Key.Value, mediaType.Value));
            }
        }

        return mediaTypes.ToEquatableArray();
    }

    private static bool IsMediaType(string value)
    {
        var slash = value.IndexOf('/');
        return slash > 0 && slash < value.Length - 1 && value.IndexOf('/', slash + 1) < 0 && value.All(c => c > ' ' && c < (char)127);
    }

    private static readonly HashSet<string> ReservedEnumMembers = new(StringComparer.Ordinal)
    {
        "Value", "IsKnown", "KnownValues", "IsKnownValue", "Converter", "IsTerminal", "Equals", "GetHashCode", "ToString",
    };

    // Members the type gets only when its schema asks for them, so an enum value such as "default" stays usable elsewhere.
    private static IEnumerable<string> OptionalMembers(YamlMapping schema)
    {
        if (schema["default"] is not null)
        {
            yield return "Default";
        }

        foreach (var definition in RoleDefinitions)
        {
            if (schema[definition.Extension] is not null)
            {
                yield return definition.ClassName;
            }
        }

        if (schema[Extensions.MediaTypes] is not null)
        {
            yield return "MediaType";
        }
    }

    private static bool IsCanonicalInteger(string value) =>
        value.Length is > 0 and < 10 && value.All(c => c is >= '0' and <= '9') && (value == "0" || value[0] != '0');

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

    /// <summary>minimum, maximum, their exclusive forms and multipleOf, as written; what is not a finite number is reported and dropped.</summary>
    private NumberRules ReadNumberRules(string where, YamlMapping schema)
    {
        string? Read(string key, bool positive)
        {
            if (schema[key] is not { } node)
            {
                return null;
            }

            if (node is YamlScalar { IsNull: false, IsPlain: true } scalar
                && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && !double.IsInfinity(value) && !double.IsNaN(value) && (!positive || value > 0))
            {
                return scalar.Value;
            }

            _context.Report(SpecDiagnostics.UnsupportedSchema, node,
                $"'{key}' of '{where}' must be a {(positive ? "positive " : string.Empty)}number, not '{(node as YamlScalar)?.Value ?? "a mapping or list"}'; it is ignored");
            return null;
        }

        return new NumberRules(Read("minimum", false), Read("maximum", false), Read("exclusiveMinimum", false), Read("exclusiveMaximum", false), Read("multipleOf", true));
    }

    /// <summary>The default, when it is a valid value of the property's type and enum; otherwise reported and dropped.</summary>
    private string? ReadDefault(string where, YamlMapping schema, TypeRef type, List<string> inlineEnum)
    {
        if (schema["default"] is not { } node || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is not YamlScalar scalar || type.Kind is TypeKind.Object or TypeKind.Union or TypeKind.Array or TypeKind.Json or TypeKind.DateTime or TypeKind.Map)
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, node, $"The default of '{where}' is not generated: only defaults of strings, numbers, booleans and enums are");
            return null;
        }

        var value = scalar.Value;
        var allowed = type.Kind == TypeKind.Enum && !type.EnumIsOpen ? type.EnumValues.ToList() : inlineEnum;
        if (allowed.Count > 0 && !allowed.Contains(value))
        {
            _context.Report(SpecDiagnostics.InvalidDefault, node, value, where, string.Join(", ", allowed));
            return null;
        }

        var fits = type.Kind switch
        {
            TypeKind.Int32 => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            TypeKind.Int64 => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            TypeKind.Number => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsInfinity(number),
            TypeKind.Boolean => scalar.IsPlain && value is "true" or "false",
            _ => true,
        };
        if (!fits)
        {
            var expected = type.Kind switch { TypeKind.Boolean => "true or false", TypeKind.Number => "numbers", _ => "whole numbers" };
            _context.Report(SpecDiagnostics.InvalidDefault, node, value, where, expected);
            return null;
        }

        return value;
    }

    /// <summary>
    /// <c>minLength</c>, <c>maxLength</c> and <c>pattern</c>; a pattern is compiled as the generated code and the
    /// analyzer will run it (the rule kernel), and one that is not a regular expression is reported and dropped.
    /// </summary>
    private TextRules ReadTextRules(string where, YamlMapping schema)
    {
        var pattern = ParseContext.String(schema, "pattern");
        if (pattern is not null && !PatternRule.IsValid(pattern, out var patternError))
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema["pattern"], $"The pattern of {where} is not a regular expression the generated code can use: {patternError}");
            pattern = null;
        }

        return new TextRules(Integer(schema, "minLength"), Integer(schema, "maxLength"), pattern);
    }

    private int? Integer(YamlMapping schema, string key) => Long(schema, key) is { } value && value is >= 0 and <= int.MaxValue ? (int)value : null;

    private long? Long(YamlMapping schema, string key)
    {
        if (schema[key] is not YamlScalar scalar || scalar.IsNull)
        {
            return null;
        }

        if (long.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _context.Report(SpecDiagnostics.UnsupportedSchema, scalar, $"'{key}' must be an integer, not '{scalar.Value}'");
        return null;
    }

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

        _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
            $"'{where}' uses an anyOf shape that is not generated: supported are [$ref, 'null'], [$ref to an enum, string/integer] and [type, 'null']");
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

/// <summary>An object as read so far; rules, request-ness and provider values are added by later steps.</summary>
internal sealed record ObjectDraft(string Name, string? Description, YamlMapping Node, List<PropertyModel> Properties, List<ExclusiveGroupModel> Groups);
