using System.Collections.Generic;
using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.SpecReader.Yaml;

/// <summary>
/// A YAML node with its place in the file. The parser's own tree, used only while parsing and never cached:
/// an alias is the same node object as its anchor, so walking it costs nothing extra and expansion is budgeted.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(SpecLocation location) => Location = location;

    public SpecLocation Location { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, SpecLocation location)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Unquoted; only a plain scalar can mean null or a boolean.</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(SpecLocation location)
        : base(location)
    {
    }

    public List<YamlNode> Items { get; } = new();
}

internal sealed class YamlMapping : YamlNode
{
    private readonly Dictionary<string, YamlNode> _byKey = new();

    public YamlMapping(SpecLocation location)
        : base(location)
    {
    }

    /// <summary>The entries in file order (first occurrence of each key).</summary>
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new();

    public bool TryAdd(YamlScalar key, YamlNode value)
    {
        if (_byKey.ContainsKey(key.Value))
        {
            return false;
        }

        _byKey.Add(key.Value, value);
        Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
        return true;
    }

    public YamlNode? this[string key] => _byKey.TryGetValue(key, out var node) ? node : null;

    /// <summary>
    /// Puts <paramref name="value"/> under <paramref name="key"/> where the entry named <paramref name="replaced"/>
    /// was (at the end when there was none): how a normalized document keeps each entry in file order.
    /// </summary>
    public void Replace(string replaced, YamlScalar key, YamlNode value)
    {
        if (replaced != key.Value)
        {
            Remove(key.Value);
        }

        var index = Entries.FindIndex(e => e.Key.Value == replaced);
        Remove(replaced);
        _byKey.Add(key.Value, value);
        Entries.Insert(index >= 0 ? index : Entries.Count, new KeyValuePair<YamlScalar, YamlNode>(key, value));
    }

    public void Remove(string key)
    {
        if (_byKey.Remove(key))
        {
            Entries.RemoveAll(e => e.Key.Value == key);
        }
    }

    public bool ContainsKey(string key) => _byKey.ContainsKey(key);
}
