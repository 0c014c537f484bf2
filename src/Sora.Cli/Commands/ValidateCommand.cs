using System.CommandLine;
using System.Text.Json;
using Sora.Cli.Configuration;
using Sora.Cli.Files;
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
    private const string StandardInput = "-";

    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var prompt = new Argument<string?>("prompt") { Description = "What the video shows (or give --file).", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "A CreateVideoRequest as JSON, as it would be sent; '-' reads it from stdin." };
        var request = new RequestOptions();
        var command = new Command("validate", "Check a request against the spec and the provider profile; exit code 1 lists every violation.") { prompt, file };
        request.AddTo(command);
        globals.AddProviderTo(command);
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
        var verdict = RequestVerdict.Judge(request, provider);
        var judge = provider is null ? "the base contract" : "provider " + provider.Id;
        if (io.Json)
        {
            JsonResult.Write(io, writer => WriteVerdict(writer, verdict, provider));
        }
        else if (verdict.IsValid)
        {
            // The values may come from a request file someone else wrote: shown as a server's text is.
            io.Console.WriteLine(io.Text.Show($"Valid for {judge}: model {(request.Model ?? CreateVideoRequest.DefaultModel).Value}, size {(request.Size ?? CreateVideoRequest.DefaultSize).Value}, seconds {(request.Seconds ?? CreateVideoRequest.DefaultSeconds).Value}."));
        }
        else
        {
            io.Console.WriteLine($"Invalid for {judge} ({verdict.Violations.Count} problem{(verdict.Violations.Count == 1 ? string.Empty : "s")}):");
            foreach (var violation in verdict.Violations)
            {
                io.Console.WriteLine(io.Text.Show(ViolationText.Format(violation)));
            }
        }

        if (!io.Json)
        {
            foreach (var warning in verdict.Warnings)
            {
                io.Console.WriteLine(io.Text.Show("warning " + warning));
            }
        }

        return verdict.IsValid ? ExitCodes.Ok : ExitCodes.Error;
    }

    /// <summary>The verdict as <c>--json</c> prints it: <c>{"valid", "provider", "violations": [...], "warnings": [...]}</c>.</summary>
    public static void WriteVerdict(Utf8JsonWriter writer, RequestVerdict verdict, SoraProvider? provider)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("valid", verdict.IsValid);
        writer.WriteString("provider", provider?.Id);
        writer.WriteStartArray("violations");
        foreach (var violation in verdict.Violations)
        {
            writer.WriteStartObject();
            writer.WriteString("param", violation.Param);
            writer.WriteString("code", violation.Code);
            writer.WriteString("message", violation.Message);
            writer.WriteString("diagnostic", violation.DiagnosticId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("warnings");
        foreach (var warning in verdict.Warnings)
        {
            writer.WriteStringValue(warning);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <returns>The request, or null (the error already written) when the file is not one.</returns>
    private static async Task<CreateVideoRequest?> ReadRequestAsync(CliIo io, string path, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = path == StandardInput
                ? await io.Input.ReadToEndAsync(cancellationToken).ConfigureAwait(false)
                : await File.ReadAllTextAsync(io.FullPath(path), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException(FileErrors.CannotRead(io, path, e));
        }

        try
        {
            return JsonSerializer.Deserialize(json, SoraJsonContext.Default.CreateVideoRequest)
                ?? throw new JsonException("it holds null, not a request object.");
        }
        catch (JsonException e)
        {
            await ErrorLine.WriteAsync(io.Error, $"{(path == StandardInput ? "stdin" : path)} is not a CreateVideoRequest in JSON: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
