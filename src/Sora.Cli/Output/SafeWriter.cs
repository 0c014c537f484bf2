using System.Text;

namespace Sora.Cli.Output;

/// <summary>
/// The last guard on a stream the CLI writes to: every protected secret is masked in any letter case and every
/// unsafe character escaped (<see cref="SafeText"/>), whichever code path wrote the text, so a new message cannot forget
/// it. Text is held until its line ends or the writer is flushed, so a secret written in pieces is still seen whole.
/// </summary>
/// <param name="inner">The real stream; not disposed with this writer.</param>
/// <param name="text">The secrets to mask.</param>
/// <param name="passes">Characters the destination needs raw (the escape that starts a console's own styling); line breaks always pass.</param>
internal sealed class SafeWriter(TextWriter inner, SafeText text, Func<char, bool>? passes = null) : TextWriter(inner.FormatProvider)
{
    private readonly StringBuilder _pending = new();
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        lock (_gate)
        {
            _pending.Append(value);
            if (value == '\n')
            {
                EmitLines();
            }
        }
    }

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            _pending.Append(buffer);
            if (buffer.Contains('\n'))
            {
                EmitLines();
            }
        }
    }

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            _pending.Append(value).Append(CoreNewLine);
            EmitLines();
        }
    }

    /// <inheritdoc />
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync()
    {
        WriteLine();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void Flush()
    {
        lock (_gate)
        {
            Emit(_pending.Length);
            inner.Flush();
        }
    }

    /// <inheritdoc />
    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }

    /// <summary>Writes out what is held; the inner stream stays open.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void EmitLines()
    {
        for (var end = _pending.Length - 1; end >= 0; end--)
        {
            if (_pending[end] == '\n')
            {
                Emit(end + 1);
                return;
            }
        }
    }

    private void Emit(int length)
    {
        if (length == 0)
        {
            return;
        }

        var chunk = _pending.ToString(0, length);
        _pending.Remove(0, length);
        var lines = text.Redact(chunk).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var last = i == lines.Length - 1;
            // A line's own break (\r\n on Windows) is kept; a carriage return anywhere else would overwrite the line.
            var breaks = !last && line.EndsWith('\r') ? "\r\n" : last ? string.Empty : "\n";
            var body = breaks == "\r\n" ? line[..^1] : line;
            inner.Write(text.Redact(SafeText.Escape(body, passes)));
            inner.Write(breaks);
        }
    }
}
