using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>
/// Reads <c>paths</c>: each operation's method, path, request and response schemas; the multipart encodings (which
/// media types a file part accepts); and the <c>x-sora-retry</c> guidance of each response status.
/// </summary>
internal sealed class OperationParser
{
    private const string ResponseRefPrefix = "#/components/responses/";
    private static readonly string[] Methods = { "get", "put", "post", "delete", "patch", "head", "options" };

    private readonly ParseContext _context;
    private readonly SchemaParser _schemas;
    private readonly YamlMapping _root;

    public OperationParser(ParseContext context, SchemaParser schemas, YamlMapping root)
    {
        _context = context;
        _schemas = schemas;
        _root = root;
    }

    public List<OperationModel> Operations { get; } = new();

    public List<RetryModel> Retry { get; } = new();

    /// <summary>Schema name → property → media types its file part accepts (from multipart <c>encoding</c>).</summary>
    public Dictionary<string, Dictionary<string, List<string>>> MediaTypes { get; } = new(StringComparer.Ordinal);

    public void Read()
    {
        if (ParseContext.Mapping(_root, "paths") is not { } paths)
        {
            return;
        }

        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pathEntry in paths.Entries)
        {
            if (pathEntry.Value is not YamlMapping pathItem)
            {
                continue;
            }

            foreach (var entry in pathItem.Entries)
            {
                if (Array.IndexOf(Methods, entry.Key.Value) >= 0 && entry.Value is YamlMapping operation)
                {
                    ReadOperation(pathEntry.Key.Value, entry.Key.Value, operation, pathItem, identifiers);
                }
            }
        }
    }

    private void ReadOperation(string path, string method, YamlMapping operation, YamlMapping pathItem, HashSet<string> identifiers)
    {
        var operationId = ParseContext.String(operation, "operationId") ?? method + " " + path;
        var identifier = Naming.ToPascalCase(operationId);
        if (identifier.Length == 0 || char.IsDigit(identifier[0]) || !identifiers.Add(identifier))
        {
            _context.Report(SpecDiagnostics.NameCollision, operation["operationId"] ?? operation,
                $"The operation {method.ToUpperInvariant()} {path} would be named '{identifier}', which is empty or already taken; give it a distinct operationId");
            return;
        }

        // Every media type's schema is a request body (each gets its validator and builder); one schema is one type.
        var requestSchemas = new List<string>();
        string? jsonSchema = null;
        var contentTypes = new List<string>();
        if (ResolveBody(operation["requestBody"]) is { } body && ParseContext.Mapping(body, "content") is { } content)
        {
            // JSON first: an inline JSON body takes the plain {OperationId}Request name.
            var inlineBodies = new List<(YamlMapping Schema, string Name)>();
            foreach (var media in content.Entries.OrderBy(m => IsJson(m.Key.Value) ? 0 : 1))
            {
                if (media.Value is not YamlMapping mediaType || ParseContext.Mapping(mediaType, "schema") is not { } schema)
                {
                    continue;
                }

                string? name = null;
                if (ParseContext.String(schema, "$ref") is { } reference)
                {
                    name = _schemas.IsAlias(reference) ? null : _schemas.ResolveReference(schema, reference);
                }
                else if (SchemaParser.IsInlineObject(schema))
                {
                    name = inlineBodies.FirstOrDefault(b => SchemaParser.SameSchema(b.Schema, schema)).Name
                        ?? _schemas.AddInlineObject(identifier + "Request", schema);
                    inlineBodies.Add((schema, name));
                }

                if (name is null)
                {
                    continue;
                }

                if (!requestSchemas.Contains(name))
                {
                    requestSchemas.Add(name);
                }

                if (IsJson(media.Key.Value))
                {
                    jsonSchema ??= name;
                }

                ReadEncoding(name, mediaType);
            }

            contentTypes.AddRange(content.Entries.Select(m => m.Key.Value));
        }

        string? responseSchema = null;
        if (ParseContext.Mapping(operation, "responses") is { } responses)
        {
            foreach (var response in responses.Entries)
            {
                var resolved = ResolveResponse(response.Value);
                if (resolved is null)
                {
                    continue;
                }

                ReadRetry(response.Key, resolved);
                if (response.Key.Value.StartsWith("2", StringComparison.Ordinal) && responseSchema is null)
                {
                    responseSchema = JsonSchemaOf(resolved, identifier);
                }
            }
        }

        Operations.Add(new OperationModel(
            operationId, identifier, method.ToUpperInvariant(), path, jsonSchema ?? requestSchemas.FirstOrDefault(), requestSchemas.ToEquatableArray(),
            contentTypes.ToEquatableArray(), responseSchema, ReadParameters(pathItem, operation).ToEquatableArray()));
    }

    // Path-level parameters first; an operation's own parameter of the same name and location replaces one of them.
    private List<ParameterModel> ReadParameters(YamlMapping pathItem, YamlMapping operation)
    {
        var parameters = new List<ParameterModel>();
        foreach (var source in new[] { pathItem, operation })
        {
            if (ParseContext.Sequence(source, "parameters") is not { } list)
            {
                continue;
            }

            foreach (var item in list.Items)
            {
                if (Resolve(item, "#/components/parameters/", "parameters") is not { } parameter
                    || ParseContext.String(parameter, "name") is not { } name
                    || ParseContext.String(parameter, "in") is not { } location)
                {
                    continue;
                }

                var schema = ParseContext.Mapping(parameter, "schema");
                parameters.RemoveAll(p => p.Name == name && p.In == location);
                parameters.Add(new ParameterModel(
                    name,
                    location,
                    ParseContext.String(parameter, "required") == "true",
                    schema is null ? null : Bound(schema, "minimum"),
                    schema is null ? null : Bound(schema, "maximum")));
            }
        }

        return parameters;
    }

    private static long? Bound(YamlMapping schema, string key) =>
        long.TryParse(ParseContext.String(schema, key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private void ReadEncoding(string schemaName, YamlMapping mediaType)
    {
        if (ParseContext.Mapping(mediaType, "encoding") is not { } encoding)
        {
            return;
        }

        foreach (var entry in encoding.Entries)
        {
            if (entry.Value is YamlMapping part && ParseContext.String(part, "contentType") is { } types)
            {
                var list = types.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
                if (!MediaTypes.TryGetValue(schemaName, out var byProperty))
                {
                    MediaTypes[schemaName] = byProperty = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                }

                byProperty[entry.Key.Value] = list;
            }
        }
    }

    private void ReadRetry(YamlScalar status, YamlMapping response)
    {
        if (response[Extensions.Retry] is not { } retryNode)
        {
            return;
        }

        if (!int.TryParse(status.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            _context.Report(SpecDiagnostics.InvalidExtension, retryNode, $"{Extensions.Retry} needs a numeric status, not '{status.Value}'");
            return;
        }

        if (retryNode is not YamlMapping retry || ParseContext.String(retry, "retryable") is not ("true" or "false") || retry.Entries.Count != 1)
        {
            _context.Report(SpecDiagnostics.InvalidExtension, retryNode, $"{Extensions.Retry} must be {{retryable: true|false}}");
            return;
        }

        var retryable = ParseContext.String(retry, "retryable") == "true";
        var existing = Retry.FirstOrDefault(r => r.StatusCode == code);
        if (existing is null)
        {
            Retry.Add(new RetryModel(code, retryable));
        }
        else if (existing.Retryable != retryable)
        {
            _context.Report(SpecDiagnostics.InvalidExtension, retryNode, $"Status {status.Value} is retryable in one response and not in another");
        }
    }

    /// <summary>The schema of a response's JSON body; an inline object is the type <c>{OperationId}Response</c>.</summary>
    private string? JsonSchemaOf(YamlMapping response, string identifier)
    {
        if (ParseContext.Mapping(response, "content") is { } content
            && ParseContext.Mapping(content, "application/json") is { } json
            && ParseContext.Mapping(json, "schema") is { } schema)
        {
            if (ParseContext.String(schema, "$ref") is { } reference)
            {
                return _schemas.IsAlias(reference) ? null : _schemas.ResolveReference(schema, reference);
            }

            if (SchemaParser.IsInlineObject(schema))
            {
                return _schemas.AddInlineObject(identifier + "Response", schema);
            }
        }

        return null;
    }

    /// <summary><c>application/json</c> and its relatives (<c>application/problem+json</c>, parameters after <c>;</c>).</summary>
    private static bool IsJson(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private YamlMapping? ResolveBody(YamlNode? node) => Resolve(node, "#/components/requestBodies/", "requestBodies");

    private YamlMapping? ResolveResponse(YamlNode? node) => Resolve(node, ResponseRefPrefix, "responses");

    private YamlMapping? Resolve(YamlNode? node, string prefix, string component)
    {
        if (node is not YamlMapping mapping)
        {
            return null;
        }

        if (ParseContext.String(mapping, "$ref") is not { } reference)
        {
            return mapping;
        }

        if (reference.StartsWith(prefix, StringComparison.Ordinal)
            && ParseContext.Mapping(_root, "components") is { } components
            && ParseContext.Mapping(components, component) is { } items
            && ParseContext.Mapping(items, reference.Substring(prefix.Length)) is { } target)
        {
            return target;
        }

        _context.Report(SpecDiagnostics.DanglingReference, mapping["$ref"], reference);
        return null;
    }
}
