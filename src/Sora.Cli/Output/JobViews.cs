using System.Globalization;
using Sora.Contracts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sora.Cli.Output;

/// <summary>Jobs as a details grid (<c>status</c>) and as a table (<c>list</c>); every value a server sent goes through <see cref="SafeText"/>.</summary>
internal static class JobViews
{
    public static IRenderable Details(Video video, SafeText text)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        Row(grid, text, "id", video.Id);
        Row(grid, text, "status", JobProgressView.Describe(video, text));
        Row(grid, text, "model", video.Model.Value);
        Row(grid, text, "size", video.Size?.Value);
        Row(grid, text, "seconds", video.Seconds?.Value);
        Row(grid, text, "prompt", video.Prompt);
        Row(grid, text, "remixed from", video.RemixedFromVideoId);
        Row(grid, text, "created", Time(video.CreatedAt));
        Row(grid, text, "finished", Time(video.CompletedAt));
        Row(grid, text, "expires", Time(video.ExpiresAt));
        Row(grid, text, "error", video.Error is { } error ? error.Code + ": " + error.Message : null);
        return grid;
    }

    public static IRenderable Table(IEnumerable<Video> videos, SafeText text)
    {
        var table = new Table().AddColumns("id", "status", "model", "size", "seconds", "created");
        foreach (var video in videos)
        {
            table.AddRow(
                Cell(text, video.Id),
                Cell(text, JobProgressView.Describe(video, text)),
                Cell(text, video.Model.Value),
                Cell(text, video.Size?.Value),
                Cell(text, video.Seconds?.Value),
                Cell(text, Time(video.CreatedAt)));
        }

        return table;
    }

    private static void Row(Grid grid, SafeText text, string name, string? value)
    {
        if (value is not null)
        {
            grid.AddRow(new Text(name), Cell(text, value));
        }
    }

    private static Text Cell(SafeText text, string? value) => new(text.Show(value));

    private static string? Time(long? unixSeconds) =>
        unixSeconds is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("u", CultureInfo.InvariantCulture) : null;
}
