using System.Text.Json;
using Sora.Cli.Files;
using Sora.Cli.Journal;
using Sora.Cli.Output;
using Sora.Client;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary>
/// What <c>generate</c> and <c>remix --wait</c> do once a job exists: record it in the journal before anything else,
/// show its progress, download its video atomically. Whatever fails from here on, the error line names the job and the
/// exact command that fetches it, since the job is paid for.
/// </summary>
/// <param name="Journal">Where the job is recorded; null for the embedded emulator, whose jobs end with the command.</param>
/// <param name="BaseUrl">The server, as recorded.</param>
/// <param name="Provider">The profile, as recorded.</param>
internal sealed record JobFollower(CliIo Io, SoraClient Client, JobJournal? Journal, string BaseUrl, SoraProvider? Provider)
{
    /// <summary>Records, follows and saves <paramref name="created"/>; returns the exit code.</summary>
    /// <param name="created">The create (or remix) answer, its id already checked.</param>
    /// <param name="request">What was asked, for the journal.</param>
    /// <param name="target">The checked <c>--out</c>, or null for the default name in the working folder.</param>
    /// <param name="force">Replace an existing file.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public async Task<int> FollowAsync(Video created, JournalRequest request, string? target, bool force, CancellationToken cancellationToken)
    {
        var text = Io.Text;
        var path = Remember(created, request, target);
        Io.Console.WriteLine($"Job {text.Show(created.Id)} created ({text.Show(created.Model.Value)}, {text.Show(created.Size?.Value)}, {text.Show(created.Seconds?.Value)} s).");
        var last = created.Status.Value;
        try
        {
            var (finished, saved) = await JobProgressView.RunAsync(Io.Console, text, created, async (progress, step) =>
            {
                var recording = new InlineProgress<Video>(video =>
                {
                    progress.Report(video);
                    if (video.Status.Value != last)
                    {
                        last = video.Status.Value;
                        Record(new JournalEntry(JournalEntry.State, created.Id, BaseUrl) { Status = last, Progress = video.Progress });
                    }
                });

                // A job already done when created (a fast or caching server) needs no poll, as SoraClient.GenerateAsync does.
                var done = created.Status == VideoStatus.Lifecycle.Success
                    ? created
                    : await Client.WaitForCompletionAsync(created.Id, recording, cancellationToken).ConfigureAwait(false);
                JobIds.RequireFromServer(done.Id, "for the finished job");
                if (done.Status.Value != last)
                {
                    Record(new JournalEntry(JournalEntry.State, created.Id, BaseUrl) { Status = done.Status.Value, Progress = done.Progress });
                }

                step("downloading");
                return (done, await Client.DownloadAsync(done, path, overwrite: force, cancellationToken: cancellationToken).ConfigureAwait(false));
            }).ConfigureAwait(false);
            Record(new JournalEntry(JournalEntry.Saved, created.Id, BaseUrl) { Path = saved.Path, Bytes = saved.Length });
            Io.Console.WriteLine($"Saved to {saved.Path} ({saved.Length} bytes).");
            if (Io.Json)
            {
                JsonResult.Write(Io, writer => WriteSaved(writer, finished, saved));
            }

            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client has already removed its temporary file; what the user needs now is the way back to the job.
            await Io.Error.WriteLineAsync(Journal is null
                ? $"Interrupted. The job {text.Show(created.Id)} ran in the embedded emulator, which stops with this command."
                : $"Interrupted. The job {text.Show(created.Id)} goes on; fetch it later with: {FetchCommand(created.Id, path)}").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is not OperationCanceledException && Journal is not null)
        {
            if (e is SoraJobFailedException failed)
            {
                Record(new JournalEntry(JournalEntry.State, created.Id, BaseUrl) { Status = failed.Job.Status.Value, Progress = failed.Job.Progress });
                throw;
            }

            throw new JobCreatedException(e, $"The job {text.Show(created.Id)} was created; fetch it once it is finished with: {FetchCommand(created.Id, path)} (or 'sora resume').");
        }
    }

    /// <summary>Records a new job in the journal before anything else happens; returns the path its video is meant for.</summary>
    public string Remember(Video created, JournalRequest request, string? target)
    {
        var path = MediaFile.PathFor(Io, target, created.Id, VideoContentVariant.Default);
        Record(new JournalEntry(JournalEntry.Created, created.Id, BaseUrl) { Provider = Provider?.Id, Request = request, Path = path, Status = created.Status.Value, Progress = created.Progress });
        return path;
    }

    /// <summary>The command that downloads the job to the path it was meant for, quoted for a shell.</summary>
    public string FetchCommand(string id, string path) => $"sora download {ShellWord.Quote(Io.Text.Show(id))} --out {ShellWord.Quote(path)}";

    public static void WriteSaved(Utf8JsonWriter writer, Video video, SoraDownloadResult saved)
    {
        writer.WriteStartObject();
        writer.WriteString("id", video.Id);
        writer.WriteString("status", video.Status.Value);
        writer.WriteString("path", saved.Path);
        writer.WriteNumber("bytes", saved.Length);
        writer.WriteString("content_type", saved.ContentType);
        writer.WritePropertyName("job");
        JsonSerializer.Serialize(writer, video, SoraJsonContext.Default.Video);
        writer.WriteEndObject();
    }

    // A journal that cannot be written must not cost the job: the user is told, and the command goes on.
    private void Record(JournalEntry entry)
    {
        if (Journal is null)
        {
            return;
        }

        try
        {
            Journal.Append(entry);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Io.Error.WriteLine($"sora: warning: could not record job {Io.Text.Show(entry.Id)} in {Journal.Path}: {e.Message}");
        }
    }
}
