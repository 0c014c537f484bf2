using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sora.Contracts;

namespace Sora.Client.Tests.Hostile;

/// <summary>
/// Looks for the key the way someone reading a log or an error would: in any letter case, and after undoing URL and
/// JSON escaping (once, twice, and mixed). Written apart from the client's redactor, so that it checks it.
/// </summary>
internal static partial class KeyScan
{
    /// <summary>How often <paramref name="key"/> appears in <paramref name="text"/> in the view of it that shows it most.</summary>
    public static int Occurrences(string? text, string key)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        IEnumerable<string> views = [text];
        for (var layer = 0; layer < 2; layer++)
        {
            views = views.SelectMany(v => new[] { v, Uri.UnescapeDataString(v), JsonUnescape(v) }).Distinct().ToList();
        }

        return views.Max(view => Regex.Count(view, Regex.Escape(key), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    /// <summary>
    /// Every text the client handed over in <paramref name="failure"/>: message, <c>ToString()</c>, each public string
    /// property, the jobs and errors it carries (their JSON, their <c>ToString()</c>, their unknown fields), and the
    /// same for each inner exception.
    /// </summary>
    public static IEnumerable<string> Texts(object? value, int depth = 0)
    {
        if (value is null || depth > 4)
        {
            yield break;
        }

        switch (value)
        {
            case string text:
                yield return text;
                yield break;
            case Video job:
                yield return JsonSerializer.Serialize(job, SoraJsonContext.Default.Video);
                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    yield return entry.Key.ToString() ?? string.Empty;
                    yield return entry.Value?.ToString() ?? string.Empty;
                }

                yield break;
        }

        yield return value.ToString() ?? string.Empty;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name is nameof(Exception.TargetSite))
            {
                continue;
            }

            var type = property.PropertyType;
            if (type == typeof(string) || typeof(Exception).IsAssignableFrom(type) || type == typeof(Video) || type == typeof(VideoError)
                || typeof(IDictionary).IsAssignableFrom(type) || type.IsAssignableTo(typeof(IEnumerable<KeyValuePair<string, JsonElement>>)))
            {
                foreach (var text in Texts(property.GetValue(value), depth + 1))
                {
                    yield return text;
                }
            }
        }
    }

    private static string JsonUnescape(string text) =>
        JsonEscape().Replace(text, m => m.Groups[1].Success ? ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString() : m.Groups[2].Value);

    [GeneratedRegex(@"\\(?:u([0-9a-fA-F]{4})|([""\\/]))")]
    private static partial Regex JsonEscape();
}
