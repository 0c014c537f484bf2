using System.CommandLine;
using Sora.Cli.Configuration;
using Sora.Cli.Files;
using Sora.Cli.Journal;
using Sora.Cli.Output;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary>
/// <c>sora remix &lt;id&gt; "prompt"</c>: start a new job from a finished one. With <c>--wait</c> or <c>--out</c> it is
/// followed and saved as <c>generate</c> does (output checked first, recorded in the journal).
/// </summary>
internal static class RemixCommand
{
    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var id = JobArguments.VideoId();
        var prompt = OptionSyntax.Text("prompt", "What to change.");
        var wait = new Option<bool>("--wait") { Description = "Follow the new job and save its video (to --out, or <job id>.<type> in the current folder)." };
        var output = new Option<string?>("--out", "-o") { Description = "Where to save the new video; implies --wait." };
        var force = new Option<bool>("--force") { Description = "Replace the file at --out if it exists." };
        var command = new Command("remix", "Start a new job from a finished one with a new prompt; --wait follows it and saves its video.") { id, prompt, wait, output, force };
        globals.AddServerTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = CliSettings.Resolve(parsed, globals, io);
            var follow = parsed.GetValue(wait) || parsed.GetResult(output) is not null;
            var overwrite = parsed.GetValue(force);
            var target = OutputTarget.Check(io, parsed.GetValue(output), overwrite, GenerateCommand.NothingCreated);
            if (follow && target is null)
            {
                OutputTarget.CheckFolder(io.WorkingDirectory, GenerateCommand.NothingCreated);
            }

            await RetiredProviderWarning.WriteAsync(io, settings.Provider).ConfigureAwait(false);
            using var client = ServerConnection.Connect(settings);
            var source = parsed.GetValue(id)!;
            var text = parsed.GetValue(prompt)!;
            var remix = await JobCreation.StartAsync(token => client.RemixAsync(source, new RemixVideoRequest(text), token), cancellationToken).ConfigureAwait(false);
            var follower = new JobFollower(io, client, JobJournal.For(io), settings.BaseAddress!.ToString(), settings.Provider);
            var asked = new JournalRequest(text, null, null, null, null, source);
            if (follow)
            {
                io.Console.WriteLine($"Remixing {io.Text.Show(source)}.");
                return await follower.FollowAsync(remix, asked, target, overwrite, cancellationToken).ConfigureAwait(false);
            }

            follower.Remember(remix, asked, null);

            io.Console.WriteLine($"Job {io.Text.Show(remix.Id)} created from {io.Text.Show(source)} ({JobProgressView.Describe(remix, io.Text)}).");
            if (io.Json)
            {
                JsonResult.Write(io, remix);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
