using Spectre.Console;

namespace Sora.Cli;

internal static class Program
{
    // A pipe or a file has no width; Spectre would assume 80 columns and break lines that scripts read or grep.
    private const int UnboundedWidth = 4096;

    private static async Task<int> Main(string[] args)
    {
        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C lets the command stop cleanly (no half file, the job id printed); a second one kills.
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };

        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // Redirected output goes to a log or a script: plain progress lines, no live redraws, no wrapping.
            console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out), Interactive = InteractionSupport.No });
            console.Profile.Width = UnboundedWidth;
        }

        var io = new CliIo(console, Console.Out, Console.Error, Environment.GetEnvironmentVariable, Environment.CurrentDirectory) { Input = Console.In };
        return await SoraCli.RunAsync(args, io, interrupt.Token).ConfigureAwait(false);
    }
}
