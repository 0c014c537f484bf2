using System.Text;

namespace Sora.Client.Errors;

/// <summary>
/// Makes text from a server fit for an exception message: markup removed, control characters and runs of whitespace
/// collapsed to one space, and cut to a short length (an HTML error page becomes "502 Bad Gateway nginx").
/// </summary>
internal static class TextSanitizer
{
    public const int MaxLength = 200;

    public static string? Clean(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var result = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var inTag = false;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                inTag = true;
                pendingSpace = true;
                continue;
            }

            if (inTag)
            {
                inTag = c != '>';
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && result.Length > 0)
            {
                result.Append(' ');
            }

            pendingSpace = false;
            if (result.Length >= maxLength)
            {
                result.Append('…');
                break;
            }

            result.Append(c);
        }

        return result.Length == 0 ? null : result.ToString();
    }
}
