using System.Collections.Generic;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>
/// Reads cross-field rules written as standard <c>allOf: [{if, then}]</c>. The supported subset: each side names one
/// property with <c>enum</c> (or <c>const</c>), optionally <c>required</c> for that property, and
/// <c>additionalProperties: true</c>. Validation follows JSON Schema: an absent property satisfies <c>properties</c>
/// unless it is <c>required</c>.
/// </summary>
internal static class RuleParser
{
    private static readonly HashSet<string> RuleKeys = new() { "if", "then", "description", "title", "$comment" };
    private static readonly HashSet<string> SideKeys = new() { "properties", "required", "additionalProperties", "type", "description", "$comment" };
    private static readonly HashSet<string> ConditionKeys = new() { "enum", "const", "description", "$comment" };

    public static List<RuleModel> Read(ParseContext context, string owner, YamlMapping schema, IReadOnlyList<PropertyModel> properties)
    {
        var rules = new List<RuleModel>();
        if (schema["allOf"] is not { } allOf)
        {
            return rules;
        }

        if (allOf is not YamlSequence items)
        {
            context.Report(SpecDiagnostics.UnsupportedRule, allOf, owner, "allOf must be a list");
            return rules;
        }

        foreach (var item in items.Items)
        {
            if (item is YamlMapping composed && !composed.ContainsKey("if"))
            {
                // A part of an allOf composition: the schema parser merged it into the object.
                continue;
            }

            if (item is not YamlMapping rule)
            {
                context.Report(SpecDiagnostics.UnsupportedSchema, item,
                    $"An allOf entry of '{owner}' is not generated: only if/then rules are supported there (no composition)");
                continue;
            }

            if (ReadRule(context, owner, rule, properties) is { } model)
            {
                rules.Add(model);
            }
        }

        return rules;
    }

    private static RuleModel? ReadRule(ParseContext context, string owner, YamlMapping rule, IReadOnlyList<PropertyModel> properties)
    {
        foreach (var entry in rule.Entries)
        {
            if (!RuleKeys.Contains(entry.Key.Value))
            {
                context.Report(SpecDiagnostics.UnsupportedRule, entry.Key, owner,
                    entry.Key.Value == "else" ? "'else' is not supported; write a second if/then" : $"'{entry.Key.Value}' is not supported beside if/then");
                return null;
            }
        }

        if (rule["then"] is null)
        {
            context.Report(SpecDiagnostics.UnsupportedRule, rule, owner, "an 'if' needs a 'then'");
            return null;
        }

        var condition = ReadSide(context, owner, "if", rule["if"]!, properties);
        var consequence = ReadSide(context, owner, "then", rule["then"]!, properties);
        if (condition is null || consequence is null)
        {
            return null;
        }

        if (condition.Value.Property == consequence.Value.Property)
        {
            context.Report(SpecDiagnostics.UnsupportedRule, rule, owner, "'if' and 'then' must constrain different properties");
            return null;
        }

        return new RuleModel(
            ParseContext.Description(rule),
            condition.Value.Property,
            condition.Value.Values.ToEquatableArray(),
            condition.Value.Required,
            consequence.Value.Property,
            consequence.Value.Values.ToEquatableArray(),
            consequence.Value.Required);
    }

    private static (string Property, List<string> Values, bool Required)? ReadSide(
        ParseContext context, string owner, string side, YamlNode node, IReadOnlyList<PropertyModel> properties)
    {
        if (node is not YamlMapping map)
        {
            context.Report(SpecDiagnostics.UnsupportedRule, node, owner, $"'{side}' must be a schema mapping");
            return null;
        }

        foreach (var entry in map.Entries)
        {
            if (!SideKeys.Contains(entry.Key.Value))
            {
                context.Report(SpecDiagnostics.UnsupportedRule, entry.Key, owner, $"'{side}' may use only properties, required and additionalProperties: true, not '{entry.Key.Value}'");
                return null;
            }
        }

        if (map["additionalProperties"] is { } additional && !(additional is YamlScalar { Value: "true" }))
        {
            context.Report(SpecDiagnostics.UnsupportedRule, additional, owner, $"'{side}' may set additionalProperties only to true");
            return null;
        }

        if (map["type"] is { } type && !(type is YamlScalar { Value: "object" }))
        {
            context.Report(SpecDiagnostics.UnsupportedRule, type, owner, $"'{side}' may set type only to object");
            return null;
        }

        if (ParseContext.Mapping(map, "properties") is not { Entries.Count: 1 } constrained)
        {
            context.Report(SpecDiagnostics.UnsupportedRule, map, owner, $"'{side}' must constrain exactly one property under 'properties'");
            return null;
        }

        var name = constrained.Entries[0].Key.Value;
        var property = properties.FirstOrDefault(p => p.JsonName == name);
        if (property is null)
        {
            context.Report(SpecDiagnostics.UnsupportedRule, constrained.Entries[0].Key, owner, $"'{side}' names '{name}', which is not a property of '{owner}'");
            return null;
        }

        if (property.Type.Kind is not (TypeKind.Enum or TypeKind.String))
        {
            context.Report(SpecDiagnostics.UnsupportedRule, constrained.Entries[0].Key, owner, $"'{side}' may constrain only string or enum properties, and '{name}' is neither");
            return null;
        }

        if (constrained.Entries[0].Value is not YamlMapping condition || condition.Entries.Any(e => !ConditionKeys.Contains(e.Key.Value)))
        {
            context.Report(SpecDiagnostics.UnsupportedRule, constrained.Entries[0].Value, owner, $"'{side}' may say only enum or const of '{name}'");
            return null;
        }

        var values = new List<string>();
        if (ParseContext.Sequence(condition, "enum") is { } list)
        {
            values.AddRange(context.Strings(list, $"the enum in '{side}'"));
        }
        else if (condition["const"] is YamlScalar constant && !constant.IsNull)
        {
            values.Add(constant.Value);
        }

        if (values.Count == 0)
        {
            context.Report(SpecDiagnostics.UnsupportedRule, condition, owner, $"'{side}' must give '{name}' an enum or a const");
            return null;
        }

        var required = false;
        if (ParseContext.Sequence(map, "required") is { } requiredList)
        {
            var names = context.Strings(requiredList, $"required in '{side}'");
            if (names.Any(n => n != name))
            {
                context.Report(SpecDiagnostics.UnsupportedRule, requiredList, owner, $"'{side}' may require only '{name}'");
                return null;
            }

            required = names.Count > 0;
        }

        return (name, values, required);
    }
}
