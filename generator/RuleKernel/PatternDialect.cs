using System.Text;

namespace Sora.Contracts.RuleKernel;

/// <summary>
/// JSON Schema writes patterns in ECMA-262's dialect, where <c>$</c> (no flags) is the end of the text; .NET's
/// <c>$</c> also matches before a final <c>\n</c>, so <c>^[a-z]+$</c> would let <c>"abc\n"</c> through. .NET has no
/// option for the ECMA-262 reading, so each <c>$</c> that is an anchor becomes <c>\z</c>. The other known differences
/// (<c>\d</c>, <c>\w</c>, <c>.</c>) are listed in spec/README.md; a spec avoids them by writing explicit ranges.
/// </summary>
internal static class PatternDialect
{
    /// <summary>The .NET pattern that reads <paramref name="pattern"/> as ECMA-262 reads its anchors.</summary>
    public static string ToDotNet(string pattern)
    {
        if (pattern.IndexOf('$') < 0)
        {
            return pattern;
        }

        var result = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                // An escape, \$ included, is one unit whatever follows.
                result.Append(c).Append(pattern[++i]);
            }
            else if (inClass)
            {
                inClass = c != ']';
                result.Append(c);
            }
            else if (c == '[')
            {
                inClass = true;
                result.Append(c);

                // As .NET reads a class, a ']' right after '[' or '[^' is a member, not the end.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    result.Append(pattern[++i]);
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    result.Append(pattern[++i]);
                }
            }
            else if (c == '$')
            {
                result.Append(@"\z");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
