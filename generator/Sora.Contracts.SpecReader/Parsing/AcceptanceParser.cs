using System;
using System.Collections.Generic;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>
/// Reads <c>x-sora-accepted-by</c> on the properties of an object schema: the provider ids that take a provider-only
/// field. A list naming no profile of the spec, or naming one twice, is SORA110 at its line and the property stays
/// an ordinary one (accepted everywhere), so the rest still generates.
/// </summary>
internal static class AcceptanceParser
{
    public static List<AcceptedByModel> Read(
        ParseContext context,
        string schema,
        YamlMapping node,
        IReadOnlyList<PropertyModel> properties,
        IReadOnlyList<ProviderModel> providers)
    {
        var accepted = new List<AcceptedByModel>();
        if (node["properties"] is not YamlMapping declared)
        {
            return accepted;
        }

        foreach (var entry in declared.Entries)
        {
            if (entry.Value is not YamlMapping property || property[Extensions.AcceptedBy] is not { } list)
            {
                continue;
            }

            var where = $"{Extensions.AcceptedBy} on '{schema}.{entry.Key.Value}'";
            if (list is not YamlSequence sequence || sequence.Items.Count == 0)
            {
                context.Report(SpecDiagnostics.InvalidExtension, list, $"{where} must list the provider ids that take it");
                continue;
            }

            var ids = context.Strings(sequence, Extensions.AcceptedBy);
            var unknown = ids.FirstOrDefault(id => !providers.Any(p => p.Id == id));
            if (unknown is not null)
            {
                context.Report(SpecDiagnostics.InvalidExtension, sequence,
                    $"{where} names '{unknown}', which is not a profile of {Extensions.Providers} (known: {string.Join(", ", providers.Select(p => p.Id))})");
                continue;
            }

            var duplicate = ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                context.Report(SpecDiagnostics.InvalidExtension, sequence, $"{where} names '{duplicate.Key}' more than once");
                continue;
            }

            if (properties.Any(p => p.JsonName == entry.Key.Value && !p.Required))
            {
                accepted.Add(new AcceptedByModel(entry.Key.Value, ids.ToEquatableArray()));
            }
            else
            {
                context.Report(SpecDiagnostics.InvalidExtension, (YamlNode)entry.Key,
                    $"{where}: a provider-only field must be an optional property (a required one could never be sent elsewhere)");
            }
        }

        return accepted;
    }
}
