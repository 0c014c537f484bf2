using System;
using System.Collections.Generic;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>Enums: closed and open string enums, their defaults, roles and media types.</summary>
internal sealed partial class SchemaParser
{
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
}
