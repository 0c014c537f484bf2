using System.CommandLine;
using Sora.Cli.Output;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary><c>sora providers</c>: every profile of the spec with what it accepts and its limits.</summary>
internal static class ProvidersCommand
{
    public static Command Create(CliIo io)
    {
        var command = new Command("providers", "Show each provider profile of the spec: models, sizes, seconds, limits, auth and body forms.");
        command.SetAction(_ =>
        {
            io.Console.Write(ProvidersTable.Build());
            return ExitCodes.Ok;
        });
        return command;
    }
}
