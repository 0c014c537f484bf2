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
    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var id = JobArguments.VideoId();
        var variant = new Option<string?>("--variant") { Description = "Which asset; the video when omitted." };
        variant.AcceptOnlyFromAmong([.. VideoContentVariant.KnownValues.Select(v => v.Value)]);
        var output = new Option<string?>("--out", "-o") { Description = "Where to save it. Default: <job id>.<type> in the current folder (the id made safe for a file name)." };
        var command = new Command("download", "Save a finished job's video (or another asset). Nothing is left behind if it fails.") { id, variant, output };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var client = ServerConnection.Connect(CliSettings.Resolve(parsed, globals, io));
            var chosen = parsed.GetValue(variant) is { } value ? new VideoContentVariant(value) : VideoContentVariant.Default;
            var requested = parsed.GetValue(id)!;
            var video = await client.GetAsync(requested, cancellationToken).ConfigureAwait(false);
            if (video.Status != VideoStatus.Lifecycle.Success)
            {
                // Asking for the content of an unfinished job only earns a server error; say what the job is doing.
                await ErrorLine.WriteAsync(io.Error, $"job {io.Text.Show(video.Id)} is {JobProgressView.Describe(video, io.Text)}, not {VideoStatus.Lifecycle.Success.Value}: nothing to download yet.").ConfigureAwait(false);
                return ExitCodes.Error;
            }

            // The name comes from the id the user asked for, not from whatever id the server put in its answer.
            JobIds.RequireFromServer(video.Id, "for job " + requested);
            var path = MediaFile.PathFor(io, parsed.GetValue(output), requested, chosen);
            var saved = await client.DownloadAsync(video, path, chosen, cancellationToken: cancellationToken).ConfigureAwait(false);
            io.Console.WriteLine($"Saved to {saved.Path} ({saved.Length} bytes).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
