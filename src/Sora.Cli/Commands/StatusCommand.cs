using System.CommandLine;
using Sora.Cli.Configuration;
using Sora.Cli.Output;

namespace Sora.Cli.Commands;

/// <summary><c>sora status &lt;id&gt;</c>: a job's status, progress and details.</summary>
internal static class StatusCommand
{
    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var id = JobArguments.VideoId();
        var command = new Command("status", "Show a job's status and progress.") { id };
        globals.AddServerTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var client = ServerConnection.Connect(CliSettings.Resolve(parsed, globals, io));
            var video = await client.GetAsync(parsed.GetValue(id)!, cancellationToken).ConfigureAwait(false);
            if (io.Json)
            {
                JsonResult.Write(io, video);
            }
            else
            {
                io.Console.Write(JobViews.Details(video, io.Text));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
