using System;
using System.Collections.Generic;

namespace Sora.Contracts.SpecReader.Yaml;

/// <summary>
/// A spec's text as handed to YamlDotNet after <see cref="BlockScalarRepair"/> removed the spaces of some lines, with
/// the way back: a position in this text maps to the same character of the original, so every diagnostic still points
/// where the author wrote it. Lines and columns need no mapping (only whitespace-only lines lose characters).
/// </summary>
internal sealed class RepairedText
{
    // Ascending: (index in this text where characters were removed, characters removed there and before).
    private readonly List<KeyValuePair<int, int>> _removed;

    public RepairedText(string original)
        : this(original, new List<KeyValuePair<int, int>>())
    {
    }

    private RepairedText(string text, List<KeyValuePair<int, int>> removed)
    {
        Text = text;
        _removed = removed;
    }

    public string Text { get; }

    public int Repairs => _removed.Count;

    /// <summary>This text without the characters in [<paramref name="start"/>, start + <paramref name="length"/>).</summary>
    public RepairedText Remove(int start, int length)
    {
        var removed = new List<KeyValuePair<int, int>>(_removed.Count + 1);
        var before = 0;
        foreach (var entry in _removed)
        {
            if (entry.Key <= start)
            {
                removed.Add(entry);
                before = entry.Value;
            }
            else
            {
                removed.Add(new KeyValuePair<int, int>(entry.Key - length, entry.Value + length));
            }
        }

        removed.Add(new KeyValuePair<int, int>(start, before + length));
        removed.Sort((a, b) => a.Key.CompareTo(b.Key));
        return new RepairedText(Text.Remove(start, length), removed);
    }

    /// <summary>The index in the original text of the character at <paramref name="index"/> of this one.</summary>
    public int ToOriginal(int index)
    {
        var shift = 0;
        int low = 0, high = _removed.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_removed[middle].Key <= index)
            {
                shift = _removed[middle].Value;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return index + shift;
    }
}
