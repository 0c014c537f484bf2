using System.CommandLine;
using System.Text.Json;
using Sora.Cli.Configuration;
using Sora.Cli.Journal;
using Sora.Cli.Output;
using Sora.Client;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary>
/// <c>sora resume</c>: downloads every job of the journal that finished but was never saved (a crash, a kill, a lost
/// network), each to the path recorded for it. Only jobs of the configured server are asked for, so its key never goes
/// to another server; the others are named with the base URL to resume them with.
/// </summary>
internal static class ResumeCommand
{
    private const string Saved = "saved";
    private const string Pending = "pending";
    private const string Exists = "exists";
    private const string NotSaved = "not_saved";
    private const string OtherServer = "other_server";

    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var force = new Option<bool>("--force") { Description = "Replace a file already at a job's recorded path." };
        var command = new Command("resume", "Download every finished job of the local journal that was not saved yet, to the path recorded for it.") { force };
        globals.AddServerTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = CliSettings.Resolve(parsed, globals, io);
            var server = ServerConnection.RequireServer(settings).ToString();
            var journal = JobJournal.For(io);
            var outcomes = new List<Outcome>();
            foreach (var job in journal.ReadJobs().Where(j => j.SavedTo is null && !IsFinalFailure(j.Status)))
            {
                if (job.BaseUrl != server)
                {
                    outcomes.Add(Report(io, new Outcome(job.Id, OtherServer, job.Creation.Path, $"created on {job.BaseUrl}: resume it with --base-url {ShellWord.Quote(job.BaseUrl)}")));
                    continue;
                }

                outcomes.Add(Report(io, await ResumeAsync(io, journal, settings, job, parsed.GetValue(force), cancellationToken).ConfigureAwait(false)));
            }

            if (io.Json)
            {
                JsonResult.Write(io, writer => WriteOutcomes(writer, outcomes));
            }
            else if (outcomes.Count == 0)
            {
                io.Console.WriteLine($"Nothing to resume: every job in {journal.Path} was saved or has failed.");
            }

            return outcomes.Any(o => o.Kind is NotSaved or Exists) ? ExitCodes.Error : ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<Outcome> ResumeAsync(CliIo io, JobJournal journal, CliSettings settings, JournaledJob job, bool force, CancellationToken cancellationToken)
    {
        var provider = settings.Provider ?? (job.Creation.Provider is { } id && SoraProvider.TryGet(id, out var recorded) ? recorded : null);
        using var client = ServerConnection.Create(new SoraClientOptions { BaseAddress = settings.BaseAddress!, ApiKey = settings.ApiKey, Provider = provider });
        if (job.Creation.Path is not { } path)
        {
            return new Outcome(job.Id, NotSaved, null, $"the journal records no path for it: use 'sora download {ShellWord.Quote(io.Text.Show(job.Id))} --out <file>'");
        }

        try
        {
            var video = await client.GetAsync(job.Id, cancellationToken).ConfigureAwait(false);
            if (video.Status.Value != job.Status)
            {
                journal.Append(new JournalEntry(JournalEntry.State, job.Id, job.BaseUrl) { Status = video.Status.Value, Progress = video.Progress });
            }

            if (video.Status != VideoStatus.Lifecycle.Success)
            {
                return video.Status.IsTerminal
                    ? new Outcome(job.Id, NotSaved, path, $"the job ended {JobProgressView.Describe(video, io.Text)}; there is nothing to download")
                    : new Outcome(job.Id, Pending, path, $"still {JobProgressView.Describe(video, io.Text)}; run 'sora resume' again later");
            }

            if (File.Exists(path) && !force)
            {
                return new Outcome(job.Id, Exists, path, $"'{path}' already exists: pass --force to replace it");
            }

            var saved = await client.DownloadAsync(video, path, overwrite: force, cancellationToken: cancellationToken).ConfigureAwait(false);
            journal.Append(new JournalEntry(JournalEntry.Saved, job.Id, job.BaseUrl) { Path = saved.Path, Bytes = saved.Length });
            return new Outcome(job.Id, Saved, saved.Path, null) { Bytes = saved.Length };
        }
        catch (Exception e) when (e is SoraException or IOException or UnauthorizedAccessException)
        {
            return new Outcome(job.Id, NotSaved, path, ErrorLine.Describe(e, io.Text));
        }
    }

    private static Outcome Report(CliIo io, Outcome outcome)
    {
        var id = io.Text.Show(outcome.Id);
        if (outcome.Kind == Saved)
        {
            io.Console.WriteLine($"Saved {id} to {outcome.Path} ({outcome.Bytes} bytes).");
        }
        else
        {
            io.Console.WriteLine($"{id}: {outcome.Message}.");
        }

        return outcome;
    }

    private static bool IsFinalFailure(string? status) => status is not null && new VideoStatus(status) is { IsTerminal: true } final && final != VideoStatus.Lifecycle.Success;

    private static void WriteOutcomes(Utf8JsonWriter writer, List<Outcome> outcomes)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("jobs");
        foreach (var outcome in outcomes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", outcome.Id);
            writer.WriteString("outcome", outcome.Kind);
            writer.WriteString("path", outcome.Path);
            if (outcome.Bytes is { } bytes)
            {
                writer.WriteNumber("bytes", bytes);
            }

            writer.WriteString("message", outcome.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private sealed record Outcome(string Id, string Kind, string? Path, string? Message)
    {
        public long? Bytes { get; init; }
    }
}
