using System.Globalization;
using System.Text;

namespace Sora.Client.Redaction;

/// <summary>
/// Finds the API key in text that came from outside the client (a server's message, a job, a URL, an exception from
/// the HTTP stack) and replaces each occurrence with <see cref="Mask"/>: in any letter case, and with any of its
/// characters written the way a URL or a JSON string writes them (<c>%6B</c>, <c>\u006B</c>, <c>\/</c>), mixed freely
/// within one occurrence. Everything the client puts in an error or a log line passes through here; the raw text stays
/// with the client for its own requests (a key-looking job id is still polled and downloaded by its real value).
/// </summary>
internal sealed class SecretRedactor
{
    /// <summary>What stands where the key was.</summary>
    public const string Mask = "***";

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
            var encoded = TryDecode(text, position, out var decoded, out var length) && SameLetter(decoded, expected);
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

    // One encoded character at text[position]: %HH (URL), \uHHHH or a short escape (JSON). Percent-encoding is decoded
    // for ASCII only: a key is sent in an HTTP header, which carries ASCII only, so a usable key has no other characters.
    private static bool TryDecode(string text, int position, out char decoded, out int length)
    {
        decoded = default;
        length = 0;
        var rest = text.AsSpan(position);
        if (rest.Length >= 3 && rest[0] == '%' && byte.TryParse(rest.Slice(1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var octet) && octet < 0x80)
        {
            (decoded, length) = ((char)octet, 3);
            return true;
        }

        if (rest.Length < 2 || rest[0] != '\\')
        {
            return false;
        }

        if (rest[1] == 'u')
        {
            if (rest.Length >= 6 && ushort.TryParse(rest.Slice(2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                (decoded, length) = ((char)unit, 6);
                return true;
            }

            return false;
        }

        decoded = rest[1] switch
        {
            '"' or '\\' or '/' => rest[1],
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => default,
        };
        length = 2;
        return decoded != default;
    }
}
