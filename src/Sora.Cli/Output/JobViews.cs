using System.Globalization;
using Sora.Contracts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sora.Cli.Output;

/// <summary>Jobs as a details grid (<c>status</c>) and as a table (<c>list</c>).</summary>
internal static class JobViews
{
    public static IRenderable Details(Video video)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        Row(grid, "id", video.Id);
        Row(grid, "status", JobProgressView.Describe(video));
        Row(grid, "model", video.Model.Value);
        Row(grid, "size", video.Size?.Value);
        Row(grid, "seconds", video.Seconds?.Value);
        Row(grid, "prompt", video.Prompt);
        Row(grid, "remixed from", video.RemixedFromVideoId);
        Row(grid, "created", Time(video.CreatedAt));
        Row(grid, "finished", Time(video.CompletedAt));
        Row(grid, "expires", Time(video.ExpiresAt));
        Row(grid, "error", video.Error is { } error ? error.Code + ": " + error.Message : null);
        return grid;
    }

    public static IRenderable Table(IEnumerable<Video> videos)
    {
        var table = new Table().AddColumns("id", "status", "model", "size", "seconds", "created");
        foreach (var video in videos)
        {
            table.AddRow(
                Cell(video.Id),
                Cell(JobProgressView.Describe(video)),
                Cell(video.Model.Value),
                Cell(video.Size?.Value),
                Cell(video.Seconds?.Value),
                Cell(Time(video.CreatedAt)));
        }

        return table;
    }

    private static void Row(Grid grid, string name, string? value)
    {
        if (value is not null)
        {
            grid.AddRow(new Text(name), new Text(value));
        }
    }

    private static Text Cell(string? value) => new(value ?? string.Empty);

    private static string? Time(long? unixSeconds) =>
        unixSeconds is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("u", CultureInfo.InvariantCulture) : null;
}
