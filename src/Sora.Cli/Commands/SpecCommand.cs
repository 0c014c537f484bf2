using System.CommandLine;
using System.Text.Json;
using Sora.Cli.Files;
using Sora.Cli.Output;
using Sora.Contracts.SpecReader;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary>
/// <c>sora spec check &lt;file&gt;</c>: the generator's own spec reader and SORA1xx diagnostics on a custom spec, printed
/// as a compiler prints them (the reader is Roslyn-free: no compiler is loaded). A file that cannot be read is a usage
/// error (2); a spec with errors exits 1.
/// </summary>
internal static class SpecCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("file") { Description = "An OpenAPI 3.1 or 3.0 spec, in YAML or JSON." };
        var check = new Command("check", "Parse a spec as the generator does and list its SORA1xx diagnostics with line numbers.") { file };
        check.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            string text;
            try
            {
                text = await File.ReadAllTextAsync(io.FullPath(path), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException(FileErrors.CannotRead(io, path, e));
            }

            var result = SpecCheck.Run(path, text);
            if (io.Json)
            {
                JsonResult.Write(io, writer => WriteJson(writer, path, result));
                return result.Problems.Count > 0 ? ExitCodes.Error : ExitCodes.Ok;
            }

            foreach (var problem in result.Problems)
            {
                // A problem quotes the file, which may come from anyone: its text is shown as a server's is.
                io.Console.WriteLine(io.Text.Show(SpecDiagnosticLine.Format(problem)));
            }

            if (result.Problems.Count > 0)
            {
                io.Console.WriteLine($"{path}: {result.Problems.Count} error{(result.Problems.Count == 1 ? string.Empty : "s")}.");
                return ExitCodes.Error;
            }

            io.Console.WriteLine($"{path}: OK ({result.Schemas} schemas, {result.Operations} operations, {result.Providers} providers).");
            return ExitCodes.Ok;
        });
        return new Command("spec", "Work with custom specs.") { check };
    }

    private static void WriteJson(Utf8JsonWriter writer, string path, SpecCheckResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("path", path);
        writer.WriteBoolean("valid", result.Problems.Count == 0);
        writer.WriteNumber("schemas", result.Schemas);
        writer.WriteNumber("operations", result.Operations);
        writer.WriteNumber("providers", result.Providers);
        writer.WriteStartArray("problems");
        foreach (var problem in result.Problems)
        {
            writer.WriteStartObject();
            writer.WriteString("id", problem.Id);
            writer.WriteString("severity", problem.Severity.ToString().ToLowerInvariant());
            writer.WriteNumber("line", problem.Line + 1);
            writer.WriteNumber("column", problem.Column + 1);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
