using Sora.Emulator;
using Spectre.Console;

namespace Sora.Cli.Tests;

/// <summary>What one run of the real command printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Everything the run printed, stdout then stderr.</summary>
    public string All => Out + Error;

    public override string ToString() => $"exit {ExitCode}\n--- out ---\n{Out}--- err ---\n{Error}";
}

/// <summary>Where one run happens: its environment, its working folder, its console's kind and width.</summary>
/// <param name="Ansi">
/// An ANSI console passes escape sequences through, as a real terminal's does: what a server slipped into the output
/// then shows up raw instead of being escaped by the console's last guard, so only the per-text escaping is measured.
/// </param>
/// <param name="Width">Columns; wide enough by default that no line wraps.</param>
/// <param name="Interrupt">Ctrl+C, as Program delivers it: the run's cancellation token.</param>
/// <param name="Interactive">A terminal a person watches: live redraws instead of one line per change (ANSI only).</param>
/// <param name="Input">What the run reads as stdin.</param>
internal sealed record CliSetup(
    IReadOnlyDictionary<string, string> Environment, string WorkingDirectory, bool Ansi = false, int Width = 4096, CancellationToken Interrupt = default, bool Interactive = false, string Input = "");

/// <summary>Runs the real command in-process on a plain, non-interactive console and a given environment.</summary>
internal static class CliRunner
{
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    public static Task<CliResult> RunAsync(SoraEmulator emulator, params string[] args) => RunAsync(EnvironmentFor(emulator), args);

    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(new CliSetup(environment, Directory.GetCurrentDirectory()), args);

    public static async Task<CliResult> RunAsync(CliSetup setup, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = setup.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = setup.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = setup.Ansi ? ColorSystemSupport.TrueColor : ColorSystemSupport.NoColors,
        });
        console.Profile.Width = setup.Width;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(setup.Interrupt);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        // No run may write the journal of the user running the tests: without a SORA_HOME of its own, it gets this run's.
        var io = new CliIo(console, output, error, name => setup.Environment.GetValueOrDefault(name) ?? (name == "SORA_HOME" ? SharedHome : null), setup.WorkingDirectory)
        {
            Input = new StringReader(setup.Input),
        };
        var exitCode = await SoraCli.RunAsync(args, io, timeout.Token);
        return new CliResult(exitCode, output.ToString().Replace("\r\n", "\n"), error.ToString().Replace("\r\n", "\n"));
    }

    /// <summary>The journal folder of every run that names none, one per test process.</summary>
    public static string SharedHome { get; } = Path.Combine(Path.GetTempPath(), "sora-cli-tests-home-" + Environment.ProcessId);

    public static Dictionary<string, string> EnvironmentFor(SoraEmulator emulator) => new()
    {
        ["SORA_BASE_URL"] = emulator.BaseAddress.ToString(),
        ["SORA_API_KEY"] = emulator.ApiKey,
        ["SORA_PROVIDER"] = emulator.Provider.Id,
        ["SORA_HOME"] = SharedHome,
    };
}
