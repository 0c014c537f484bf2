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
/// Reads <c>components/schemas</c>: string enums (closed or open), objects with their properties and cross-field
/// rules, and <c>oneOf</c> unions of an uploaded file and objects. Anything else is reported, never skipped silently.
/// </summary>
internal sealed class SchemaParser
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    private readonly ParseContext _context;
    private readonly Dictionary<string, EnumModel> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlMapping> _objectNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnionModel> _unions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unsupported = new(StringComparer.Ordinal);

    public SchemaParser(ParseContext context) => _context = context;

    public IReadOnlyDictionary<string, EnumModel> Enums => _enums;

    public IReadOnlyDictionary<string, UnionModel> Unions => _unions;

    public IEnumerable<string> ObjectNames => _objectNodes.Keys;

    public bool IsObject(string name) => _objectNodes.ContainsKey(name);

    public void Classify(YamlMapping schemas)
    {
        var unionNodes = new List<(string Name, YamlMapping Node)>();
        foreach (var entry in schemas.Entries)
        {
            var name = entry.Key.Value;
            if (!Naming.IsValidTypeName(name))
            {
                _context.Report(SpecDiagnostics.NameCollision, entry.Key, $"The schema name '{name}' is not a valid C# type name; rename it (letters, digits and '_', not starting with a digit)");
                _unsupported.Add(name);
                continue;
            }

            if (Array.IndexOf(SpecParser.GeneratedTypeNames, name) >= 0)
            {
                _context.Report(SpecDiagnostics.NameCollision, entry.Key,
                    $"The schema '{name}' clashes with a type the generator always emits ({string.Join(", ", SpecParser.GeneratedTypeNames)}); rename the schema");
                _unsupported.Add(name);
                continue;
            }

            if (entry.Value is not YamlMapping schema)
            {
                _context.Report(SpecDiagnostics.UnsupportedSchema, entry.Value, $"The schema '{name}' must be a mapping");
                _unsupported.Add(name);
                continue;
            }

            if (TryReadEnum(name, schema) is { } enumModel)
            {
                _enums[name] = enumModel;
            }
            else if (schema.ContainsKey("oneOf") && !schema.ContainsKey("properties") && !Types(schema).Contains("object"))
            {
                unionNodes.Add((name, schema));
            }
            else if (Types(schema).Contains("object") || schema.ContainsKey("properties"))
            {
                _objectNodes[name] = schema;
            }
            else
            {
                _context.Report(SpecDiagnostics.UnsupportedSchema, entry.Key,
                    $"The schema '{name}' is not generated: only string enums, objects and oneOf unions of a file and objects are supported");
                _unsupported.Add(name);
            }
        }

        // Unions refer to objects, so they are read once every schema is classified.
        foreach (var (name, node) in unionNodes)
        {
            _unions[name] = ReadUnion(name, node);
        }
    }

    /// <summary>Reads the objects once every schema is classified, so references resolve in any order.</summary>
    public List<ObjectDraft> ReadObjects()
    {
        var drafts = new List<ObjectDraft>();
        foreach (var pair in _objectNodes)
        {
            drafts.Add(ReadObject(pair.Key, pair.Value));
        }

        return drafts;
    }

    /// <summary>The schema name a <c>$ref</c> points at, or null (reported) when it points nowhere.</summary>
    public string? ResolveReference(YamlNode at, string reference)
    {
        if (reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal))
        {
            var name = reference.Substring(SchemaRefPrefix.Length);
            if (_enums.ContainsKey(name) || _objectNodes.ContainsKey(name) || _unions.ContainsKey(name))
            {
                return name;
            }

            if (_unsupported.Contains(name))
            {
                return null;
            }
        }

        _context.Report(SpecDiagnostics.DanglingReference, at, reference);
        return null;
    }

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
        return new EnumModel(name, ParseContext.String(schema, "description"), isOpen, isInteger, members.ToEquatableArray(), terminal.ToEquatableArray(),
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

    private UnionModel ReadUnion(string name, YamlMapping schema)
    {
        var hasFile = false;
        var objects = new List<string>();
        if (schema["oneOf"] is not YamlSequence { Items.Count: > 0 } branches)
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema["oneOf"] ?? schema, $"The oneOf of '{name}' must be a non-empty list of alternatives");
            return new UnionModel(name, ParseContext.String(schema, "description"), false, EquatableArray<string>.Empty);
        }

        foreach (var branch in branches.Items)
        {
            if (branch is YamlMapping map && ParseContext.String(map, "$ref") is { } reference)
            {
                var target = ResolveReference(branch, reference);
                if (target is not null && _objectNodes.ContainsKey(target))
                {
                    objects.Add(target);
                }
                else if (target is not null)
                {
                    _context.Report(SpecDiagnostics.UnsupportedSchema, branch, $"A oneOf alternative of '{name}' must be an object schema, and '{target}' is not");
                }
            }
            else if (branch is YamlMapping file && ParseContext.String(file, "format") == "binary" && Types(file).SequenceEqual(new[] { "string" }))
            {
                hasFile = true;
            }
            else
            {
                _context.Report(SpecDiagnostics.UnsupportedSchema, branch,
                    $"A oneOf branch of '{name}' is not generated: each branch must be a binary string (a file) or a $ref to an object schema");
            }
        }

        if (objects.Count > 1)
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
                $"'{name}' has {objects.Count.ToString(CultureInfo.InvariantCulture)} object alternatives; only one (besides a file) can be told apart when reading JSON");
            objects.RemoveRange(1, objects.Count - 1);
        }

        return new UnionModel(name, ParseContext.String(schema, "description"), hasFile, objects.ToEquatableArray());
    }

    private ObjectDraft ReadObject(string name, YamlMapping schema)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (ParseContext.Sequence(schema, "required") is { } requiredList)
        {
            foreach (var value in _context.Strings(requiredList, $"required of '{name}'"))
            {
                required.Add(value);
            }
        }

        var properties = new List<PropertyModel>();
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        if (ParseContext.Mapping(schema, "properties") is { } propertyMap)
        {
            foreach (var entry in propertyMap.Entries)
            {
                if (ReadProperty(name, entry.Key, entry.Value, required.Contains(entry.Key.Value)) is not { } property)
                {
                    continue;
                }

                var identifier = property.Identifier;
                if (identifier == name || ReservedObjectMembers.Contains(identifier) || identifiers.Contains(identifier))
                {
                    var renamed = identifier + "Value";
                    if (identifiers.Contains(renamed))
                    {
                        _context.Report(SpecDiagnostics.NameCollision, entry.Key,
                            $"The property '{entry.Key.Value}' of '{name}' would be named '{identifier}', which is already taken");
                        continue;
                    }

                    identifier = renamed;
                }

                identifiers.Add(identifier);
                properties.Add(property with { Identifier = identifier });
            }
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

        foreach (var missing in required.Where(r => properties.All(p => p.JsonName != r)))
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema["required"],
                $"'{name}' requires '{missing}', which is not one of its properties");
        }

        var groups = ReadExclusiveGroups(name, schema, properties);
        return new ObjectDraft(name, ParseContext.String(schema, "description"), schema, properties, groups);
    }

    private static readonly HashSet<string> ReservedObjectMembers = new(StringComparer.Ordinal)
    {
        "AdditionalProperties", "Validate", "Builder", "Converter", "GetFiles", "WriteJson", "EqualityContract", "Equals", "GetHashCode", "ToString",
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
        if (node is not YamlMapping schema)
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, node, $"The property '{jsonName}' of '{owner}' must be a schema mapping");
            return null;
        }

        var type = ResolveType($"{owner}.{jsonName}", schema, out var nullable, out var acceptsAny);
        if (type is null)
        {
            return null;
        }

        var inlineEnum = new List<string>();
        if (ParseContext.Sequence(schema, "enum") is { } enumList && type.Kind == TypeKind.String)
        {
            inlineEnum.AddRange(_context.Strings(enumList, $"enum of '{owner}.{jsonName}'"));
        }

        var defaultValue = ReadDefault($"{owner}.{jsonName}", schema, type, inlineEnum);
        var text = ReadTextRules($"'{owner}.{jsonName}'", schema);
        if (type.Kind == TypeKind.Enum && !text.IsEmpty)
        {
            // Beside a $ref they would apply to the known values too, which an enum's own rules never do.
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
                $"'{owner}.{jsonName}' puts minLength, maxLength or pattern beside a $ref to the enum '{type.Name}', which is not generated; put them in the enum's open branch ({{type: string}})");
            text = TextRules.None;
        }

        return new PropertyModel(
            jsonName,
            Naming.Escape(Naming.ToPascalCase(jsonName) is { Length: > 0 } pascal && !char.IsDigit(pascal[0]) ? pascal : "P" + Naming.ToPascalCase(jsonName)),
            type,
            required,
            nullable,
            acceptsAny,
            defaultValue,
            ParseContext.String(schema, "description"),
            text,
            Long(schema, "minimum"),
            Long(schema, "maximum"),
            inlineEnum.ToEquatableArray(),
            ParseContext.String(schema, Extensions.ImageDimensions),
            EquatableArray<string>.Empty);
    }

    /// <summary>The default, when it is a valid value of the property's type and enum; otherwise reported and dropped.</summary>
    private string? ReadDefault(string where, YamlMapping schema, TypeRef type, List<string> inlineEnum)
    {
        if (schema["default"] is not { } node || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is not YamlScalar scalar || type.Kind is TypeKind.Object or TypeKind.Union or TypeKind.Array or TypeKind.Json)
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

    /// <summary>Maps a property schema to a C# type. Null (reported) when the shape is not supported.</summary>
    private TypeRef? ResolveType(string where, YamlMapping schema, out bool nullable, out bool acceptsAny)
    {
        nullable = false;
        acceptsAny = false;
        if (ParseContext.String(schema, "$ref") is { } reference)
        {
            return ReferenceType(schema, reference);
        }

        if (ParseContext.Sequence(schema, "anyOf") is { } anyOf)
        {
            return ResolveAnyOf(where, schema, anyOf, out nullable, out acceptsAny);
        }

        if (schema.ContainsKey("oneOf") || schema.ContainsKey("allOf"))
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
                $"'{where}' uses an inline oneOf/allOf; give it a named schema in components/schemas and $ref it");
            return null;
        }

        var types = Types(schema);
        nullable = types.Remove("null");
        if (types.Count != 1)
        {
            _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
                $"'{where}' must have one type (optionally with 'null'); found {(types.Count == 0 ? "none" : string.Join(", ", types))}");
            return null;
        }

        switch (types[0])
        {
            case "string" when ParseContext.String(schema, "format") == "binary":
                _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
                    $"'{where}' is a binary string; put files in a named oneOf schema so the type says it needs multipart");
                return null;
            case "string":
                return Primitive(TypeKind.String);
            case "integer":
                return Primitive(ParseContext.String(schema, "format") == "int32" ? TypeKind.Int32 : TypeKind.Int64);
            case "number":
                return Primitive(TypeKind.Number);
            case "boolean":
                return Primitive(TypeKind.Boolean);
            case "array" when ParseContext.Mapping(schema, "items") is { } items:
                var item = ResolveType(where + "[]", items, out _, out _);
                return item is null ? null : new TypeRef(TypeKind.Array, null, item, false, EquatableArray<string>.Empty, TextRules.None);
            default:
                _context.Report(SpecDiagnostics.UnsupportedSchema, schema,
                    $"'{where}' has type '{types[0]}', which is generated only as a named schema (objects) or with items (arrays)");
                return null;
        }
    }

    private TypeRef? ResolveAnyOf(string where, YamlMapping schema, YamlSequence anyOf, out bool nullable, out bool acceptsAny)
    {
        nullable = false;
        acceptsAny = false;
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

        if (chosen is null && primitives.Count == 1)
        {
            var copy = new YamlMapping(schema.Location);
            copy.TryAdd(new YamlScalar("type", true, schema.Location), new YamlScalar(primitives[0], true, schema.Location));
            return ResolveType(where, copy, out _, out _);
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
