using Sora.Cli.Output;
using Spectre.Console;

namespace Sora.Cli;

/// <summary>What a command run reads and writes, so tests drive the real command in-process.</summary>
/// <param name="Console">Rendered output: tables, progress, results.</param>
/// <param name="Out">Plain text System.CommandLine writes itself (help, version).</param>
/// <param name="Error">One-line errors.</param>
/// <param name="Environment">Reads an environment variable (null when unset).</param>
/// <param name="WorkingDirectory">The folder relative paths start from and default file names land in.</param>
internal sealed record CliIo(IAnsiConsole Console, TextWriter Out, TextWriter Error, Func<string, string?> Environment, string WorkingDirectory)
{
    /// <summary>How text from outside (a server's answer) is made fit to print; the run protects its key with it.</summary>
    public SafeText Text { get; init; } = new();

    /// <summary>Standard input, for <c>--file -</c>.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>
    /// <c>--json</c>: the result is one JSON document on <see cref="Out"/>, and <see cref="Console"/> (progress, notes)
    /// writes to <see cref="Error"/>, so a script reads stdout whole.
    /// </summary>
    public bool Json { get; init; }

    /// <summary><c>--verbose</c>: errors name their underlying causes.</summary>
    public bool Verbose { get; init; }

    /// <summary>A path the user typed, made absolute from <see cref="WorkingDirectory"/>.</summary>
    /// <exception cref="CliUsageException">The text is empty or holds a character no path may hold.</exception>
    public string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path, WorkingDirectory);
        }
        catch (ArgumentException)
        {
            throw new CliUsageException($"'{path}' is not a usable path.");
        }
    }

    /// <summary>
    /// The same run with every output behind the last guard (<see cref="SafeWriter"/>), sharing one <see cref="SafeText"/>
    /// so a secret protected once is masked everywhere.
    /// </summary>
    public CliIo Guarded()
    {
        var text = new SafeText();
        return this with
        {
            Console = SafeConsoleOutput.Guard(Console, text),
            Out = new SafeWriter(Out, text),
            Error = new SafeWriter(Error, text),
            Text = text,
        };
    }

    /// <summary>The same run in <c>--json</c> mode: rendered output goes to the error stream, plainly, so stdout holds only the document.</summary>
    public CliIo ForJson()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = Console.Profile.Width;
        return this with { Console = console, Json = true };
    }

    /// <summary>Writes out what the guards still hold (a last line without its break).</summary>
    public void Flush()
    {
        Console.Profile.Out.Writer.Flush();
        Out.Flush();
        Error.Flush();
    }
}
