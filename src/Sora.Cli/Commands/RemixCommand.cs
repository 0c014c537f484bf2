using System.CommandLine;
using Sora.Cli.Configuration;
using Sora.Cli.Output;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary><c>sora remix &lt;id&gt; "prompt"</c>: start a new job from a finished one.</summary>
internal static class RemixCommand
{
    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var id = JobArguments.VideoId();
        var prompt = OptionSyntax.Text("prompt", "What to change.");
        var command = new Command("remix", "Start a new job from a finished one with a new prompt; follow it with 'sora status'.") { id, prompt };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var client = ServerConnection.Connect(CliSettings.Resolve(parsed, globals, io));
            var source = parsed.GetValue(id)!;
            var remix = await JobCreation.StartAsync(token => client.RemixAsync(source, new RemixVideoRequest(parsed.GetValue(prompt)!), token), cancellationToken).ConfigureAwait(false);
            io.Console.WriteLine($"Job {io.Text.Show(remix.Id)} created from {io.Text.Show(source)} ({JobProgressView.Describe(remix, io.Text)}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
