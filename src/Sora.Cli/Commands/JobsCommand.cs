using System.CommandLine;
using System.Globalization;
using Sora.Cli.Journal;
using Sora.Cli.Output;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary><c>sora jobs</c>: every job the journal holds, with its last known state and where its video goes.</summary>
internal static class JobsCommand
{
    public static Command Create(CliIo io)
    {
        var command = new Command("jobs", $"List the jobs this machine created (the local journal; {JournalFolder.HomeVariable} moves it), with their last known state.");
        command.SetAction(_ =>
        {
            var journal = JobJournal.For(io);
            var jobs = journal.ReadJobs();
            if (io.Json)
            {
                JsonResult.Write(io, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var job in jobs)
                    {
                        Write(writer, job);
                    }

                    writer.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            if (jobs.Count == 0)
            {
                io.Console.WriteLine($"No jobs in {journal.Path}.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("id", "last known", "saved", "server", "created");
            foreach (var job in jobs)
            {
                table.AddRow(
                    new Text(io.Text.Show(job.Id)),
                    new Text(io.Text.Show(State(job))),
                    new Text(io.Text.Show(job.SavedTo ?? "no: " + job.Creation.Path)),
                    new Text(io.Text.Show(job.BaseUrl)),
                    new Text(job.Creation.At.ToString("u", CultureInfo.InvariantCulture)));
            }

            io.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A journaled job as <c>--json</c> shows it.</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter writer, JournaledJob job)
    {
        writer.WriteStartObject();
        writer.WriteString("id", job.Id);
        writer.WriteString("base_url", job.BaseUrl);
        writer.WriteString("provider", job.Creation.Provider);
        writer.WriteString("status", job.Status);
        if (job.Progress is { } progress)
        {
            writer.WriteNumber("progress", progress);
        }
        else
        {
            writer.WriteNull("progress");
        }

        writer.WriteString("path", job.Creation.Path);
        writer.WriteString("saved_to", job.SavedTo);
        writer.WriteString("created_at", job.Creation.At.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("updated_at", job.Updated.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    private static string State(JournaledJob job) =>
        (job.Status ?? "unknown") + (job.Progress is { } percent ? " " + percent.ToString(CultureInfo.InvariantCulture) + "%" : string.Empty);
}
