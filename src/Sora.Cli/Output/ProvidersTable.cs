using System.Globalization;
using Sora.Contracts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sora.Cli.Output;

/// <summary>The spec's provider profiles as a table; every value comes from the generated metadata.</summary>
internal static class ProvidersTable
{
    private const string RequestSchema = nameof(CreateVideoRequest);

    public static IRenderable Build()
    {
        var table = new Table().AddColumns("profile", "models", "sizes", "seconds", "limits", "auth", "bodies");
        foreach (var provider in SoraProvider.All)
        {
            table.AddRow(
                Cell(provider.Id + (provider.ShutDown is { } date ? " (shut down " + date + ")" : string.Empty)),
                Cell(Allowed(provider, "model", VideoModel.KnownValues.Select(v => v.Value))),
                Cell(Allowed(provider, "size", VideoSize.KnownValues.Select(v => v.Value))),
                Cell(Allowed(provider, "seconds", VideoSeconds.KnownValues.Select(v => v.Value))),
                Cell(Limits(provider)),
                Cell(provider.Auth ?? string.Empty),
                Cell(string.Join(", ", provider.CreateContentTypes)));
        }

        return table;
    }

    private static string Allowed(SoraProvider provider, string property, IEnumerable<string> known) =>
        string.Join(", ", provider.GetAllowedValues(RequestSchema, property) ?? known);

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

    private static Text Cell(string value) => new(value);
}
