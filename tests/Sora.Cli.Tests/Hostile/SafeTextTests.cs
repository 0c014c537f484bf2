using Sora.Cli.Output;
using Spectre.Console;

namespace Sora.Cli.Tests.Hostile;

public sealed class SafeTextTests
{
    [Theory]
    [InlineData("video_\u001b]0;PWNED\u0007\u001b[2J\u001b[31mRED", "video_\\e]0;PWNED\\a\\e[2J\\e[31mRED")]
    [InlineData("a\u009b2Jb\u0085c", "a\\u009B2Jb\\u0085c")]
    [InlineData("file\u202Egnp.exe", "file\\u202Egnp.exe")]
    [InlineData("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C", "\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C")]
    [InlineData("one\ntwo\rthree\tfour\u0000\u007f", "one\\ntwo\\rthree\\tfour\\0\\u007F")]
    [InlineData("\u2028\u2029", "\\u2028\\u2029")]
    public void ControlEscapeAndBidiCharactersAreShownEscaped(string server, string shown) =>
        Assert.Equal(shown, new SafeText().Show(server));

    [Theory]
    [InlineData("video_68d7512d07848190")]
    [InlineData("Ein Kätzchen auf dem Motorrad, 夜, 🐈 — \\e is already text")]
    public void PrintableTextIsLeftAlone(string text) => Assert.Equal(text, new SafeText().Show(text));

    [Theory]
    [InlineData(new[] { "sk-AbC123" }, "key sk-AbC123 or SK-ABC123 or sk-abc123 and sk-AbC12", "key *** or *** or *** and sk-AbC12")]
    [InlineData(new[] { "sk-abc", "sk-abc-long" }, "sk-abc-long sk-abc", "*** ***")]
    [InlineData(new[] { "k\\ey" }, "k\u001by", "***")]
    public void EveryProtectedKeyIsMaskedInAnyLetterCaseWholeAndEvenWhenEscapingWouldCompleteIt(string[] keys, string server, string shown)
    {
        var text = new SafeText();
        foreach (var key in keys)
        {
            text.Protect(key);
        }

        Assert.Equal(shown, text.Show(server));
    }

    [Fact]
    public void TheWriterMasksAKeyWrittenInPiecesAndEscapesControlsButKeepsLineBreaks()
    {
        var inner = new StringWriter();
        var text = new SafeText();
        text.Protect(Leaks.Key);
        using var writer = new SafeWriter(inner, text);

        writer.Write(Leaks.Key[..7]);
        writer.Write(Leaks.Key[7..].ToUpperInvariant().ToCharArray());
        writer.Write(" \u001b[2J\u202E\r\n");
        writer.Write("tail \a");
        Assert.Equal("*** \\e[2J\\u202E\r\n", inner.ToString());

        writer.Flush();
        Assert.Equal("*** \\e[2J\\u202E\r\ntail \\a", inner.ToString());
    }

    [Fact]
    public void TheGuardedAnsiConsoleKeepsSpectresStylingPassesEachWriteAtOnceAndMasksTheKeyInsideIt()
    {
        var output = new StringWriter();
        var io = new CliIo(Console(output, ansi: true), TextWriter.Null, TextWriter.Null, _ => null, Path.GetTempPath()).Guarded();
        io.Text.Protect(Leaks.Key);

        // No line break and no flush by the CLI: a live redraw ends so, and must reach the terminal at once.
        io.Console.Write(new Markup("[red]hot[/] [bold]" + Leaks.Key.ToLowerInvariant() + "[/]"));

        Assert.Contains("\u001b[", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("hot", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, Leaks.KeyOccurrences(output.ToString()));
    }

    [Fact]
    public void APlainConsolesLastGuardEscapesWhatAPrintPathForgotToMakeSafe()
    {
        var output = new StringWriter();
        var io = new CliIo(Console(output, ansi: false), TextWriter.Null, TextWriter.Null, _ => null, Path.GetTempPath()).Guarded();

        io.Console.WriteLine("raw \u001b]0;PWNED\u0007 \u202E");
        io.Flush();

        Assert.Equal("raw \\e]0;PWNED\\a \\u202E\n", output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static IAnsiConsole Console(TextWriter output, bool ansi) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Interactive = InteractionSupport.No,
        Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
        ColorSystem = ansi ? ColorSystemSupport.TrueColor : ColorSystemSupport.NoColors,
    });
}
