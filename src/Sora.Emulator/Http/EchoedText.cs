using System.Globalization;
using System.Text;

namespace Sora.Emulator.Http;

/// <summary>
/// Text from a request (an id, a parameter, a content type, a part name) made fit to quote in an error message: every
/// character that is not plainly visible is written as an escape, and the text is cut short with an ellipsis.
/// </summary>
/// <remarks>
/// A message is read by people and logged by clients: a 7,000-character id would flood it, a line break would forge a
/// log line, and a bidi override (U+202E) or an invisible tag character would make the message read other than it is.
/// </remarks>
internal static class EchoedText
{
    /// <summary>The most characters of a value a message quotes, escapes included; an ellipsis marks the cut.</summary>
    public const int MaxLength = 64;

    /// <summary>The most characters of a parser's or server's message a message quotes: such text can quote the request.</summary>
    public const int MaxMessageLength = 160;

    public const char Ellipsis = '\u2026';

    /// <summary>The value made visible and cut at <see cref="MaxLength"/>; "none" for a missing value.</summary>
    public static string Of(string? value) => value is null ? "none" : Escape(value, MaxLength);

    /// <summary>An exception's message made visible and cut at <see cref="MaxMessageLength"/>.</summary>
    public static string OfMessage(string message) => Escape(message, MaxMessageLength);

    /// <summary>Every invisible character of <paramref name="text"/> escaped, nothing cut: for whole messages.</summary>
    public static string Printable(string text) => Escape(text, int.MaxValue);

    private static string Escape(string text, int maxLength)
    {
        var result = new StringBuilder(Math.Min(text.Length, maxLength) + 1);
        for (var i = 0; i < text.Length;)
        {
            string? escape = null;
            var length = 1;
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                escape = Hex(text[i]);
            }
            else
            {
                length = consumed;
                escape = IsVisible(rune) ? null : Hex(rune.Value);
            }

            var pieceLength = escape?.Length ?? length;
            if (result.Length + pieceLength > maxLength)
            {
                return result.Append(Ellipsis).ToString();
            }

            if (escape is null)
            {
                result.Append(text, i, length);
            }
            else
            {
                result.Append(escape);
            }

            i += length;
        }

        return result.ToString();
    }

    // Control characters, format characters (bidi embeddings, overrides and isolates, zero-width joiners, tags),
    // line and paragraph separators, private-use and unassigned code points: none shows as what it is.
    private static bool IsVisible(Rune rune) => Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate);

    private static string Hex(int value) => value <= char.MaxValue
        ? string.Create(CultureInfo.InvariantCulture, $"\\u{value:X4}")
        : string.Create(CultureInfo.InvariantCulture, $"\\U{value:X8}");
}
