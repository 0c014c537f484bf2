using System.Collections.Generic;
using System.Linq;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>Emits <c>SoraProvider</c>: one static instance per profile in <c>x-sora-providers</c>, with its limits and allowed values.</summary>
internal static class ProviderEmitter
{
    public static string Emit(ProviderUnit unit)
    {
        var ns = unit.Namespace;
        var full = "global::" + ns + ".SoraProvider";
        var providers = unit.Providers;
        var limits = providers.SelectMany(p => p.Limits).GroupBy(l => l.Key).Select(g => g.First()).OrderBy(l => l.Key, System.StringComparer.Ordinal).ToList();
        var w = new CodeWriter();
        CSharp.FileHeader(w, ns, providers.Select(ProfileAttribute));

        w.Line("/// <summary>A provider profile of the spec: where it lives, how it authenticates, what it accepts and its limits.</summary>");
        w.Line(CSharp.GeneratedCode);
        foreach (var p in providers)
        {
            w.Line($"[{ProfileAttribute(p)}]");
        }

        w.Open("public sealed partial class SoraProvider");
        var parameters = new List<string>
        {
            "string id", "string title", "string? description", "string? source", "string? baseUrl", "string? auth", "string? retiredOn", "string? retiredSource", "string? idPrefix",
            "global::System.Collections.Generic.IReadOnlyList<string> createContentTypes", "bool returnsVideoUrl",
            "global::System.Collections.Generic.IReadOnlyList<string> keyHeaders", "global::System.Collections.Generic.IReadOnlyList<string>? operations",
            "global::System.Collections.Generic.IReadOnlyList<string> extraStatuses", "bool honoursIdempotencyKey", "bool requiresIdempotencyKey", "string? errorSchema",
        };
        parameters.AddRange(limits.Select(l => Settings.ValueType(l, nullable: true) + " " + SpecReader.Parsing.Naming.ToParameterName(Settings.Name(l))));
        w.Open($"private SoraProvider({string.Join(", ", parameters)})");
        w.Line("Id = id;");
        w.Line("Title = title;");
        w.Line("Description = description;");
        w.Line("Source = source;");
        w.Line("BaseUrl = baseUrl;");
        w.Line("Auth = auth;");
        w.Line("RetiredOn = retiredOn;");
        w.Line("RetiredSource = retiredSource;");
        w.Line("IdPrefix = idPrefix;");
        w.Line("CreateContentTypes = createContentTypes;");
        w.Line("ReturnsVideoUrl = returnsVideoUrl;");
        w.Line("KeyHeaders = keyHeaders;");
        w.Line("Operations = operations;");
        w.Line("ExtraStatuses = extraStatuses;");
        w.Line("HonoursIdempotencyKey = honoursIdempotencyKey;");
        w.Line("RequiresIdempotencyKey = requiresIdempotencyKey;");
        w.Line("ErrorSchema = errorSchema;");
        foreach (var limit in limits)
        {
            w.Line($"{Settings.Name(limit)} = {SpecReader.Parsing.Naming.ToParameterName(Settings.Name(limit))};");
        }

        w.Close();

        foreach (var p in providers)
        {
            var arguments = new List<string>
            {
                CSharp.Literal(p.Id), CSharp.Literal(p.Title), Nullable(p.Description), Nullable(p.Source), Nullable(p.BaseUrl), Nullable(p.Auth),
                Nullable(p.Retired?.Date), Nullable(p.Retired?.Source), Nullable(p.IdPrefix), CSharp.ReadOnlyArray(p.CreateContentTypes), Bool(p.ReturnsVideoUrl),
                CSharp.ReadOnlyArray(p.KeyHeaders), p.Operations.Count == 0 ? "null" : CSharp.ReadOnlyArray(p.Operations),
                CSharp.ReadOnlyArray(p.ExtraStatuses), Bool(p.HonoursIdempotencyKey), Bool(p.RequiresIdempotencyKey), Nullable(p.ErrorSchema),
            };
            arguments.AddRange(limits.Select(l => p.Limits.FirstOrDefault(x => x.Key == l.Key) is { } value ? Settings.Expression(value) : "null"));
            w.Line();
            w.Line($"/// <summary>{CSharp.Xml(p.Title)}{(p.Source is null ? string.Empty : " (source: " + CSharp.Xml(p.Source) + ")")}.</summary>");
            w.Line($"public static {full} {p.Identifier} {{ get; }} = new {full}({string.Join(", ", arguments)});");
        }

        w.Line();
        w.Line("/// <summary>Every profile of the spec, in spec order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{full}> All {{ get; }} = global::System.Array.AsReadOnly(new {full}[] {{ {string.Join(", ", providers.Select(p => p.Identifier))} }});");

        Property(w, "string", "Id", "The profile id, as written in the spec and in the <c>SoraProvider</c> MSBuild property.");
        Property(w, "string", "Title", "A display name.");
        Property(w, "string?", "Description", "More about the profile, when the spec says more.");
        Property(w, "string?", "Source", "The document the profile's rules come from.");
        Property(w, "string?", "BaseUrl", "The documented base URL (it may contain a placeholder such as {resource}).");
        Property(w, "string?", "Auth", "How requests authenticate: <c>bearer</c> (Authorization: Bearer) or <c>api-key</c> (api-key header).");
        Property(w, "string?", "RetiredOn", "The date the service stopped running (yyyy-MM-dd), when the spec marks it retired.");
        Property(w, "string?", "RetiredSource", "The document that says the service stopped running, when the spec marks it retired.");
        w.Line();
        w.Line("/// <summary>Whether the spec marks the service retired: its profile stays for history and for servers that copy it.</summary>");
        w.Line("public bool IsRetired => RetiredOn is not null;");
        Property(w, "string?", "IdPrefix", "The prefix of the job ids it issues.");
        Property(w, "global::System.Collections.Generic.IReadOnlyList<string>", "CreateContentTypes", "The request content types it documents for creating a job.");
        Property(w, "bool", "ReturnsVideoUrl", "Whether a finished job carries <c>video_url</c>, a download link that may be on another host.");
        Property(w, "global::System.Collections.Generic.IReadOnlyList<string>", "KeyHeaders", "Other request headers the server also reads the bare API key from (beside <see cref=\"Auth\"/>'s).");
        Property(w, "global::System.Collections.Generic.IReadOnlyList<string>?", "Operations", "The operation ids the server offers, or null when it offers every operation of the spec.");
        w.Line();
        w.Line("/// <summary>Whether the server offers the operation with this id (every operation, when the profile does not list them).</summary>");
        w.Line("public bool Supports(string operationId) => Operations is null || global::System.Linq.Enumerable.Contains(Operations, operationId);");
        Property(w, "global::System.Collections.Generic.IReadOnlyList<string>", "ExtraStatuses", "Statuses the server reports, beyond the spec's, while a job has not finished.");
        Property(w, "bool", "HonoursIdempotencyKey", "Whether the server honours an <c>Idempotency-Key</c> header on a request that starts a job, so such a request may be sent again.");
        Property(w, "bool", "RequiresIdempotencyKey", "Whether the server refuses a request that starts a job without an <c>Idempotency-Key</c> header.");
        Property(w, "string?", "ErrorSchema", "The schema of the server's error bodies, when they are not the spec's error envelope (a schema name of <c>components/schemas</c>).");
        foreach (var limit in limits)
        {
            Property(w, Settings.ValueType(limit, nullable: true), Settings.Name(limit), $"The limit <c>{CSharp.Xml(limit.Key)}</c>, when the profile sets it.");
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line("/// The values this provider allows for a property of a schema, or null when it follows the spec's own rule or");
        w.Line("/// takes any value matching a pattern (<see cref=\"GetAllowedPattern\"/>).");
        w.Line("/// </summary>");
        w.Open("public global::System.Collections.Generic.IReadOnlyList<string>? GetAllowedValues(string schema, string property)");
        var index = 0;
        var lists = providers.SelectMany(p => p.Values).Where(v => v.Pattern is null).ToList();
        foreach (var values in lists)
        {
            var provider = providers.First(p => p.Id == values.Provider);
            w.Open($"if (global::System.Object.ReferenceEquals(this, {provider.Identifier}) && schema == {CSharp.Literal(values.Schema)} && property == {CSharp.Literal(values.Property)})");
            w.Line($"return s_allowedValues{index.ToString(System.Globalization.CultureInfo.InvariantCulture)};");
            w.Close();
            w.Line();
            index++;
        }

        w.Line("return null;");
        w.Close();

        index = 0;
        foreach (var values in lists)
        {
            w.Line();
            w.Line($"private static readonly global::System.Collections.Generic.IReadOnlyList<string> s_allowedValues{index.ToString(System.Globalization.CultureInfo.InvariantCulture)} = {CSharp.ReadOnlyArray(values.Values)};");
            index++;
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line("/// The regular expression (JSON Schema's dialect) any value this provider allows for a property of a schema matches,");
        w.Line("/// instead of the spec's list, or null when it does not widen the property by a pattern.");
        w.Line("/// </summary>");
        w.Open("public string? GetAllowedPattern(string schema, string property)");
        foreach (var values in providers.SelectMany(p => p.Values).Where(v => v.Pattern is not null))
        {
            var provider = providers.First(p => p.Id == values.Provider);
            w.Open($"if (global::System.Object.ReferenceEquals(this, {provider.Identifier}) && schema == {CSharp.Literal(values.Schema)} && property == {CSharp.Literal(values.Property)})");
            w.Line($"return {CSharp.Literal(values.Pattern!)};");
            w.Close();
            w.Line();
        }

        w.Line("return null;");
        w.Close();

        NameLookup(
            w,
            "The properties of a schema this provider demands although the spec lets them be left out (wire names; empty when none).",
            "GetRequiredProperties",
            "schema",
            providers.SelectMany(p => p.Requires.Select(r => (p.Identifier, Key: r.Schema, Name: r.Property))));
        NameLookup(
            w,
            "The parameters of an operation this provider demands although the spec lets them be left out (wire names; empty when none).",
            "GetRequiredParameters",
            "operationId",
            providers.SelectMany(p => p.RequiredParameters.Select(r => (p.Identifier, Key: r.OperationId, Name: r.Parameter))));

        if ((providers.FirstOrDefault(p => p.Retired is null) ?? providers.FirstOrDefault()) is { } live)
        {
            w.Line();
            w.Line("/// <summary>The first profile the spec does not mark retired (the first profile when all are): what a default should play.</summary>");
            w.Line($"public static {full} Default => {live.Identifier};");
        }

        w.Line();
        w.Line("/// <summary>Finds a profile by id (case-insensitive).</summary>");
        w.Open($"public static bool TryGet(string? id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {full}? provider)");
        w.Open("foreach (var candidate in All)");
        w.Open("if (string.Equals(candidate.Id, id, global::System.StringComparison.OrdinalIgnoreCase))");
        w.Line("provider = candidate;");
        w.Line("return true;");
        w.Close();
        w.Close();
        w.Line("provider = null;");
        w.Line("return false;");
        w.Close();

        w.Line();
        w.Line("/// <summary>Finds a profile by id (case-insensitive).</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">No profile has that id; the message lists the known ones.</exception>");
        w.Line($"public static {full} Get(string id) => TryGet(id, out var provider) ? provider : throw new global::System.ArgumentException(\"Unknown provider '\" + id + \"'. Known providers: {string.Join(", ", providers.Select(p => p.Id))}.\", nameof(id));");

        w.Line();
        w.Line("/// <summary>The profile id.</summary>");
        w.Line("public override string ToString() => Id;");
        w.Close();
        return w.ToString();
    }

    /// <summary>The profile's metadata attribute; a retired one carries its date, which the analyzer's SORA007 reads.</summary>
    private static string ProfileAttribute(ProviderModel p) =>
        $"{CSharp.Runtime}.Metadata.SoraProviderProfile({CSharp.Literal(p.Id)}{(p.Retired is { } retired ? ", RetiredOn = " + CSharp.Literal(retired.Date) : string.Empty)})";

    /// <summary>A method returning, for this profile and a key (a schema, an operation), the names the spec lists; empty otherwise.</summary>
    private static void NameLookup(CodeWriter w, string summary, string method, string parameter, IEnumerable<(string Identifier, string Key, string Name)> entries)
    {
        w.Line();
        w.Line($"/// <summary>{summary}</summary>");
        w.Open($"public global::System.Collections.Generic.IReadOnlyList<string> {method}(string {parameter})");
        foreach (var group in entries.GroupBy(e => (e.Identifier, e.Key)))
        {
            w.Open($"if (global::System.Object.ReferenceEquals(this, {group.Key.Identifier}) && {parameter} == {CSharp.Literal(group.Key.Key)})");
            w.Line($"return {CSharp.ReadOnlyArray(group.Select(e => e.Name))};");
            w.Close();
            w.Line();
        }

        w.Line("return global::System.Array.Empty<string>();");
        w.Close();
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Nullable(string? value) => value is null ? "null" : CSharp.Literal(value);

    private static void Property(CodeWriter w, string type, string name, string summary)
    {
        w.Line();
        w.Line($"/// <summary>{summary}</summary>");
        w.Line($"public {type} {name} {{ get; }}");
    }
}
