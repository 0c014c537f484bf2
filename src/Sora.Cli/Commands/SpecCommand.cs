using System.CommandLine;
using Sora.Cli.Output;
using Sora.Contracts.Generator.Parsing;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary>
/// <c>sora spec check &lt;file&gt;</c>: the generator's own parser and SORA1xx diagnostics on a custom spec, printed as a
/// compiler prints them. A file that cannot be read is a usage error (2); a spec with errors exits 1.
/// </summary>
internal static class SpecCommand
{
    // The parser needs a namespace for the types it would generate; a check generates nothing, so any valid one does.
    private const string CheckNamespace = "Sora.Cli.SpecCheck";

    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("file") { Description = "An OpenAPI 3.1 spec in YAML." };
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
                throw new CliUsageException($"cannot read '{path}': {e.Message}");
            }

            var model = SpecParser.Parse(path, text, CheckNamespace);
            foreach (var diagnostic in model.Diagnostics)
            {
                // A diagnostic quotes the file, which may come from anyone: its text is shown as a server's is.
                io.Console.WriteLine(io.Text.Show(SpecDiagnosticLine.Format(diagnostic)));
            }

            if (model.Diagnostics.Count > 0)
            {
                io.Console.WriteLine($"{path}: {model.Diagnostics.Count} error{(model.Diagnostics.Count == 1 ? string.Empty : "s")}.");
                return ExitCodes.Error;
            }

            io.Console.WriteLine($"{path}: OK ({model.Enums.Count + model.Objects.Count + model.Unions.Count} schemas, {model.Operations.Count} operations, {model.Providers.Count} providers).");
            return ExitCodes.Ok;
        });
        return new Command("spec", "Work with custom specs.") { check };
    }
}
