using Microsoft.CodeAnalysis.Text;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// Test source with marked spans, in the style of Roslyn's analyzer-testing markup, parsed here by hand:
/// <list type="bullet">
/// <item><c>{|SORA001:text|}</c> expects a diagnostic with that id exactly on <c>text</c>;</item>
/// <item><c>{|#name:text|}</c> names a span (an additional location) without expecting a diagnostic there;</item>
/// <item><c>[|text|]</c> expects a diagnostic with the test's default id.</item>
/// </list>
/// Spans may nest (a named chain around an expected literal).
/// </summary>
internal sealed class Markup
{
    private Markup(string code, IReadOnlyList<(string Label, TextSpan Span)> spans)
    {
        Code = code;
        Spans = spans;
    }

    /// <summary>The source without markup.</summary>
    public string Code { get; }

    /// <summary>Every marked span, in the order its start appears; <c>[|...|]</c> spans have the label "".</summary>
    public IReadOnlyList<(string Label, TextSpan Span)> Spans { get; }

    /// <summary>The spans that expect a diagnostic: (id, span); <paramref name="defaultId"/> stands for <c>[|...|]</c>.</summary>
    public IReadOnlyList<(string Id, TextSpan Span)> Expected(string? defaultId = null)
    {
        var expected = new List<(string, TextSpan)>();
        foreach (var (label, span) in Spans)
        {
            if (label.Length == 0)
            {
                expected.Add((defaultId ?? throw new InvalidOperationException("[|...|] markup needs a default diagnostic id"), span));
            }
            else if (!label.StartsWith('#'))
            {
                expected.Add((label, span));
            }
        }

        return expected;
    }

    /// <summary>The span named <c>{|#name:...|}</c>.</summary>
    public TextSpan Named(string name)
    {
        var matches = Spans.Where(s => s.Label == "#" + name).ToList();
        if (matches.Count != 1)
        {
            throw new InvalidOperationException($"expected one span named #{name}, found {matches.Count}");
        }

        return matches[0].Span;
    }

    /// <summary>The text of the source under a span (for messages).</summary>
    public string TextAt(TextSpan span) => Code.Substring(span.Start, span.Length);

    public static Markup Parse(string markup)
    {
        var code = new System.Text.StringBuilder(markup.Length);
        var open = new Stack<(string Label, int Start, bool Square, int Order)>();
        var spans = new List<(string Label, TextSpan Span, int Order)>();
        var order = 0;
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"'{{|' at {i} has no label");
                }

                open.Push((markup.Substring(i + 2, colon - i - 2), code.Length, false, order++));
                i = colon;
            }
            else if (At(markup, i, "[|"))
            {
                open.Push((string.Empty, code.Length, true, order++));
                i++;
            }
            else if (At(markup, i, "|}") || At(markup, i, "|]"))
            {
                var square = markup[i + 1] == ']';
                if (open.Count == 0 || open.Peek().Square != square)
                {
                    throw new FormatException($"unbalanced markup close '{markup.Substring(i, 2)}' at {i}");
                }

                var (label, start, _, index) = open.Pop();
                spans.Add((label, TextSpan.FromBounds(start, code.Length), index));
                i++;
            }
            else
            {
                code.Append(markup[i]);
            }
        }

        if (open.Count != 0)
        {
            throw new FormatException($"unclosed markup '{open.Peek().Label}'");
        }

        return new Markup(code.ToString(), spans.OrderBy(s => s.Order).Select(s => (s.Label, s.Span)).ToList());
    }

    private static bool At(string text, int index, string token) =>
        index + token.Length <= text.Length && string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
