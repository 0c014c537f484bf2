using System.CommandLine;
using Sora.Cli.Configuration;
using Sora.Cli.Files;
using Sora.Cli.Output;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary><c>sora download &lt;id&gt;</c>: save a finished job's media, atomically.</summary>
internal static class DownloadCommand
{
    private const string NothingDownloaded = "nothing was downloaded";

    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var id = JobArguments.VideoId();
        var variant = new Option<string?>("--variant") { Description = "Which asset; the video when omitted." };
        variant.AcceptOnlyFromAmong([.. VideoContentVariant.KnownValues.Select(v => v.Value)]);
        var output = new Option<string?>("--out", "-o") { Description = "Where to save it. Default: <job id>.<type> in the current folder (the id made safe for a file name)." };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var command = new Command("download", "Save a finished job's video (or another asset). Nothing is left behind if it fails.") { id, variant, output, force };
        globals.AddServerTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var overwrite = parsed.GetValue(force);
            var target = OutputTarget.Check(io, parsed.GetValue(output), overwrite, NothingDownloaded);
            using var client = ServerConnection.Connect(CliSettings.Resolve(parsed, globals, io));
            var chosen = parsed.GetValue(variant) is { } value ? new VideoContentVariant(value) : VideoContentVariant.Default;
            var requested = parsed.GetValue(id)!;
            var video = await client.GetAsync(requested, cancellationToken).ConfigureAwait(false);
            if (video.Status != VideoStatus.Lifecycle.Success)
            {
                // Asking for the content of an unfinished job only earns a server error; say what the job is doing.
                throw new UnusableAnswerException($"job {io.Text.Show(video.Id)} is {JobProgressView.Describe(video, io.Text)}, not {VideoStatus.Lifecycle.Success.Value}: nothing to download yet.");
            }

            // The name comes from the id the user asked for, not from whatever id the server put in its answer.
            JobIds.RequireFromServer(video.Id, "for job " + requested);
            var path = target ?? MediaFile.PathFor(io, null, requested, chosen);
            if (target is null)
            {
                OutputTarget.Check(io, path, overwrite, NothingDownloaded);
            }

            var saved = await client.DownloadAsync(video, path, chosen, overwrite, cancellationToken).ConfigureAwait(false);
            io.Console.WriteLine($"Saved to {saved.Path} ({saved.Length} bytes).");
            if (io.Json)
            {
                JsonResult.Write(io, writer => JobFollower.WriteSaved(writer, video, saved));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
