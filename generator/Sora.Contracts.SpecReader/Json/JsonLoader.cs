using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Json;

/// <summary>
/// Reads JSON text (RFC 8259, strictly) into the same <see cref="YamlNode"/> tree as <see cref="YamlLoader"/>, with the
/// same budgets and each node's place in the file. A hand-written stand-in: YAML reads most JSON, but also accepts
/// what is not JSON (trailing commas, single quotes, unquoted keys, <c>\x</c> escapes, raw tabs in strings) and refuses
/// some that is (a lone <c>\ud83d</c>), and the JSON parsers that give positions (System.Text.Json's reader) would be
/// another DLL to bundle and load inside every compiler. Iterative, so deep nesting cannot overflow the stack.
/// </summary>
internal sealed class JsonLoader
{
    /// <summary>What SORA100 says the file is not valid as.</summary>
    public const string Syntax = "JSON";

    private readonly string _path;
    private readonly string _text;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly NodeBudget _budget;
    private int _index;
    private int _line;
    private int _lineStart;

    private JsonLoader(string path, string text, List<DiagnosticInfo> diagnostics)
    {
        _path = path;
        _text = text;
        _diagnostics = diagnostics;
        _budget = new NodeBudget(text.Length, "JSON values");
    }

    public static YamlNode? Load(string path, string text, List<DiagnosticInfo> diagnostics) =>
        new JsonLoader(path, text, diagnostics).LoadDocument();

