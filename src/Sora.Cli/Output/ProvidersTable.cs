using System.Globalization;
using System.Text.Json;
using Sora.Contracts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sora.Cli.Output;

/// <summary>
/// The spec's provider profiles, every value from the generated metadata: a table when it fits the console's width,
/// else one block per profile whose values wrap between words (a model name is never cut in two).
/// </summary>
internal static class ProvidersTable
{
    private const string RequestSchema = nameof(CreateVideoRequest);

    private static readonly string[] s_headers = ["profile", "base URL", "models", "sizes", "seconds", "limits", "auth", "bodies"];

    public static IRenderable Build(IAnsiConsole console, IEnumerable<SoraProvider> providers)
    {
        var rows = providers.Select(Row).ToList();
        var table = new Table().AddColumns(s_headers);
        foreach (var row in rows)
        {
            table.AddRow(row.Select(value => new Text(value)).ToArray());
        }

        var width = console.Profile.Width;
        if (((IRenderable)table).Measure(RenderOptions.Create(console), width).Max <= width)
        {
            return table;
        }

        var blocks = new List<IRenderable>();
        foreach (var row in rows)
        {
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(2)).AddColumn();
            for (var i = 1; i < s_headers.Length; i++)
            {
                grid.AddRow(new Text(s_headers[i]), new Text(row[i]));
            }

            blocks.Add(new Rows(new Text(row[0]), grid, Text.Empty));
        }

        return new Rows(blocks);
    }

    /// <summary>The profiles as <c>--json</c> prints them: one object each, lists as arrays.</summary>
    public static void WriteJson(Utf8JsonWriter writer, IEnumerable<SoraProvider> providers)
    {
        writer.WriteStartArray();
        foreach (var provider in providers)
        {
            writer.WriteStartObject();
            writer.WriteString("id", provider.Id);
            writer.WriteString("title", provider.Title);
            writer.WriteString("base_url", provider.BaseUrl);
            writer.WriteString("auth", provider.Auth);
            writer.WriteString("retired_on", provider.RetiredOn);
            writer.WriteString("retired_source", provider.RetiredSource);
            WriteAllowed(writer, "models", provider, "model", VideoModel.KnownValues.Select(v => v.Value));
            WriteAllowed(writer, "sizes", provider, "size", VideoSize.KnownValues.Select(v => v.Value));
            WriteAllowed(writer, "seconds", provider, "seconds", VideoSeconds.KnownValues.Select(v => v.Value));
            WriteList(writer, "bodies", provider.CreateContentTypes);
            WriteNumber(writer, "concurrent_jobs", provider.ConcurrentJobs);
            WriteNumber(writer, "asset_lifetime_seconds", (int?)provider.AssetLifetime?.TotalSeconds);
            WriteNumber(writer, "download_url_lifetime_seconds", (int?)provider.DownloadUrlLifetime?.TotalSeconds);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string[] Row(SoraProvider provider) =>
    [
        provider.Id + (provider.RetiredOn is { } date ? " (retired " + date + ")" : string.Empty),
        provider.BaseUrl ?? "-",
        Shown(provider, "model", VideoModel.KnownValues.Select(v => v.Value)),
        Shown(provider, "size", VideoSize.KnownValues.Select(v => v.Value)),
        Shown(provider, "seconds", VideoSeconds.KnownValues.Select(v => v.Value)),
        Limits(provider),
        provider.Auth ?? string.Empty,
        string.Join(", ", provider.CreateContentTypes),
    ];

    private static IEnumerable<string> Allowed(SoraProvider provider, string property, IEnumerable<string> known) =>
        provider.GetAllowedValues(RequestSchema, property) ?? known;

    /// <summary>A cell: the allowed values, or the pattern a profile takes instead of a list ("matching ^[0-9]+$").</summary>
    private static string Shown(SoraProvider provider, string property, IEnumerable<string> known) =>
        provider.GetAllowedPattern(RequestSchema, property) is { } pattern ? "matching " + pattern : string.Join(", ", Allowed(provider, property, known));

    /// <summary>
    /// The allowed values as an array and <c>{name}_pattern</c> beside it: a profile that takes any value matching a
    /// pattern has the pattern there and null for the list, which it has not.
    /// </summary>
    private static void WriteAllowed(Utf8JsonWriter writer, string name, SoraProvider provider, string property, IEnumerable<string> known)
    {
        var pattern = provider.GetAllowedPattern(RequestSchema, property);
        if (pattern is null)
        {
            WriteList(writer, name, Allowed(provider, property, known));
        }
        else
        {
            writer.WriteNull(name);
        }

        writer.WriteString(name + "_pattern", pattern);
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Limits(SoraProvider provider)
    {
        var limits = new List<string>();
        if (provider.ConcurrentJobs is { } jobs)
        {
            limits.Add(jobs.ToString(CultureInfo.InvariantCulture) + " concurrent jobs");
        }

        if (provider.AssetLifetime is { } assets)
        {
            limits.Add("assets kept " + Duration(assets));
        }

        if (provider.DownloadUrlLifetime is { } links)
        {
            limits.Add("download links " + Duration(links));
        }

        return limits.Count == 0 ? "-" : string.Join(", ", limits);
    }

    private static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 && span.TotalHours % 1 == 0 ? span.TotalHours.ToString(CultureInfo.InvariantCulture) + " h"
        : span.TotalMinutes >= 1 && span.TotalMinutes % 1 == 0 ? span.TotalMinutes.ToString(CultureInfo.InvariantCulture) + " min"
        : span.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s";
}
