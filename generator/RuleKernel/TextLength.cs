namespace Sora.Contracts.RuleKernel;

/// <summary>A text's length as JSON Schema's <c>minLength</c>/<c>maxLength</c> count it: in code points.</summary>
internal static class TextLength
{
    /// <summary>The number of Unicode code points: a surrogate pair counts once.</summary>
    public static int CodePoints(string text)
    {
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
