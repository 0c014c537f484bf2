namespace Sora.Cli.Tests.Hostile;

/// <summary>What must never reach the user's terminal, counted in what a run printed.</summary>
internal static class Leaks
{
    /// <summary>The key every hostile run is configured with.</summary>
    public const string Key = "sk-hostile-9f8e7d6c5b4a3210FEDCBA";

    // Written out here rather than taken from the CLI, so a gap in the CLI's list cannot hide in the test's.
    private static readonly char[] s_bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

    /// <summary>ESC, BEL, every other C0 control but the line feed, DEL, C1 controls and bidi controls.</summary>
    public static int TerminalControls(string text) =>
        text.Count(c => (c < ' ' && c != '\n') || c is >= '\u007F' and <= '\u009F' || s_bidi.Contains(c));

    /// <summary>How often <paramref name="key"/> appears, in any letter case.</summary>
    public static int KeyOccurrences(string text, string key = Key)
    {
        var count = 0;
        for (var at = text.IndexOf(key, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
