using System.CommandLine;
using Sora.Cli.Commands;
using Sora.Cli.Output;

namespace Sora.Cli;

/// <summary>The whole command line in-process: parse, run one command, map every outcome to an exit code.</summary>
internal static class SoraCli
{
    public static async Task<int> RunAsync(string[] args, CliIo io, CancellationToken cancellationToken)
    {
        // Every output goes through the guard before anything is parsed, so no path, not even a usage error, can show the key.
        io = io.Guarded();
        try
        {
            return await RunGuardedAsync(args, io, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            io.Flush();
        }
    }

    private static async Task<int> RunGuardedAsync(string[] args, CliIo io, CancellationToken cancellationToken)
    {
        var globals = new Configuration.GlobalOptions();
        var parsed = CommandTree.Build(io, globals).Parse(args);
        foreach (var key in globals.KeysIn(parsed, io))
        {
            io.Text.Protect(key);
        }

        if (parsed.Errors.Count > 0)
        {
            // Only the first problem, on one line: the whole help after a typo hides the typo.
            await ErrorLine.WriteAsync(io.Error, UsageErrorLine.Describe(parsed)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = io.Out,
            Error = io.Error,
            EnableDefaultExceptionHandler = false,
            // Ctrl+C arrives as cancellationToken (Program wires it); System.CommandLine's own handler would exit
            // the process before a command could print the job id.
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ErrorLine.Classify(e, cancellationToken) is { } exitCode)
        {
            await ErrorLine.WriteAsync(io.Error, ErrorLine.Describe(e, io.Text)).ConfigureAwait(false);
            return exitCode;
        }
    }
}
