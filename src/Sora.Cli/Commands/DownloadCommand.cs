using System.CommandLine;
using Sora.Cli.Configuration;
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
        var output = new Option<string?>("--out", "-o") { Description = "Where to save it. Default: <job id>.<type> in the current folder." };
        var command = new Command("download", "Save a finished job's video (or another asset). Nothing is left behind if it fails.") { id, variant, output };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var client = ServerConnection.Connect(CliSettings.Resolve(parsed, globals, io));
            var chosen = parsed.GetValue(variant) is { } value ? new VideoContentVariant(value) : VideoContentVariant.Default;
            var video = await client.GetAsync(parsed.GetValue(id)!, cancellationToken).ConfigureAwait(false);
            if (video.Status != VideoStatus.Lifecycle.Success)
            {
                // Asking for the content of an unfinished job only earns a server error; say what the job is doing.
                await ErrorLine.WriteAsync(io.Error, $"job {video.Id} is {JobProgressView.Describe(video)}, not {VideoStatus.Lifecycle.Success.Value}: nothing to download yet.").ConfigureAwait(false);
                return ExitCodes.Error;
            }

            var path = MediaFile.PathFor(parsed.GetValue(output), video.Id, chosen);
            var saved = await client.DownloadAsync(video, path, chosen, cancellationToken: cancellationToken).ConfigureAwait(false);
            io.Console.WriteLine($"Saved to {saved.Path} ({saved.Length} bytes).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
