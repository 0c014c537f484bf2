using System.CommandLine;
using Sora.Cli.Configuration;
using Sora.Cli.Files;
using Sora.Cli.Journal;
using Sora.Cli.Output;
using Sora.Client;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary>
/// <c>sora generate "prompt"</c>: check everything that can be checked (the request, the image, the provider's body
/// forms, the output path), create the job, record it in the journal, follow it and download its video atomically.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>What a refusal before the create says did not happen.</summary>
    public const string NothingCreated = "nothing was created";

    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var prompt = OptionSyntax.Text("prompt", "What the video shows.");
        var output = new Option<string?>("--out", "-o") { Description = "Where to save the video. Default: <job id>.<type> in the current folder (the id made safe for a file name)." };
        var force = new Option<bool>("--force") { Description = "Replace the file at --out if it exists." };
        var request = new RequestOptions();
        var command = new Command("generate", "Create a video, show its progress and save it. Without a configured server, runs against the embedded emulator.")
        {
            prompt,
            output,
            force,
        };
        request.AddTo(command);
        globals.AddServerTo(command);
        command.SetAction((parsed, cancellationToken) => RunAsync(io, CliSettings.Resolve(parsed, globals, io), request, parsed, parsed.GetValue(prompt)!, parsed.GetValue(output), parsed.GetValue(force), cancellationToken));
        return command;
    }

    /// <summary>Writes a verdict that stops a request: the header line and one line per violation, on stderr.</summary>
    public static async Task<int> RefuseAsync(CliIo io, RequestVerdict verdict)
    {
        await ErrorLine.WriteAsync(io.Error, $"the request is invalid ({verdict.Violations.Count} problem{(verdict.Violations.Count == 1 ? string.Empty : "s")}); nothing was sent:").ConfigureAwait(false);
        foreach (var violation in verdict.Violations)
        {
            await io.Error.WriteLineAsync("  " + ViolationText.Format(violation)).ConfigureAwait(false);
        }

        if (io.Json)
        {
            JsonResult.Write(io, writer => ValidateCommand.WriteVerdict(writer, verdict, null));
        }

        return ExitCodes.Error;
    }

    /// <summary>The unknown values the request sends as typed, as warnings on stderr.</summary>
    public static async Task WarnAsync(CliIo io, RequestVerdict verdict)
    {
        foreach (var warning in verdict.Warnings)
        {
            await ErrorLine.WriteAsync(io.Error, "warning: " + warning).ConfigureAwait(false);
        }
    }

    private static async Task<int> RunAsync(CliIo io, CliSettings settings, RequestOptions options, ParseResult parsed, string prompt, string? output, bool force, CancellationToken cancellationToken)
    {
        var embedded = settings.BaseAddress is null;
        var provider = settings.Provider ?? (embedded ? DefaultProvider.Live : null);
        var request = await options.BuildAsync(io, parsed, prompt, cancellationToken).ConfigureAwait(false);
        var verdict = RequestVerdict.Judge(request, provider);
        if (!verdict.IsValid)
        {
            return await RefuseAsync(io, verdict).ConfigureAwait(false);
        }

        var target = OutputTarget.Check(io, output, force, NothingCreated);
        if (target is null)
        {
            OutputTarget.CheckFolder(io.WorkingDirectory, NothingCreated);
        }

        await WarnAsync(io, verdict).ConfigureAwait(false);
        await RetiredProviderWarning.WriteAsync(io, provider).ConfigureAwait(false);
        EmbeddedEmulator? emulator = null;
        try
        {
            SoraClient client;
            if (embedded)
            {
                emulator = await EmbeddedEmulator.StartAsync(provider!, cancellationToken).ConfigureAwait(false);
                client = emulator.Client;
                io.Console.WriteLine($"No {EnvironmentVariables.BaseUrl}: using the embedded emulator (profile {provider!.Id}) at {emulator.Emulator.BaseAddress}");
            }
            else
            {
                client = ServerConnection.Connect(settings);
            }

            using var owned = embedded ? null : client;
            // The embedded emulator stops with this command, so a job it may have started is no job to look for.
            var created = embedded
                ? await client.CreateAsync(request, cancellationToken).ConfigureAwait(false)
                : await JobCreation.StartAsync(token => client.CreateAsync(request, token), cancellationToken).ConfigureAwait(false);
            var follower = new JobFollower(io, client, embedded ? null : JobJournal.For(io), (emulator?.Emulator.BaseAddress ?? settings.BaseAddress!).ToString(), provider);
            var asked = new JournalRequest(request.Prompt, request.Model?.Value, request.Size?.Value, request.Seconds?.Value, request.InputReference?.File?.FileName, null);
            return await follower.FollowAsync(created, asked, target, force, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (emulator is not null)
            {
                await emulator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
