using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Sora.Emulator.Tests.Hostile;

/// <summary>A random string that fits in a request line once percent-encoded (at most 9 bytes a character, under 8 KB).</summary>
public sealed record PathText(string Value);

/// <summary>A random string for a request body, long enough at times to pass the prompt's 32,000-character limit.</summary>
public sealed record BodyText(string Value);

/// <summary>
/// FsCheck generators of hostile text: plain ASCII (NUL and control characters included), any UTF-16 unit (unpaired
/// surrogates included), astral characters, and a pick of the characters that break messages and paths (bidi
/// controls, tags, zero-width characters, line breaks, slashes, dots, percent signs, quotes).
/// </summary>
public static class HostileText
{
    private static readonly string[] Picks =
    {
        "\u202E", "\u202D", "\u2066", "\u2069", "\u200F", "\u061C", "\u200B", "\uFEFF", "\U000E0041", "\r\n", "\n", "\t", "\0", "/", "\\",
        "..", ".", "%", "%2F", "%00", "'", "\"", "?", "#", "&", "=", " ", "\U0001F408", "\u00E9", "\u4E2D",
    };

    public static Arbitrary<PathText> Paths() => Arb.From(Text(maxLength: 800).Select(text => new PathText(text)));

    public static Arbitrary<BodyText> Bodies() => Arb.From(Gen.Frequency(
        (9, Text(maxLength: 400)),
        (1, Gen.Choose(30_000, 34_000).Select(length => new string('a', length)))).Select(text => new BodyText(text)));

    private static Gen<string> Text(int maxLength) => Gen.Sized(size =>
        Gen.Choose(0, Math.Min(maxLength / 2, Math.Max(1, size * 2)))
            .SelectMany(count => Gen.ArrayOf(Piece(), count))
            .Select(pieces => Truncate(string.Concat(pieces), maxLength)));

    private static Gen<string> Piece() => Gen.Frequency(
        (4, Gen.Choose(0, 127).Select(c => ((char)c).ToString())),
        (2, Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString())),
        (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)),
        (3, Gen.Elements(Picks)));

    private static string Truncate(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];

    /// <summary>A JSON string literal of <paramref name="text"/> with every non-ASCII unit escaped, so unpaired surrogates travel too.</summary>
    public static string JsonLiteral(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            json.Append(c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:x4}");
        }

        return json.Append('"').ToString();
    }
}
