using System.ComponentModel;

namespace Sora.Contracts.Serialization;

/// <summary>Text measures as JSON Schema defines them (used by generated validators).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SoraText
{
    /// <summary>The number of Unicode code points: a surrogate pair counts once, as JSON Schema's length does.</summary>
    public static int CodePoints(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = text.Length;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
