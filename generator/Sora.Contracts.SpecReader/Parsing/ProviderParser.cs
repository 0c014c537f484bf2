using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sora.Contracts.RuleKernel;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>Reads the provider profiles (<c>x-sora-providers</c>) and the polling guidance (<c>x-sora-polling</c>).</summary>
internal static class ProviderParser
{
    private static readonly string[] ProviderKeys =
    {
        "title", "description", "source", "baseUrl", "auth", "keyHeaders", "retired", "idPrefix", "createContentTypes", "operations", "requires",
        "requiredParameters", "errorSchema", "extraStatuses", "idempotencyKey", "values", "limits", "returnsVideoUrl",
    };

    // How a server treats the Idempotency-Key header (IETF httpapi draft): honours it when sent, or refuses a create without it.
    private const string IdempotencyOptional = "optional";
    private const string IdempotencyRequired = "required";

    public static List<ProviderModel> ReadProviders(
        ParseContext context, YamlMapping root, IReadOnlyDictionary<string, List<PropertyModel>> objects, IReadOnlyList<OperationModel> operations)
    {
        var operationIds = operations.Select(o => o.OperationId).ToList();
        var providers = new List<ProviderModel>();
        if (root[Extensions.Providers] is not { } node)
        {
            return providers;
        }

        if (node is not YamlMapping map)
        {
            context.Report(SpecDiagnostics.InvalidExtension, node, $"{Extensions.Providers} must map provider ids to profiles");
            return providers;
        }

        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            var id = entry.Key.Value;
            var identifier = Naming.ToPascalCase(id);
            if (identifier.Length == 0 || char.IsDigit(identifier[0]) || !identifiers.Add(identifier))
            {
                context.Report(SpecDiagnostics.NameCollision, entry.Key, $"The provider id '{id}' would be named '{identifier}', which is empty or already taken");
                continue;
            }

            if (entry.Value is not YamlMapping profile)
            {
                context.Report(SpecDiagnostics.InvalidExtension, entry.Value, $"The provider '{id}' must be a mapping");
                continue;
            }

            foreach (var key in profile.Entries.Where(e => Array.IndexOf(ProviderKeys, e.Key.Value) < 0))
            {
                context.Report(SpecDiagnostics.InvalidExtension, key.Key,
                    $"'{key.Key.Value}' is not a provider setting (known: {string.Join(", ", ProviderKeys)})");
            }

            var returnsVideoUrl = ParseContext.String(profile, "returnsVideoUrl");
            if (profile["returnsVideoUrl"] is { } flag && returnsVideoUrl is not ("true" or "false"))
            {
                context.Report(SpecDiagnostics.InvalidExtension, flag, $"returnsVideoUrl of '{id}' must be true or false");
            }

            var contentTypes = ParseContext.Sequence(profile, "createContentTypes") is { } types
                ? context.Strings(types, "createContentTypes")
                : new List<string>();
            var idempotency = ParseContext.String(profile, "idempotencyKey");
            if (profile["idempotencyKey"] is { } idempotencyNode && idempotency is not (IdempotencyOptional or IdempotencyRequired))
            {
                context.Report(SpecDiagnostics.InvalidExtension, idempotencyNode, $"idempotencyKey of '{id}' must be {IdempotencyOptional} or {IdempotencyRequired}");
            }

            var errorSchema = ParseContext.String(profile, "errorSchema");
            if (profile["errorSchema"] is { } errorNode && (errorSchema is null || !objects.ContainsKey(errorSchema)))
            {
                context.Report(SpecDiagnostics.InvalidExtension, errorNode, $"errorSchema of '{id}' must name an object schema of this spec (components/schemas)");
                errorSchema = null;
            }

            providers.Add(new ProviderModel(
                id,
                identifier,
                ParseContext.String(profile, "title") ?? id,
                ParseContext.Description(profile),
                ParseContext.String(profile, "source"),
                ParseContext.String(profile, "baseUrl"),
                ParseContext.String(profile, "auth"),
                ReadRetirement(context, id, profile["retired"]),
                ParseContext.String(profile, "idPrefix"),
                contentTypes.ToEquatableArray(),
                ReadSettings(context, profile["limits"], $"limits of '{id}'", allowBooleans: false).ToEquatableArray(),
                ReadValues(context, id, profile["values"], objects).ToEquatableArray(),
                returnsVideoUrl == "true",
                ReadList(context, id, profile, "keyHeaders").ToEquatableArray(),
                ReadOperations(context, id, profile, operationIds).ToEquatableArray(),
                ReadRequired(context, id, profile["requires"], objects).ToEquatableArray(),
                ReadList(context, id, profile, "extraStatuses").ToEquatableArray(),
                idempotency is IdempotencyOptional or IdempotencyRequired,
                idempotency == IdempotencyRequired,
                ReadRequiredParameters(context, id, profile["requiredParameters"], operations).ToEquatableArray(),
                errorSchema));
        }

