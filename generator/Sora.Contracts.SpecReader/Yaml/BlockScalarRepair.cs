using System;
using System.Collections.Generic;
using YamlDotNet.Core;

namespace Sora.Contracts.SpecReader.Yaml;

/// <summary>
/// Gets past YamlDotNet's refusal of valid block scalars whose first lines hold only spaces (16.3 and 18.1 alike):
/// <list type="bullet">
/// <item>a literal scalar (<c>|</c>) whose first line is two or more spaces, without an indentation indicator, or with
/// more spaces than the indicator's indentation plus one ("found extra spaces in first line");</item>
/// <item>a folded scalar (<c>&gt;</c>) whose first lines hold more spaces than the line after them is indented, where
/// that line ends the scalar ("found more spaces in lines above first content line").</item>
/// </list>
/// YAML 1.2 (§8.1.1.1, §8.1.1.2) reads each such leading line as one line break, whatever its spaces, as long as it
/// holds no more spaces than the scalar's content indentation: the first line with text when there is one (the
/// indentation indicator added to the parent's when there is one of those), or any number when the scalar holds no
/// text at all. This repair removes the spaces of those lines, and only of those: a leading line with more spaces
/// than the content indentation is either text (after an indentation indicator) or an error (without one), and is left
/// for YamlDotNet to refuse. The scalar is found where YamlDotNet stopped, so nothing outside it is touched.
/// </summary>
internal static class BlockScalarRepair
{
    /// <summary>How many scalars one file may have repaired: each costs another parse of the whole file.</summary>
    public const int MaxRepairs = 32;

    /// <summary>True when <paramref name="refusal"/> is YamlDotNet's refusal of a block scalar's leading lines.</summary>
    public static bool IsLeadingLinesRefusal(SemanticErrorException refusal) =>
        refusal.Message.IndexOf("found extra spaces in first line", StringComparison.Ordinal) >= 0
        || refusal.Message.IndexOf("found more spaces in lines above first content line", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// The text with the refused scalar's leading lines emptied, or null when they cannot be emptied without changing
    /// what the document means (then YamlDotNet's refusal stands).
    /// </summary>
    public static RepairedText? TryRepair(RepairedText source, Mark refusedAt)
    {
        var lines = LineStarts(source.Text);
        var line = (int)Math.Min(Math.Max(refusedAt.Line - 1, 0), lines.Count - 1);

        // YamlDotNet stops at the line after the leading lines, or on the first of them that it could not take.
        if (!IsSpacesOnly(source.Text, lines, line))
        {
            line--;
        }

        var lastLeading = line;
        while (line >= 0 && IsSpacesOnly(source.Text, lines, line))
        {
            line--;
        }

        var firstLeading = line + 1;
        if (line < 0 || firstLeading > lastLeading || LineText(source.Text, lines, line) is not { } headerLine
            || !TryReadHeader(headerLine, out var indicator, out var indentationIndicator))
        {
            return null;
        }

        // Every line after the header that holds only spaces leads the scalar, up to the first line with anything else.
        var after = lastLeading + 1;
        while (after < lines.Count && IsSpacesOnly(source.Text, lines, after))
        {
            after++;
        }

        var leading = new List<int>();
        var widest = 0;
        for (var i = firstLeading; i < after; i++)
        {
            var width = LineText(source.Text, lines, i)!.Length;
            leading.Add(i);
            widest = Math.Max(widest, width);
        }

        var parent = ParentIndentation(headerLine.Substring(0, indicator));
        var next = after < lines.Count ? LineText(source.Text, lines, after) : null;
        var nextIndentation = next is null ? -1 : next.Length - next.TrimStart(' ').Length;
        var hasText = next is not null && nextIndentation > parent;
        int contentIndentation;
        if (indentationIndicator > 0)
        {
            contentIndentation = parent + indentationIndicator;
        }
        else if (hasText)
        {
            contentIndentation = nextIndentation;
        }
        else
        {
            contentIndentation = int.MaxValue;
        }

        if (widest > contentIndentation)
        {
            return null;
        }

        var repaired = source;
        for (var i = leading.Count - 1; i >= 0; i--)
        {
            var width = LineText(repaired.Text, lines, leading[i])!.Length;
            if (width > 0)
            {
                repaired = repaired.Remove(lines[leading[i]], width);
            }
        }

        return repaired;
    }

    /// <summary>
    /// Finds the block scalar's header on its line: the first <c>|</c> or <c>&gt;</c> after a space (or at the start)
    /// that only an indentation and/or chomping indicator, then spaces and perhaps a comment, follow. Linear in the
    /// line's length (each candidate looks only at the spaces up to the next text).
    /// </summary>
    private static bool TryReadHeader(string line, out int indicator, out int indentationIndicator)
    {
        for (indicator = 0; indicator < line.Length; indicator++)
        {
            if (line[indicator] is not ('|' or '>') || (indicator > 0 && line[indicator - 1] is not (' ' or '\t')))
            {
                continue;
            }

            var at = indicator + 1;
            indentationIndicator = 0;
            for (var modifiers = 0; modifiers < 2 && at < line.Length; modifiers++, at++)
            {
                if (line[at] is >= '1' and <= '9' && indentationIndicator == 0)
                {
                    indentationIndicator = line[at] - '0';
                }
                else if (line[at] is not ('+' or '-'))
                {
                    break;
                }
            }

            var spaces = at;
            while (spaces < line.Length && line[spaces] is ' ' or '\t')
            {
                spaces++;
            }

            if (spaces == line.Length || (spaces > at && line[spaces] == '#'))
            {
                return true;
            }
        }

        indentationIndicator = 0;
        return false;
    }

    /// <summary>
    /// The indentation of the node that holds the scalar: the key's column in <c>key: |</c> (also after <c>- </c>),
    /// the indicator's column in <c>- |</c>, <c>? |</c> or <c>: |</c>, and -1 for a scalar that is the document.
    /// </summary>
    private static int ParentIndentation(string prefix)
    {
        var column = 0;
        var indicator = -1;
        while (true)
        {
            while (column < prefix.Length && prefix[column] == ' ')
            {
                column++;
            }

            if (column + 1 < prefix.Length && prefix[column] is '-' or '?' or ':' && prefix[column + 1] is ' ' or '\t')
            {
                indicator = column;
                column += 2;
                continue;
            }

            break;
        }

        var rest = prefix.Substring(column).TrimEnd();
        if (rest.StartsWith("---", StringComparison.Ordinal))
        {
            return -1;
        }

        // What is left is either node properties (a tag, an anchor) of the scalar itself, or a key and its ':'.
        return rest.EndsWith(":", StringComparison.Ordinal) || rest.IndexOf(": ", StringComparison.Ordinal) >= 0 ? column : indicator;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    /// <summary>The line's text without its line break; null past the end.</summary>
    private static string? LineText(string text, List<int> starts, int line)
    {
        if (line >= starts.Count)
        {
            return null;
        }

        var end = line + 1 < starts.Count ? starts[line + 1] - 1 : text.Length;
        if (end > starts[line] && text[end - 1] == '\r')
        {
            end--;
        }

        return text.Substring(starts[line], Math.Max(0, end - starts[line]));
    }

    private static bool IsSpacesOnly(string text, List<int> starts, int line)
    {
        if (line < 0 || line >= starts.Count || (line == starts.Count - 1 && starts[line] == text.Length))
        {
            return false;
        }

        var content = LineText(text, starts, line)!;
        foreach (var c in content)
        {
            if (c != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