    private YamlNode? LoadDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _index = 1;
            _lineStart = 1;
        }

        var stack = new Stack<Frame>();
        YamlNode? root = null;
        SkipWhitespace();
        while (true)
        {
            // Here a value starts: the document, an item, or the value of a member whose key was just read.
            if (!TryStartValue(stack, out var value))
            {
                return null;
            }

            while (value is not null)
            {
                if (stack.Count == 0)
                {
                    root = value;
                    SkipWhitespace();
                    if (_index < _text.Length)
                    {
                        return Refuse($"{Describe()} after the document's value, where the file should end");
                    }

                    return root;
                }

                if (!Attach(stack.Peek(), value))
                {
                    return null;
                }

                // After a value inside a container: ',' and the next one, or the container's end.
                SkipWhitespace();
                var frame = stack.Peek();
                var close = frame.Node is YamlMapping ? '}' : ']';
                if (Peek() == ',')
                {
                    Advance();
                    SkipWhitespace();
                    if (frame.Node is YamlMapping && !ReadKey(frame))
                    {
                        return null;
                    }

                    value = null;
                }
                else if (Peek() == close)
                {
                    Advance();
                    value = stack.Pop().Node;
                }
                else
                {
                    return Refuse($"expected ',' or '{close}', found {Describe()}");
                }
            }
        }
    }

    /// <summary>
    /// Reads a scalar (returned) or opens a container (pushed; an empty one is closed and returned at once). False when
    /// the text is refused.
    /// </summary>
    private bool TryStartValue(Stack<Frame> stack, out YamlNode? value)
    {
        value = null;
        var start = Position();
        switch (Peek())
        {
            case '{':
            case '[':
            {
                if (stack.Count >= YamlLoader.MaxDepth)
                {
                    TooLarge(At(start, 1), "it nests deeper than " + YamlLoader.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
                    return false;
                }

                var isObject = Peek() == '{';
                Advance();
                YamlNode container = isObject ? new YamlMapping(At(start, 1)) : new YamlSequence(At(start, 1));
                if (!Count(container.Location))
                {
                    return false;
                }

                SkipWhitespace();
                if (Peek() == (isObject ? '}' : ']'))
                {
                    Advance();
                    value = container;
                    return true;
                }

                var frame = new Frame(container);
                stack.Push(frame);
                if (isObject && !ReadKey(frame))
                {
                    return false;
                }

                SkipWhitespace();
                return TryStartValue(stack, out value);
            }

            case '"':
                value = ReadString(start, isKey: false);
                return value is not null && Count(value.Location);
            default:
                value = ReadLiteral(start);
                return value is not null && Count(value.Location);
        }
    }

    /// <summary>A member's key and its ':', kept on the frame until its value is read.</summary>
    private bool ReadKey(Frame frame)
    {
        if (Peek() != '"')
        {
            Refuse($"expected a member name in double quotes, found {Describe()}");
            return false;
        }

        if (ReadString(Position(), isKey: true) is not { } key)
        {
            return false;
        }

        SkipWhitespace();
        if (Peek() != ':')
        {
            Refuse($"expected ':' after the member name, found {Describe()}");
            return false;
        }

        Advance();
        SkipWhitespace();
        frame.PendingKey = key;
        return true;
    }

    private bool Attach(Frame parent, YamlNode value)
    {
        if (parent.Node is YamlSequence sequence)
        {
            sequence.Items.Add(value);
            return true;
        }

        var key = parent.PendingKey!;
        parent.PendingKey = null;
        if (!((YamlMapping)parent.Node).TryAdd(key, value))
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.DuplicateKey.Id, key.Location, key.Value));
        }

        return true;
    }

    private YamlScalar? ReadString(Start start, bool isKey)
    {
        Advance();
        StringBuilder? escaped = null;
        var runStart = _index;
        while (true)
        {
            if (_index >= _text.Length)
            {
                Refuse("a string is not closed before the end of the file", start);
                return null;
            }

            var c = _text[_index];
            if (c == '"')
            {
                var value = escaped is null ? _text.Substring(runStart, _index - runStart) : escaped.Append(_text, runStart, _index - runStart).ToString();
                Advance();
                var location = At(start, _index - start.Index);
                return new YamlScalar(value, isPlain: false, location);
            }

            if (c < ' ')
            {
                Refuse(c == '\n' || c == '\r' ? "a string is not closed before the end of its line" : $"a string holds the control character U+{(int)c:X4}, which JSON writes as an escape");
                return null;
            }

            if (c != '\\')
            {
                _index++;
                continue;
            }

            escaped ??= new StringBuilder();
            escaped.Append(_text, runStart, _index - runStart);
            var escapeStart = Position();
            _index++;
            if (_index >= _text.Length)
            {
                Refuse("a string is not closed before the end of the file", start);
                return null;
            }

            switch (_text[_index])
            {
                case '"': escaped.Append('"'); break;
                case '\\': escaped.Append('\\'); break;
                case '/': escaped.Append('/'); break;
                case 'b': escaped.Append('\b'); break;
                case 'f': escaped.Append('\f'); break;
                case 'n': escaped.Append('\n'); break;
                case 'r': escaped.Append('\r'); break;
                case 't': escaped.Append('\t'); break;
                case 'u' when _index + 4 < _text.Length && ushort.TryParse(_text.Substring(_index + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit):
                    escaped.Append((char)unit);
                    _index += 4;
                    break;
                default:
                    Refuse($"'\\{_text[_index]}' is not a JSON escape (they are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex digits)", escapeStart);
                    return null;
            }

            _index++;
            runStart = _index;
        }
    }

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>: plain scalars, as the YAML loader gives them.</summary>
    private YamlScalar? ReadLiteral(Start start)
    {
        foreach (var word in Words)
        {
            if (string.CompareOrdinal(_text, _index, word, 0, word.Length) == 0 && !IsWordCharacter(_index + word.Length))
            {
                _index += word.Length;
                return new YamlScalar(word, isPlain: true, At(start, word.Length));
            }
        }

        var end = _index;
        if (end < _text.Length && _text[end] == '-')
        {
            end++;
        }

        var integer = Digits(ref end);
        var valid = integer > 0 && !(integer > 1 && _text[end - integer] == '0');
        if (valid && end < _text.Length && _text[end] == '.')
        {
            end++;
            valid = Digits(ref end) > 0;
        }

        if (valid && end < _text.Length && _text[end] is 'e' or 'E')
        {
            end++;
            if (end < _text.Length && _text[end] is '+' or '-')
            {
                end++;
            }

            valid = Digits(ref end) > 0;
        }

        if (!valid || IsWordCharacter(end))
        {
            Refuse(_index >= _text.Length ? "the file ends where a value should be" : $"expected a value (an object, array, string, number, true, false or null), found {Describe()}");
            return null;
        }

        var text = _text.Substring(_index, end - _index);
        _index = end;
        return new YamlScalar(text, isPlain: true, At(start, text.Length));
    }

    private static readonly string[] Words = { "true", "false", "null" };

    private int Digits(ref int end)
    {
        var count = 0;
        while (end < _text.Length && _text[end] is >= '0' and <= '9')
        {
            end++;
            count++;
        }

        return count;
    }

    private bool IsWordCharacter(int index) => index < _text.Length && (char.IsLetterOrDigit(_text[index]) || _text[index] is '.' or '-' or '+' or '_');

    private bool Count(SpecLocation at)
    {
        _budget.Written++;
        if (_budget.Written <= YamlLoader.MaxExpandedNodes)
        {
            return true;
        }

        _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.YamlTooLarge.Id, at, _budget.Describe(at)));
        return false;
    }

    private void TooLarge(SpecLocation at, string why) =>
        _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.YamlTooLarge.Id, at, why));

    private YamlNode? Refuse(string why) => Refuse(why, Position());

    private YamlNode? Refuse(string why, Start at)
    {
        _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidSyntax.Id, At(at, _index < _text.Length ? 1 : 0), Syntax, why));
        return null;
    }

    private string Describe()
    {
        if (_index >= _text.Length)
        {
            return "the end of the file";
        }

        var c = _text[_index];
        return c < ' ' || c == '\u007F' ? $"U+{(int)c:X4}" : $"'{c}'";
    }

    private char Peek() => _index < _text.Length ? _text[_index] : '\0';

    private void Advance() => _index++;

    private void SkipWhitespace()
    {
        while (_index < _text.Length)
        {
            switch (_text[_index])
            {
                case ' ':
                case '\t':
                case '\r':
                    _index++;
                    break;
                case '\n':
                    _index++;
                    _line++;
                    _lineStart = _index;
                    break;
                default:
                    return;
            }
        }
    }

    private Start Position() => new(_index, _line, _index - _lineStart);

    // JSON tokens never span lines (a string with a raw line break is refused), so a node ends on the line it starts on.
    private SpecLocation At(Start start, int length) =>
        new(_path, start.Index, length, start.Line, start.Column, start.Line, start.Column + length);

    private readonly struct Start
    {
        public Start(int index, int line, int column)
        {
            Index = index;
            Line = line;
            Column = column;
        }

        public int Index { get; }

        public int Line { get; }

        public int Column { get; }
    }

    private sealed class Frame
    {
        public Frame(YamlNode node) => Node = node;

        public YamlNode Node { get; }

        public YamlScalar? PendingKey { get; set; }
    }
}
