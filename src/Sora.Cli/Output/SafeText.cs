using System.Globalization;
using System.Text;

namespace Sora.Cli.Output;

/// <summary>
/// Makes text the CLI did not write itself (a server's ids, statuses, messages, excerpts) fit for a terminal: every
/// secret it protects (the API key) is replaced by <c>***</c> in any letter case, and control characters, escape
/// sequences and bidi overrides are shown escaped (<c>\e</c>, <c>\a</c>, <c>\u202E</c>) instead of acting on the screen.
/// </summary>
internal sealed class SafeText
{
    /// <summary>What a secret is replaced by.</summary>
    public const string Mask = "***";

    private readonly List<string> _secrets = [];

    /// <summary>Adds a secret to replace from now on; blank text is ignored.</summary>
    public void Protect(string? secret)
    {
        if (!string.IsNullOrEmpty(secret) && !_secrets.Contains(secret, StringComparer.OrdinalIgnoreCase))
        {
            _secrets.Add(secret);
            // Longest first: a secret that contains another must be replaced whole, not leave its tail in view.
            _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>The text to print: secrets masked, control and bidi characters escaped.</summary>
    // Masked again after escaping: an escape such as \e could complete a secret that holds a backslash.
    public string Show(string? text) => Redact(Escape(Redact(text ?? string.Empty)));

    /// <summary>The text with every protected secret, in any letter case, replaced by <see cref="Mask"/>.</summary>
    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>
    /// The text with every character that could move the cursor, retitle or clear the terminal, or reorder what is
    /// shown, written as an escape instead; <paramref name="passes"/> names characters the caller lets through.
    /// </summary>
    public static string Escape(string text, Func<char, bool>? passes = null)
    {
        var index = 0;
        while (index < text.Length && !(IsUnsafe(text[index]) && passes?.Invoke(text[index]) != true))
        {
            index++;
        }

        if (index == text.Length)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, index);
        foreach (var c in text.AsSpan(index))
        {
            if (IsUnsafe(c) && passes?.Invoke(c) != true)
            {
                escaped.Append(EscapeOf(c));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>C0, DEL and C1 controls, the bidi embeddings, overrides, isolates and marks, and the Unicode line breaks.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C'
        || c is '\u2028' or '\u2029';

    private static string EscapeOf(char c) => c switch
    {
        '\u001B' => "\\e",
        '\a' => "\\a",
        '\b' => "\\b",
        '\t' => "\\t",
        '\n' => "\\n",
        '\r' => "\\r",
        '\f' => "\\f",
        '\v' => "\\v",
        '\0' => "\\0",
        _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };
}
