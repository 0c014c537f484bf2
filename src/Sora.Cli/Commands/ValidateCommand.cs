using System.CommandLine;
using System.Text.Json;
using Sora.Cli.Configuration;
using Sora.Cli.Output;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary>
/// <c>sora validate</c>: judge a request, from flags or a request JSON file, by the spec's and the provider's rules (the
/// analyzer's rules and messages) without sending it. A file that cannot be read is a usage error (2); a file that is
/// not a CreateVideoRequest in JSON is an invalid request (1), as a request that breaks a rule is.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var prompt = new Argument<string?>("prompt") { Description = "What the video shows (or give --file).", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "A CreateVideoRequest as JSON, as it would be sent." };
        var request = new RequestOptions();
        var command = new Command("validate", "Check a request against the spec and the provider profile; exit code 1 lists every violation.") { prompt, file };
        request.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = CliSettings.Resolve(parsed, globals, io);
            var path = parsed.GetValue(file);
            var text = parsed.GetValue(prompt);
            CreateVideoRequest candidate;
            if (path is null)
            {
                candidate = await request.BuildAsync(io, parsed, text ?? throw new CliUsageException("give a prompt or --file (see 'sora validate --help')."), cancellationToken).ConfigureAwait(false);
            }
            else if (text is not null || request.AnyGiven(parsed))
            {
                throw new CliUsageException("give either --file or a prompt with flags, not both.");
            }
            else if (await ReadRequestAsync(io, path, cancellationToken).ConfigureAwait(false) is { } read)
            {
                candidate = read;
            }
            else
            {
                return ExitCodes.Error;
            }

            return Report(io, candidate, settings.Provider);
        });
        return command;
    }

    private static int Report(CliIo io, CreateVideoRequest request, SoraProvider? provider)
    {
        var result = request.Validate(provider);
        var judge = provider is null ? "the base contract" : "provider " + provider.Id;
        if (result.IsValid)
        {
            // The values may come from a request file someone else wrote: shown as a server's text is.
            io.Console.WriteLine(io.Text.Show($"Valid for {judge}: model {(request.Model ?? CreateVideoRequest.DefaultModel).Value}, size {(request.Size ?? CreateVideoRequest.DefaultSize).Value}, seconds {(request.Seconds ?? CreateVideoRequest.DefaultSeconds).Value}."));
            return ExitCodes.Ok;
        }

        io.Console.WriteLine($"Invalid for {judge} ({result.Violations.Count} problem{(result.Violations.Count == 1 ? string.Empty : "s")}):");
        foreach (var violation in result.Violations)
        {
            io.Console.WriteLine(io.Text.Show(ViolationText.Format(violation)));
        }

        return ExitCodes.Error;
    }

    /// <returns>The request, or null (the error already written) when the file is not one.</returns>
    private static async Task<CreateVideoRequest?> ReadRequestAsync(CliIo io, string path, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(io.FullPath(path), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read '{path}': {e.Message}");
        }

        try
        {
            return JsonSerializer.Deserialize(json, SoraJsonContext.Default.CreateVideoRequest)
                ?? throw new JsonException("it holds null, not a request object.");
        }
        catch (JsonException e)
        {
            await ErrorLine.WriteAsync(io.Error, $"{path} is not a CreateVideoRequest in JSON: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
