using System.Text;
using Spectre.Console;

namespace Sora.Cli.Output;

/// <summary>
/// A console's output seen through a <see cref="SafeWriter"/>: the same terminal, width and capabilities, so Spectre
/// renders exactly as before, but every byte it writes passes the last guard. On a console with ANSI support the
/// escape character (and the carriage return of live redraws) passes raw, as Spectre's own styling needs it.
/// </summary>
internal sealed class SafeConsoleOutput : IAnsiConsoleOutput
{
    private readonly IAnsiConsole _inner;

    private SafeConsoleOutput(IAnsiConsole inner, SafeText text)
    {
        _inner = inner;
        Writer = new SafeWriter(inner.Profile.Out.Writer, text, inner.Profile.Capabilities.Ansi ? c => c is '\u001B' or '\r' : null);
    }

    /// <inheritdoc />
    public TextWriter Writer { get; }

    /// <inheritdoc />
    public bool IsTerminal => _inner.Profile.Out.IsTerminal;

    /// <inheritdoc />
    public int Width => _inner.Profile.Width;

    /// <inheritdoc />
    public int Height => _inner.Profile.Height;

    /// <summary>A console that renders as <paramref name="inner"/> does, into its output, through the guard.</summary>
    public static IAnsiConsole Guard(IAnsiConsole inner, SafeText text)
    {
        var capabilities = inner.Profile.Capabilities;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new SafeConsoleOutput(inner, text),
            Ansi = capabilities.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = (ColorSystemSupport)capabilities.ColorSystem,
            Interactive = capabilities.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        // The whole set the inner console detected or was given (unicode, links, legacy), not only what settings can say.
        console.Profile.Capabilities = capabilities;
        return console;
    }

    /// <inheritdoc />
    public void SetEncoding(Encoding encoding) => _inner.Profile.Out.SetEncoding(encoding);
}
