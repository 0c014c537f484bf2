using FsCheck;
using FsCheck.Fluent;

namespace Sora.Cli.Tests.Hostile;

/// <summary>
/// Random ids as a hostile server would make them: path pieces (separators of both kinds, dots, drives, UNC starts),
/// escape sequences, C1 and bidi controls, device names, lone surrogates and letters in both cases, glued at random;
/// any UTF-16 text at all; and runs far past any length cap. Pairs are one such id and a near twin, one character
/// swapped for another that a careless sanitizer would clean to the same thing (another separator, another lone
/// surrogate, the other letter case), which is where two ids would collide into one name.
/// </summary>
public static class HostileIds
{
    private static readonly char[] s_twins = ['/', '\\', ':', '_', '.', ' ', 'a', 'A', '\uD800', '\uDBFF', '\uDC00', '\u202E', '\u001b', '\u009b'];

    private static readonly string[] s_pieces =
    [
        "/", "\\", "..", ".", ":", "C:", "\\\\", "\\\\?\\", " ", "~", "$", "*", "?", "\"", "<", ">", "|",
        "\u001b]0;PWNED\u0007", "\u001b[2J", "\u0007", "\u0000", "\r", "\n", "\u009b", "\u202E", "\u2066", "\u200F", "\u061C",
        "CON", "nul", "com1", "LPT9", "a", "Z", "0", "_", "-", "video_", "\uD800", "\uDFFF", "é", "😀",
    ];

    public static Arbitrary<string> Strings() =>
        Gen.OneOf(
            Gen.ListOf(Gen.Elements(s_pieces)).Select(string.Concat),
            Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(code => (char)code)).Select(chars => new string(chars)),
            Gen.Choose(60, 6000).Select(length => new string('a', length)))
        .ToArbitrary();

    public static Arbitrary<IdPair> Pairs() =>
        (from id in Strings().Generator
         from at in Gen.Choose(0, Math.Max(0, id.Length - 1))
         from twin in Gen.Elements(s_twins)
         select new IdPair(id, id.Length == 0 ? twin.ToString() : id[..at] + twin + id[(at + 1)..]))
        .ToArbitrary();
}

/// <summary>Two ids that may differ in a single character.</summary>
public sealed record IdPair(string First, string Second);
