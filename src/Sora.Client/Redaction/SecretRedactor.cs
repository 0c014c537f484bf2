using System.Globalization;
using System.Text;

namespace Sora.Client.Redaction;

/// <summary>
/// Finds the API key in text that came from outside the client (a server's message, a job, a URL, an exception from
/// the HTTP stack) and replaces each occurrence with <see cref="Mask"/>: in any letter case, and with any of its
/// characters written the way a URL or a JSON string writes them (<c>%6B</c>, <c>\u006B</c>, <c>\/</c>), mixed freely
/// within one occurrence, and encoded twice over (<c>%256B</c>, <c>%5Cu006B</c>). Everything the client puts in an error or a log line passes through here; the raw text stays
/// with the client for its own requests (a key-looking job id is still polled and downloaded by its real value).
/// </summary>
internal sealed class SecretRedactor
{
    /// <summary>What stands where the key was.</summary>
    public const string Mask = "***";

    // The readings of an escape's opener: as itself, and encoded once more.
    private static readonly bool[] s_bothReadings = [false, true];
    private static readonly bool[] s_literalOnly = [false];

    private readonly string? _key;

    private SecretRedactor(string? key) => _key = key;

    /// <summary>A redactor for <paramref name="key"/>; one that changes nothing when there is no key.</summary>
    public static SecretRedactor For(string? key) => new(string.IsNullOrEmpty(key) ? null : key);

    /// <summary>Whether <paramref name="text"/> holds the key in any of the forms this redactor recognises.</summary>
    public bool Finds(string? text)
    {
        if (_key is null || text is null)
        {
            return false;
        }

        for (var start = 0; start < text.Length; start++)
        {
            if (MatchEnd(text, start, 0) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="text"/> with every occurrence of the key replaced by <see cref="Mask"/>.</summary>
    public string? Redact(string? text)
    {
        if (!Finds(text))
        {
            return text;
        }

        var result = new StringBuilder(text!.Length);
        var position = 0;
        while (position < text.Length)
        {
            var end = MatchEnd(text, position, 0);
            if (end >= 0)
            {
                result.Append(Mask);
                position = end;
            }
            else
            {
                result.Append(text[position]);
                position++;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// <paramref name="failure"/> itself when nothing in it (messages of the whole chain) holds the key; otherwise an
    /// exception with its redacted message and without the chain. .NET quotes a malformed status or header line in its
    /// <see cref="HttpRequestException"/>, so a server can put the key there.
    /// </summary>
    public Exception? Shield(Exception? failure) =>
        failure is null || !Finds(failure.ToString())
            ? failure
            : new HttpRequestException(failure is HttpRequestException http ? http.HttpRequestError : HttpRequestError.Unknown, Redact(failure.Message));

    // Where the key starting at text[position] ends, or -1 when it does not start there. Each key character may stand as
    // itself or encoded; both readings are tried only where both apply (a key holding '%' or '\').
    private int MatchEnd(string text, int position, int keyIndex)
    {
        var key = _key!;
        for (; keyIndex < key.Length; keyIndex++)
        {
            if (position >= text.Length)
            {
                return -1;
            }

            var expected = key[keyIndex];
            var literal = SameLetter(text[position], expected);
            var encoded = Encodes(text, position, expected, openerMayBeEncoded: true, out var length);
            if (literal && encoded)
            {
                var end = MatchEnd(text, position + 1, keyIndex + 1);
                return end >= 0 ? end : MatchEnd(text, position + length, keyIndex + 1);
            }

            if (literal)
            {
                position++;
            }
            else if (encoded)
            {
                position += length;
            }
            else
            {
                return -1;
            }
        }

        return position;
    }

    private static bool SameLetter(char a, char b) => a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);

    // Whether text[position] starts an encoded form of `expected`: %HH (URL), or \uHHHH or a short escape (JSON). The
    // '%' or '\' that opens it may itself be encoded once more, which is what encoding twice gives: an id sent as "%73"
    // and escaped again into a path becomes "%2573"; a JSON escape put in a URL becomes "%5Cu0073", and escaped in JSON
    // again "\\u0073". Percent-encoding is read for ASCII only: a key is sent in an HTTP header, which carries ASCII
    // only, so a usable key has no other characters.
    private static bool Encodes(string text, int position, char expected, bool openerMayBeEncoded, out int length)
    {
        foreach (var encodedOpener in openerMayBeEncoded ? s_bothReadings : s_literalOnly)
        {
            if (Opens(text, position, '%', encodedOpener, out var opener) && IsPercentEscape(text, position + opener, expected))
            {
                length = opener + 2;
                return true;
            }

            if (Opens(text, position, '\\', encodedOpener, out opener) && JsonEscapeLength(text, position + opener, expected) is > 0 and var escape)
            {
                length = opener + escape;
                return true;
            }
        }

        length = 0;
        return false;
    }

    // The character that opens an escape at text[position]: written as itself, or (when asked) encoded.
    private static bool Opens(string text, int position, char opener, bool encoded, out int length)
    {
        if (encoded)
        {
            return Encodes(text, position, opener, openerMayBeEncoded: false, out length);
        }

        length = 1;
        return position < text.Length && text[position] == opener;
    }

    // The two hex digits after a '%'.
    private static bool IsPercentEscape(string text, int position, char expected) =>
        position + 2 <= text.Length
        && byte.TryParse(text.AsSpan(position, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var octet)
        && octet < 0x80 && SameLetter((char)octet, expected);

    // What follows a '\': uHHHH, or one of JSON's short escapes; its length, or 0 when it is not `expected`.
    private static int JsonEscapeLength(string text, int position, char expected)
    {
        if (position >= text.Length)
        {
            return 0;
        }

        if (text[position] == 'u')
        {
            return position + 5 <= text.Length
                && ushort.TryParse(text.AsSpan(position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit)
                && SameLetter((char)unit, expected) ? 5 : 0;
        }

        return ShortEscape(text[position]) == expected ? 1 : 0;
    }

    private static char? ShortEscape(char c) => c switch
    {
        '"' or '\\' or '/' => c,
        'b' => '\b',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        _ => null,
    };
}
