using System.CommandLine;
using Sora.Cli.Configuration;
using Sora.Cli.Output;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary><c>sora providers</c>: every profile of the spec (or the one <c>--provider</c> names) with what it accepts and its limits.</summary>
internal static class ProvidersCommand
{
    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var command = new Command("providers", "Show each provider profile of the spec: base URL, models, sizes, seconds, limits, auth and body forms.");
        globals.AddProviderTo(command);
        command.SetAction(parsed =>
        {
            // Only the flag narrows the list: SORA_PROVIDER picks the profile requests follow, not what this table shows.
            var chosen = parsed.GetValue(globals.Provider) is { } id ? SoraProvider.Get(id.Trim()) : null;
            IReadOnlyList<SoraProvider> shown = chosen is null ? SoraProvider.All : [chosen];
            if (io.Json)
            {
                JsonResult.Write(io, writer => ProvidersTable.WriteJson(writer, shown));
            }
            else
            {
                io.Console.Write(ProvidersTable.Build(io.Console, shown));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
