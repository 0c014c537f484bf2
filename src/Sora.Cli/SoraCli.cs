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
            return await RunGuardedAsync(HelpRequest.Rewrite(args), io, cancellationToken).ConfigureAwait(false);
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

        // A command line with errors has no values, but a --json it holds still asks for the error as JSON.
        var json = parsed.Errors.Count == 0 ? parsed.GetValue(globals.Json) : parsed.GetResult(globals.Json) is { Implicit: false };
        var verbose = parsed.Errors.Count == 0 && parsed.GetValue(globals.Verbose);
        if (json || verbose)
        {
            // The commands hold the run's io from when the tree was built: a second tree gets the one these flags ask for.
            io = (json ? io.ForJson() : io) with { Verbose = verbose };
            globals = new Configuration.GlobalOptions();
            parsed = CommandTree.Build(io, globals).Parse(args);
        }

        if (parsed.Errors.Count > 0)
        {
            // Only the first problem, on one line: the whole help after a typo hides the typo.
            return await FailAsync(io, UsageErrorLine.Describe(parsed), ExitCodes.Usage).ConfigureAwait(false);
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
            return await FailAsync(io, ErrorLine.Describe(e, io.Text), exitCode, e).ConfigureAwait(false);
        }
    }

    private static async Task<int> FailAsync(CliIo io, string message, int exitCode, Exception? failure = null)
    {
        await ErrorLine.WriteAsync(io.Error, message).ConfigureAwait(false);
        if (io.Verbose && failure is not null)
        {
            foreach (var cause in ErrorCause.Chain(failure))
            {
                await io.Error.WriteLineAsync("  caused by: " + io.Text.Show(cause)).ConfigureAwait(false);
            }
        }

        if (io.Json)
        {
            // A script that asked for JSON reads stdout as one document whatever happened.
            JsonResult.Write(io, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartObject("error");
                writer.WriteString("message", message);
                writer.WriteNumber("exit_code", exitCode);
                writer.WriteEndObject();
                writer.WriteEndObject();
            });
        }

        return exitCode;
    }
}
