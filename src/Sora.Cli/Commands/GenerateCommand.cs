using System.CommandLine;
using Sora.Cli.Configuration;
using Sora.Cli.Files;
using Sora.Cli.Output;
using Sora.Client;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary><c>sora generate "prompt"</c>: validate, create, follow the job, download its video atomically.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var prompt = OptionSyntax.Text("prompt", "What the video shows.");
        var output = new Option<string?>("--out", "-o") { Description = "Where to save the video. Default: <job id>.<type> in the current folder (the id made safe for a file name)." };
        var request = new RequestOptions();
        var command = new Command("generate", "Create a video, show its progress and save it. Without a configured server, runs against the embedded emulator.")
        {
            prompt,
            output,
        };
        request.AddTo(command);
        command.SetAction((parsed, cancellationToken) => RunAsync(io, CliSettings.Resolve(parsed, globals, io), request, parsed, parsed.GetValue(prompt)!, parsed.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliIo io, CliSettings settings, RequestOptions options, ParseResult parsed, string prompt, string? output, CancellationToken cancellationToken)
    {
        var embedded = settings.BaseAddress is null;
        var provider = settings.Provider ?? (embedded ? SoraProvider.All[0] : null);
        var request = await options.BuildAsync(io, parsed, prompt, cancellationToken).ConfigureAwait(false);
        var validation = request.Validate(provider);
        if (!validation.IsValid)
        {
            await ErrorLine.WriteAsync(io.Error, $"the request is invalid ({validation.Violations.Count} problem{(validation.Violations.Count == 1 ? string.Empty : "s")}); nothing was sent:").ConfigureAwait(false);
            foreach (var violation in validation.Violations)
            {
                await io.Error.WriteLineAsync("  " + ViolationText.Format(violation)).ConfigureAwait(false);
            }

            return ExitCodes.Error;
        }

        var target = output is null ? null : io.FullPath(output);
        if (target is not null && File.Exists(target))
        {
            throw new CliUsageException($"'{target}' already exists; choose another --out (nothing was created).");
        }

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
            return await GenerateAsync(io, client, request, target, embedded, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (emulator is not null)
            {
                await emulator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> GenerateAsync(CliIo io, SoraClient client, CreateVideoRequest request, string? target, bool embedded, CancellationToken cancellationToken)
    {
        // The embedded emulator stops with this command, so a job it may have started is no job to look for.
        var created = embedded
            ? await client.CreateAsync(request, cancellationToken).ConfigureAwait(false)
            : await JobCreation.StartAsync(token => client.CreateAsync(request, token), cancellationToken).ConfigureAwait(false);
        var text = io.Text;
        var path = MediaFile.PathFor(io, target, created.Id, VideoContentVariant.Default);
        io.Console.WriteLine($"Job {text.Show(created.Id)} created ({text.Show(created.Model.Value)}, {text.Show(created.Size?.Value)}, {text.Show(created.Seconds?.Value)} s).");
        try
        {
            var saved = await JobProgressView.RunAsync(io.Console, text, created, async (progress, step) =>
            {
                // A job already done when created (a fast or caching server) needs no poll, as SoraClient.GenerateAsync does.
                var finished = created.Status == VideoStatus.Lifecycle.Success
                    ? created
                    : await client.WaitForCompletionAsync(created.Id, progress, cancellationToken).ConfigureAwait(false);
                JobIds.RequireFromServer(finished.Id, "for the finished job");
                step("downloading");
                return await client.DownloadAsync(finished, path, cancellationToken: cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            io.Console.WriteLine($"Saved to {saved.Path} ({saved.Length} bytes).");
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client has already removed its temporary file; what the user needs now is the way back to the job.
            await io.Error.WriteLineAsync(embedded
                ? $"Interrupted. The job {text.Show(created.Id)} ran in the embedded emulator, which stops with this command."
                : $"Interrupted. The job {text.Show(created.Id)} goes on; fetch it later with: sora download {ShellWord.Quote(text.Show(created.Id))} --out {Quote(path)}").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? "\"" + path + "\"" : path;
}
