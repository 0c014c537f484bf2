using System.CommandLine;
using System.CommandLine.Help;
using Sora.Cli.Configuration;

namespace Sora.Cli.Commands;

/// <summary>The <c>sora</c> root command and every subcommand.</summary>
internal static class CommandTree
{
    // A plain command named for the tool rather than a RootCommand, which takes its name from the executable
    // (Sora.Cli.dll under 'dotnet run'), so that help and errors say 'sora' however it was started.
    public static Command Build(CliIo io, GlobalOptions globals)
    {
        var root = new Command(
            "sora",

            "Generate videos through an OpenAI-compatible /v1/videos gateway, or the embedded emulator when none is configured. "
            + $"Configuration: {EnvironmentVariables.BaseUrl}, {EnvironmentVariables.ApiKey}, {EnvironmentVariables.Provider}, or the flags of the same meaning (flags win). "
            + "Exit codes: 0 ok, 1 invalid request or failed job or API error, 2 bad command line, 130 interrupted.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        globals.AddTo(root);
        root.Subcommands.Add(GenerateCommand.Create(io, globals));
        root.Subcommands.Add(StatusCommand.Create(io, globals));
        root.Subcommands.Add(ListCommand.Create(io, globals));
        root.Subcommands.Add(DownloadCommand.Create(io, globals));
        root.Subcommands.Add(DeleteCommand.Create(io, globals));
        root.Subcommands.Add(RemixCommand.Create(io, globals));
        root.Subcommands.Add(ValidateCommand.Create(io, globals));
        root.Subcommands.Add(JobsCommand.Create(io));
        root.Subcommands.Add(ResumeCommand.Create(io, globals));
        root.Subcommands.Add(ProvidersCommand.Create(io, globals));
        root.Subcommands.Add(EmulatorCommand.Create(io, globals));
        root.Subcommands.Add(SpecCommand.Create(io));
        return root;
    }
}
