using System.Text;

namespace Sora.Contracts.Generator.Emitting;

/// <summary>An indented writer with fixed "\n" line endings, so the output is the same on every machine.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;
    private int _slot = -1;
    private System.Func<string, string>? _fill;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes the header (none for a bare block), an opening brace, and indents.</summary>
    public void Open(string header)
    {
        if (header.Length > 0)
        {
            Line(header);
        }

        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    /// <summary>
    /// Marks where text goes that depends on everything written after it (a file's aliases: the ones its code uses);
    /// <paramref name="fill"/> gets that text when the writer is turned into a string.
    /// </summary>
    public void Slot(System.Func<string, string> fill)
    {
        _slot = _builder.Length;
        _fill = fill;
    }

    public override string ToString()
    {
        if (_fill is null)
        {
            return _builder.ToString();
        }

        var rest = _builder.ToString(_slot, _builder.Length - _slot);
        return _builder.ToString(0, _slot) + _fill(rest) + rest;
    }
}
