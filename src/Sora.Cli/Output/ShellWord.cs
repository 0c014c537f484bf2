namespace Sora.Cli.Output;

/// <summary>
/// A server's id inside a command the CLI suggests (<c>sora download &lt;id&gt;</c>): quoted for a POSIX shell unless it is
/// plainly one word, so an id such as <c>x; rm -rf ~</c> pasted back runs nothing. .NET has no shell quoting of its own,
/// and this needs only the one rule of single quotes.
/// </summary>
internal static class ShellWord
{
    /// <summary>The word as typed when it is safe as it is, else in single quotes.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ':' or '=' or '@' or '+' or ',')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
