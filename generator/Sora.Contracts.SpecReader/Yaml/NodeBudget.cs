using Sora.Contracts.SpecReader.Model;

namespace Sora.Contracts.SpecReader.Yaml;

/// <summary>
/// What a loader has counted so far against <see cref="YamlLoader.MaxExpandedNodes"/>, to say which limit a refused
/// document crossed and how.
/// </summary>
internal sealed class NodeBudget
{
    private readonly int _textLength;
    private readonly string _nodes;

    /// <param name="textLength">The length of the text read, to say how far into it a limit was crossed.</param>
    /// <param name="nodes">What the file's nodes are called in a message ("YAML nodes", "JSON values").</param>
    public NodeBudget(int textLength, string nodes)
    {
        _textLength = textLength;
        _nodes = nodes;
    }

    /// <summary>Nodes written in the text.</summary>
    public long Written { get; set; }

    /// <summary>Nodes that aliases add by copying what their anchor holds.</summary>
    public long Copied { get; set; }

    /// <summary>
    /// Aliases are named only when they made the count (they added more nodes than the text holds); a document that
    /// is only large is told so, with what was counted and how far into the text.
    /// </summary>
    public string Describe(SpecLocation at)
    {
        var limit = Number(YamlLoader.MaxExpandedNodes);
        if (Copied > Written)
        {
            return $"its aliases expand to more than {limit} nodes ({Number(Written)} written, {Number(Copied)} more copied by aliases): an alias bomb?";
        }

        var copies = Copied > 0 ? $" and {Number(Copied)} copied by aliases" : string.Empty;
        return $"it has more than {limit} {_nodes}, the most the generator reads ({Number(Written)} written{copies} in the first {Number(at.Start + at.Length)} of its {Number(_textLength)} characters)";
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
