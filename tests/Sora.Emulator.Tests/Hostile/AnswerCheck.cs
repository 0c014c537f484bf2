using System.Globalization;
using System.Text;
using System.Text.Json;
using Sora.Contracts;
using Sora.Emulator.Http;
using Sora.Emulator.Tests.Server;

namespace Sora.Emulator.Tests.Hostile;

/// <summary>
/// What every answer to a hostile request must be: never a 5xx; a success is well-formed JSON (or media); any other
/// answer is the error envelope (or the profile's error shape) with a non-empty message, bounded in length, quoting no value at length and holding
/// no invisible character.
/// </summary>
internal static class AnswerCheck
{
    /// <summary>
    /// The longest message allowed: room for the emulator's own words (its longest, every violation of a create body at
    /// once, is about 300 characters) plus one quoted parser message and one quoted value, each with its ellipsis.
    /// </summary>
    public const int MaxMessageLength = 400 + EchoedText.MaxMessageLength + 1 + EchoedText.MaxLength + 1;

    /// <summary>
    /// The character hostile long values are made of: no message may hold a longer run of it than the longest quote
    /// (a parser's message, which may quote the request, is cut at <see cref="EchoedText.MaxMessageLength"/>).
    /// </summary>
    public const char LongValueFiller = 'Z';

    /// <summary>The answer's error, if it has one, and what is wrong with the answer, if anything.</summary>
    public static async Task<(ApiError? Error, string? Problem)> ReadAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsByteArrayAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            return (null, $"{status}: {Encoding.UTF8.GetString(body)}");
        }

        if (status is >= 200 and < 300)
        {
            return (null, mediaType != "application/json" || IsJson(body) ? null : $"{status}: a success that is not JSON ({mediaType})");
        }

        if (mediaType != "application/json")
        {
            return (null, $"{status}: not JSON but '{mediaType}' ({body.Length} bytes)");
        }

        try
        {
            var error = ErrorBody.Read(body);
            return (error, ProblemWith(status, error));
        }
        catch (JsonException e)
        {
            return (null, $"{status}: not the envelope ({e.Message}): {Encoding.UTF8.GetString(body)}");
        }
    }

    public static string? ProblemWith(int status, ApiError error)
    {
        if (string.IsNullOrWhiteSpace(error.Message))
        {
            return $"{status}: an empty message";
        }

        if (error.Message.Length > MaxMessageLength)
        {
            return $"{status}: a message of {error.Message.Length} characters: {error.Message[..200]}";
        }

        if (new[] { error.Message, error.Param, error.Code, error.Type }.FirstOrDefault(HasInvisible) is { } invisible)
        {
            return $"{status}: an invisible character in '{Escape(invisible)}'";
        }

        var filler = new string(LongValueFiller, EchoedText.MaxMessageLength + 1);
        return error.Message.Contains(filler, StringComparison.Ordinal) || (error.Param?.Contains(filler, StringComparison.Ordinal) ?? false)
            ? $"{status}: a long value quoted in full: {error.Message[..Math.Min(200, error.Message.Length)]}"
            : null;
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Control and format characters (bidi overrides, isolates and marks, zero-width characters, tags), line and
    // paragraph separators, and unpaired surrogates: what would hide, reorder or break a message.
    private static bool HasInvisible(string? text)
    {
        if (text is null)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                if (IsInvisible(CharUnicodeInfo.GetUnicodeCategory(text, i)))
                {
                    return true;
                }

                i++;
            }
            else if (char.IsSurrogate(text[i]) || IsInvisible(CharUnicodeInfo.GetUnicodeCategory(text[i])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInvisible(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
