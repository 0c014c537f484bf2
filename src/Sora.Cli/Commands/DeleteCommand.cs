using System.CommandLine;
using Sora.Cli.Configuration;
using Sora.Cli.Output;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary><c>sora delete &lt;id&gt;</c>: delete a job and its assets.</summary>
internal static class DeleteCommand
{
    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var id = JobArguments.VideoId();
        var command = new Command("delete", "Delete a job and its assets.") { id };
        globals.AddServerTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var client = ServerConnection.Connect(CliSettings.Resolve(parsed, globals, io));
            var deleted = await client.DeleteAsync(parsed.GetValue(id)!, cancellationToken).ConfigureAwait(false);
            var shown = io.Text.Show(deleted.Id);
            io.Console.WriteLine(deleted.Deleted ? $"Deleted {shown}." : $"The server did not delete {shown}.");
            if (io.Json)
            {
                JsonResult.Write(io, deleted, SoraJsonContext.Default.DeletedVideo);
            }

            return deleted.Deleted ? ExitCodes.Ok : ExitCodes.Error;
        });
        return command;
    }
}