        return providers;
    }

    /// <summary>
    /// <c>retired: {date: yyyy-MM-dd, source: ...}</c>: both keys are required, because a retirement nobody can check
    /// would silence a profile on hearsay.
    /// </summary>
    private static RetirementModel? ReadRetirement(ParseContext context, string id, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping map)
        {
            context.Report(SpecDiagnostics.InvalidExtension, node, $"'retired' of '{id}' must be a mapping with 'date' (yyyy-MM-dd) and 'source'");
            return null;
        }

        foreach (var key in map.Entries.Where(e => e.Key.Value is not ("date" or "source")))
        {
            context.Report(SpecDiagnostics.InvalidExtension, key.Key, $"'{key.Key.Value}' is not a key of 'retired' (known: date, source)");
        }

        var date = ParseContext.String(map, "date");
        if (date is null || !DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            context.Report(SpecDiagnostics.InvalidExtension, (YamlNode?)map["date"] ?? map, $"'retired' of '{id}' needs a 'date' written yyyy-MM-dd");
            return null;
        }

        var source = ParseContext.String(map, "source");
        if (string.IsNullOrWhiteSpace(source))
        {
            context.Report(SpecDiagnostics.InvalidExtension, (YamlNode?)map["source"] ?? map, $"'retired' of '{id}' needs a 'source' (the document that says the service stopped)");
            return null;
        }

        return new RetirementModel(date, source!);
    }

    /// <summary>A list of distinct, non-empty names; anything else is SORA110 at its line.</summary>
    private static List<string> ReadList(ParseContext context, string id, YamlMapping profile, string key)
    {
        if (profile[key] is not { } node)
        {
            return new List<string>();
        }

        if (node is not YamlSequence list || list.Items.Count == 0)
        {
            context.Report(SpecDiagnostics.InvalidExtension, node, $"'{key}' of '{id}' must be a list of names");
            return new List<string>();
        }

        var names = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is not YamlScalar { IsNull: false } scalar || string.IsNullOrWhiteSpace(scalar.Value) || names.Contains(scalar.Value))
            {
                context.Report(SpecDiagnostics.InvalidExtension, item, $"'{key}' of '{id}' must list distinct, non-empty names");
                continue;
            }

            names.Add(scalar.Value);
        }

        return names;
    }

    /// <summary><c>operations</c>: the operation ids the server offers; one the spec does not define is SORA110.</summary>
    private static List<string> ReadOperations(ParseContext context, string id, YamlMapping profile, IReadOnlyCollection<string> operationIds)
    {
        var names = ReadList(context, id, profile, "operations");
        if (profile["operations"] is YamlSequence list)
        {
            foreach (var item in list.Items.OfType<YamlScalar>().Where(i => !i.IsNull && !operationIds.Contains(i.Value)))
            {
                context.Report(SpecDiagnostics.InvalidExtension, item,
                    $"'operations' of '{id}' names '{item.Value}', which is not an operationId of this spec (known: {string.Join(", ", operationIds)})");
                names.Remove(item.Value);
            }
        }

        return names;
    }

    /// <summary><c>requires</c>: schema → the properties the server demands although the spec lets them be left out.</summary>
    private static List<ProviderPropertyModel> ReadRequired(ParseContext context, string id, YamlNode? node, IReadOnlyDictionary<string, List<PropertyModel>> objects) =>
        ReadMemberLists(
            context, id, node, new MemberLists("requires", "schema names", "an object schema", "properties"),
            schema => objects.TryGetValue(schema, out var properties) ? properties.Select(p => p.JsonName).ToList() : null)
        .Select(m => new ProviderPropertyModel(m.Owner, m.Member)).ToList();

    /// <summary>
    /// <c>requiredParameters</c>: operationId → the parameters the server demands although the spec lets them be left
    /// out; each must be one the operation declares.
    /// </summary>
    private static List<ProviderParameterModel> ReadRequiredParameters(ParseContext context, string id, YamlNode? node, IReadOnlyList<OperationModel> operations) =>
        ReadMemberLists(
            context, id, node, new MemberLists("requiredParameters", "operationIds", "an operationId", "parameters"),
            operationId => operations.FirstOrDefault(o => o.OperationId == operationId)?.Parameters.Select(p => p.Name).ToList())
        .Select(m => new ProviderParameterModel(m.Owner, m.Member)).ToList();

    /// <summary>
    /// A mapping of owners (schemas, operations) to lists of their members (properties, parameters), as
    /// <paramref name="membersOf"/> knows them (null: no such owner); anything else is SORA110 at its line.
    /// </summary>
    private static List<(string Owner, string Member)> ReadMemberLists(
        ParseContext context, string id, YamlNode? node, MemberLists words, Func<string, List<string>?> membersOf)
    {
        var found = new List<(string Owner, string Member)>();
        if (node is null)
        {
            return found;
        }

        if (node is not YamlMapping byOwner)
        {
            context.Report(SpecDiagnostics.InvalidExtension, node, $"'{words.Key}' of '{id}' must map {words.Owners} to lists of {words.Members}");
            return found;
        }

        foreach (var entry in byOwner.Entries)
        {
            if (membersOf(entry.Key.Value) is not { } members || entry.Value is not YamlSequence list)
            {
                context.Report(SpecDiagnostics.InvalidExtension, entry.Key,
                    $"'{words.Key}' of '{id}' names '{entry.Key.Value}', which is not {words.Owner} of this spec with a list of {words.Members}");
                continue;
            }

            foreach (var item in list.Items)
            {
                if (item is not YamlScalar scalar || !members.Contains(scalar.Value))
                {
                    context.Report(SpecDiagnostics.InvalidExtension, item, $"'{words.Key}' of '{id}' must list {words.Members} of '{entry.Key.Value}'");
                    continue;
                }

                found.Add((entry.Key.Value, scalar.Value));
            }
        }

        return found;
    }

    /// <summary>How a diagnostic names a member-list setting: its key, its owners (plural and one) and their members.</summary>
    private sealed record MemberLists(string Key, string Owners, string Owner, string Members);

    public static List<SettingModel> ReadPolling(ParseContext context, YamlMapping root) =>
        ReadSettings(context, root[Extensions.Polling], Extensions.Polling, allowBooleans: true);

    /// <summary>
    /// Named numbers and flags. A key ending in <c>Seconds</c> becomes a <see cref="TimeSpan"/> named without the suffix.
    /// </summary>
    private static List<SettingModel> ReadSettings(ParseContext context, YamlNode? node, string what, bool allowBooleans)
    {
        var settings = new List<SettingModel>();
        if (node is null)
        {
            return settings;
        }

        if (node is not YamlMapping map)
        {
            context.Report(SpecDiagnostics.InvalidExtension, node, $"The {what} must be a mapping of names to values");
            return settings;
        }

        foreach (var entry in map.Entries)
        {
            var value = entry.Value as YamlScalar;
            var isBoolean = allowBooleans && value is { IsPlain: true, Value: "true" or "false" };
            var isNumber = value is not null && long.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= int.MaxValue;
            var identifier = Naming.ToPascalCase(entry.Key.Value);
            if (identifier.Length == 0 || char.IsDigit(identifier[0]) || (!isBoolean && !isNumber))
            {
                context.Report(SpecDiagnostics.InvalidExtension, entry.Value,
                    $"'{entry.Key.Value}' in the {what} must be a whole number{(allowBooleans ? " or true/false" : string.Empty)} with a name");
                continue;
            }

            settings.Add(new SettingModel(entry.Key.Value, identifier, value!.Value, isBoolean));
        }

        return settings;
    }

    /// <summary>
    /// <c>{pattern: '&lt;regex&gt;'}</c>: the provider takes any value matching the pattern (read as the spec's own
    /// <c>pattern</c> keyword is, by the rule kernel); any other key, a missing or empty pattern, or one that is not a
    /// regular expression is SORA110 at its line.
    /// </summary>
    private static string? ReadPattern(ParseContext context, string id, string property, YamlMapping map)
    {
        foreach (var key in map.Entries.Where(e => e.Key.Value != "pattern"))
        {
            context.Report(SpecDiagnostics.InvalidExtension, key.Key, $"'{key.Key.Value}' is not a key of the values of '{id}' for '{property}' (known: pattern)");
        }

        if (map["pattern"] is not YamlScalar { IsNull: false } scalar || scalar.Value.Length == 0)
        {
            context.Report(SpecDiagnostics.InvalidExtension, (YamlNode?)map["pattern"] ?? map,
                $"The values of '{id}' for '{property}' need a 'pattern': a non-empty regular expression");
            return null;
        }

        if (!PatternRule.IsValid(scalar.Value, out var error))
        {
            context.Report(SpecDiagnostics.InvalidExtension, scalar, $"The pattern of '{id}' for '{property}' is not a regular expression: {error}");
            return null;
        }

        return scalar.Value;
    }

    private static List<ProviderValuesModel> ReadValues(ParseContext context, string id, YamlNode? node, IReadOnlyDictionary<string, List<PropertyModel>> objects)
    {
        var values = new List<ProviderValuesModel>();
        if (node is null)
        {
            return values;
        }

        if (node is not YamlMapping bySchema)
        {
            context.Report(SpecDiagnostics.InvalidExtension, node, $"'values' of '{id}' must map schema names to properties");
            return values;
        }

        foreach (var schemaEntry in bySchema.Entries)
        {
            if (!objects.TryGetValue(schemaEntry.Key.Value, out var properties) || schemaEntry.Value is not YamlMapping byProperty)
            {
                context.Report(SpecDiagnostics.InvalidExtension, schemaEntry.Key,
                    $"'values' of '{id}' names '{schemaEntry.Key.Value}', which is not an object schema of this spec");
                continue;
            }

            foreach (var propertyEntry in byProperty.Entries)
            {
                var property = properties.FirstOrDefault(p => p.JsonName == propertyEntry.Key.Value);
                if (property is null || property.Type.Kind is not (TypeKind.Enum or TypeKind.String))
                {
                    context.Report(SpecDiagnostics.InvalidExtension, propertyEntry.Key,
                        $"'values' of '{id}' names '{schemaEntry.Key.Value}.{propertyEntry.Key.Value}', which is not a string or enum property");
                    continue;
                }

                if (propertyEntry.Value is YamlMapping patternMap)
                {
                    if (ReadPattern(context, id, propertyEntry.Key.Value, patternMap) is { } pattern)
                    {
                        values.Add(new ProviderValuesModel(id, schemaEntry.Key.Value, propertyEntry.Key.Value, EquatableArray<string>.Empty, pattern));
                    }

                    continue;
                }

                if (propertyEntry.Value is not YamlSequence list || list.Items.Count == 0)
                {
                    context.Report(SpecDiagnostics.InvalidExtension, propertyEntry.Value,
                        $"'values' of '{id}' must list the allowed values of '{propertyEntry.Key.Value}' or be {{pattern: '<regex>'}}");
                    continue;
                }

                var allowed = context.Strings(list, $"values of '{id}'");
                var duplicate = allowed.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null)
                {
                    context.Report(SpecDiagnostics.DuplicateEnumValue, list, duplicate.Key, $"{id}: {schemaEntry.Key.Value}.{propertyEntry.Key.Value}");
                    allowed = allowed.Distinct(StringComparer.Ordinal).ToList();
                }

                values.Add(new ProviderValuesModel(id, schemaEntry.Key.Value, propertyEntry.Key.Value, allowed.ToEquatableArray()));
            }
        }

        return values;
    }
}
