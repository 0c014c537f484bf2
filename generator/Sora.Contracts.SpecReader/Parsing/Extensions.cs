using System.Collections.Generic;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>The vendor extensions the generator understands (documented in spec/README.md), and the check for others.</summary>
internal static class Extensions
{
    public const string Prefix = "x-sora-";
    public const string Providers = "x-sora-providers";
    public const string Polling = "x-sora-polling";
    public const string Retry = "x-sora-retry";
    public const string ImageDimensions = "x-sora-image-dimensions";
    public const string TerminalValues = "x-sora-terminal-values";
    public const string Lifecycle = "x-sora-lifecycle";
    public const string MediaTypes = "x-sora-media-types";
    public const string Sort = "x-sora-sort";
    public const string AcceptedBy = "x-sora-accepted-by";

    private static readonly string[] Known = { Providers, Polling, Retry, ImageDimensions, TerminalValues, Lifecycle, MediaTypes, Sort, AcceptedBy };

    /// <summary>Reports every <c>x-sora-</c> key that is not one of ours, wherever it is (each node is visited once).</summary>
    public static void CheckUnknown(ParseContext context, YamlNode root)
    {
        var visited = new HashSet<YamlNode>();
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        if (entry.Key.Value.StartsWith(Prefix, System.StringComparison.Ordinal)
                            && System.Array.IndexOf(Known, entry.Key.Value) < 0)
                        {
                            context.Report(SpecDiagnostics.UnknownExtension, entry.Key, entry.Key.Value, string.Join(", ", Known));
                        }

                        pending.Push(entry.Value);
                    }

                    break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }
    }
}
