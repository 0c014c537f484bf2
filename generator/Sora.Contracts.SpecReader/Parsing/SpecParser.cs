using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Json;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>
/// Turns the text of one spec file into a <see cref="SpecModel"/> and its diagnostics. Knows nothing of the Roslyn
/// pipeline, so it is tested directly on YAML strings. It reports problems and never throws for bad input.
/// </summary>
internal static class SpecParser
{
    /// <summary>Type names the emitters produce for every spec; a schema with one of these names would clash.</summary>
    public static readonly string[] GeneratedTypeNames =
    {
        "SoraProvider", "SoraJsonContext", "SoraPolling", "SoraOperations", "SoraRetryGuidance", "Converter", "Builder",
    };

    /// <summary>
    /// <see cref="Parse"/>, with an exception (a bug, never bad input) turned into SORA199 at the spec: the build and
    /// <c>sora spec check</c> say so instead of failing (a generator that throws fails the whole build with CS8785).
    /// </summary>
    public static SpecModel ParseReportingBugs(string path, string text, string @namespace)
    {
        try
        {
            return Parse(path, text, @namespace);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var location = new SpecLocation(path, 0, 0, 0, 0, 0, 0);
            return new SpecModel(SpecName(path), @namespace, default, default, default, default, default, default, default,
                new[] { DiagnosticInfo.Create(SpecDiagnostics.InternalError.Id, location, ex.GetType().Name + ": " + ex.Message) }.ToEquatableArray());
        }
    }

    public static SpecModel Parse(string path, string text, string @namespace)
    {
        var context = new ParseContext(path);
        var specName = SpecName(path);
        var empty = new SpecModel(specName, @namespace, default, default, default, default, default, default, default, default);

        if (string.IsNullOrWhiteSpace(text))
        {
            context.Report(SpecDiagnostics.EmptySpec, null, Path.GetFileName(path));
            return empty with { Diagnostics = context.Diagnostics.ToEquatableArray() };
        }

        var root = IsJson(path) ? JsonLoader.Load(path, text, context.Diagnostics) : YamlLoader.Load(path, text, context.Diagnostics);
        if (root is null || root is YamlScalar { IsNull: true })
        {
            if (context.Diagnostics.Count == 0)
            {
                context.Report(SpecDiagnostics.EmptySpec, root, Path.GetFileName(path));
            }

            return empty with { Diagnostics = context.Diagnostics.ToEquatableArray() };
        }

        if (root is not YamlMapping document)
        {
            context.Report(SpecDiagnostics.UnsupportedVersion, root, "The spec must be a mapping (an object, in JSON) that starts with its version, 'openapi: 3.1.0' or 3.0.0 to 3.0.4");
            return empty with { Diagnostics = context.Diagnostics.ToEquatableArray() };
        }

        if (OpenApiVersions.Of(context, document) == OpenApiVersion.V30)
        {
            OpenApi30.Normalize(context, document);
        }

        Extensions.CheckUnknown(context, document);

        var schemas = new SchemaParser(context);
        if (ParseContext.Mapping(document, "components") is { } components && ParseContext.Mapping(components, "schemas") is { } schemaMap)
        {
            schemas.Classify(schemaMap);
        }

        // Operations first: an inline request or response body is an object to read with the others.
        var operations = new OperationParser(context, schemas, document);
        operations.Read();
        var drafts = schemas.ReadObjects();

        var propertiesByObject = drafts.ToDictionary(d => d.Name, d => d.Properties, StringComparer.Ordinal);
        var providers = ProviderParser.ReadProviders(context, document, propertiesByObject, operations.Operations);
        var polling = ProviderParser.ReadPolling(context, document);

        var requestSchemas = new HashSet<string>(operations.Operations.SelectMany(o => o.RequestSchemas), StringComparer.Ordinal);
        var objects = drafts.Select(d => BuildObject(context, d, requestSchemas, operations, providers)).ToList();

        return new SpecModel(
            specName,
            @namespace,
            schemas.Enums.Values.ToEquatableArray(),
            objects.ToEquatableArray(),
            schemas.Unions.Values.ToEquatableArray(),
            providers.ToEquatableArray(),
            operations.Operations.ToEquatableArray(),
            operations.Retry.OrderBy(r => r.StatusCode).ToEquatableArray(),
            polling.ToEquatableArray(),
            context.Diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// A <c>.json</c> file is read as JSON, anything else as YAML. The extension decides, not the content: YAML reads
    /// most JSON but not all of it, and accepts what JSON refuses, so the author's word for what the file is wins.
    /// </summary>
    public static bool IsJson(string path) => string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>specs/sora.openapi.yaml</c> → <c>sora.openapi</c>: the prefix of every hint name from this file.</summary>
    public static string SpecName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_').ToArray());
        return safe.Length == 0 ? "spec" : safe;
    }

    private static ObjectModel BuildObject(
        ParseContext context,
        ObjectDraft draft,
        HashSet<string> requestSchemas,
        OperationParser operations,
        List<ProviderModel> providers)
    {
        var properties = new List<PropertyModel>(draft.Properties.Count);
        operations.MediaTypes.TryGetValue(draft.Name, out var mediaTypes);
        foreach (var property in draft.Properties)
        {
            var updated = property;
            if (mediaTypes is not null && mediaTypes.TryGetValue(property.JsonName, out var types))
            {
                updated = updated with { MediaTypes = types.ToEquatableArray() };
            }

            if (updated.ImageDimensionsFrom is { } source)
            {
                var target = draft.Properties.FirstOrDefault(p => p.JsonName == source);
                if (updated.Type.Kind != TypeKind.Union || target is null || target.Type.Kind is not (TypeKind.Enum or TypeKind.String))
                {
                    var at = (draft.Node["properties"] as YamlMapping)?[property.JsonName] as YamlMapping;
                    context.Report(SpecDiagnostics.InvalidExtension, at?[Extensions.ImageDimensions] ?? draft.Node,
                        $"{Extensions.ImageDimensions} on '{draft.Name}.{property.JsonName}' must sit on a file union and name a string or enum property of the same object ('{source}' is not one)");
                    updated = updated with { ImageDimensionsFrom = null };
                }
            }

            properties.Add(updated);
        }

        var rules = RuleParser.Read(context, draft.Name, draft.Node, properties);
        var values = providers.SelectMany(p => p.Values).Where(v => v.Schema == draft.Name).ToList();
        return new ObjectModel(
            draft.Name,
            draft.Description,
            requestSchemas.Contains(draft.Name),
            properties.ToEquatableArray(),
            rules.ToEquatableArray(),
            draft.Groups.ToEquatableArray(),
            values.ToEquatableArray(),
            AcceptanceParser.Read(context, draft.Name, draft.Node, properties, providers).ToEquatableArray());
    }
}
