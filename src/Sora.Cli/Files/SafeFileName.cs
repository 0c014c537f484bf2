using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Sora.Cli.Files;

/// <summary>
/// A file name made from text a server chose (a job id), which must never choose a path: only ASCII letters, digits,
/// <c>_</c> and <c>-</c> are kept, anything else becomes <c>_</c>, and the length is capped. When anything was changed
/// (or an upper-case letter kept, which a case-insensitive disk would fold), a dot and a hash of the whole original
/// follow, so two different ids never share a name; an id kept as it was holds no dot, so it cannot take a hashed one.
/// </summary>
internal static class SafeFileName
{
    /// <summary>The longest name returned, before the extension.</summary>
    public const int MaxStemLength = 64;

    private const int HashLength = 12;

    // What is left when nothing of the id is safe; not a valid unchanged id, since it is always followed by a hash.
    private const string Placeholder = "job";

    // Windows opens a device, not a file, for these names, with any extension after them and in any case.
    private static readonly HashSet<string> s_devices = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The stem for <paramref name="text"/>: at most <see cref="MaxStemLength"/> safe characters, never empty.</summary>
    public static string StemFor(string text)
    {
        var stem = new char[Math.Min(text.Length, MaxStemLength)];
        var changed = text.Length > MaxStemLength || text.Length == 0;
        for (var i = 0; i < stem.Length; i++)
        {
            var c = text[i];
            stem[i] = IsKept(c) ? c : '_';
            changed |= !IsKept(c) || char.IsAsciiLetterUpper(c);
        }

        var kept = new string(stem);
        if (!changed && !s_devices.Contains(kept))
        {
            return kept;
        }

        // A device name stays one with a dot after it ("CON.abc"), so it is moved off the start.
        var prefix = kept.Length == 0 ? Placeholder : s_devices.Contains(kept) ? "_" + kept : kept;
        var room = MaxStemLength - HashLength - 1;
        return (prefix.Length > room ? prefix[..room] : prefix) + "." + Hash(text);
    }

    private static bool IsKept(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    // Over the UTF-16 code units, not UTF-8: encoding would fold every lone surrogate into one replacement character,
    // and two ids that differ only there would share a name.
    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan())))[..HashLength];
}
