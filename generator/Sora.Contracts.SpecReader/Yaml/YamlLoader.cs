using System;
using System.Collections.Generic;
using System.IO;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sora.Contracts.SpecReader.Yaml;

/// <summary>
/// Reads YAML text into <see cref="YamlNode"/>s from YamlDotNet's event stream. Iterative, so deep nesting cannot
/// overflow the compiler's stack, and budgeted, so an alias bomb ("billion laughs") is refused in linear time: every
/// node counts, as often as aliases copy it, and a document past <see cref="MaxExpandedNodes"/> is refused with what
/// was counted (how many nodes were written, how many aliases copied, how far into the text). A valid block scalar that
/// YamlDotNet refuses is repaired and the text read again (<see cref="BlockScalarRepair"/>), every location still in
/// the file as written.
/// </summary>
internal static class YamlLoader
{
    public const int MaxDepth = 128;

    /// <summary>What SORA100 says the file is not valid as.</summary>
    public const string Syntax = "YAML";
    public const long MaxExpandedNodes = 1_000_000;

    public static YamlNode? Load(string path, string text, List<DiagnosticInfo> diagnostics)
    {
        var source = new RepairedText(text);
        while (true)
        {
            // Diagnostics of an attempt that ends in a repaired refusal are found again by the next attempt.
            var found = new List<DiagnosticInfo>();
            var parser = new Parser(new StringReader(source.Text));
            try
            {
                var root = LoadCore(new Marks(path, source), parser, new NodeBudget(text.Length, "YAML nodes"), found);
                diagnostics.AddRange(found);
                return root;
            }
            catch (SemanticErrorException ex) when (source.Repairs < BlockScalarRepair.MaxRepairs
                && BlockScalarRepair.IsLeadingLinesRefusal(ex) && BlockScalarRepair.TryRepair(source, ex.Start) is { } repaired)
            {
                source = repaired;
            }
            catch (YamlException ex)
            {
                diagnostics.AddRange(found);
                diagnostics.Add(DiagnosticInfo.Create(
                    SpecDiagnostics.InvalidSyntax.Id, new Marks(path, source).Locate(ex.Start, ex.End), Syntax, FirstLine(ex.Message)));
                return null;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
            {
                // YamlDotNet reports some malformed input (an unclosed flow sequence, say) without a position: use the
                // position of the last event it did read.
                diagnostics.AddRange(found);
                var at = parser.Current is { } last ? new Marks(path, source).Locate(last.Start, last.End) : new SpecLocation(path, 0, 0, 0, 0, 0, 0);
                diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidSyntax.Id, at, Syntax, FirstLine(ex.Message)));
                return null;
            }
        }
    }

    private static YamlNode? LoadCore(Marks marks, Parser parser, NodeBudget budget, List<DiagnosticInfo> diagnostics)
    {
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var expandedSize = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;

        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case DocumentStart start when !start.IsImplicit || documents > 0:
                    documents++;
                    if (documents > 1)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            SpecDiagnostics.InvalidSyntax.Id, marks.Locate(current.Start, current.End), Syntax,
                            "the file holds more than one YAML document; only the first is read"));
                        return root;
                    }

                    continue;
                case DocumentStart:
                    documents++;
                    continue;
                case MappingStart mapping:
                    if (stack.Count >= MaxDepth)
                    {
                        TooLarge(marks, current, "it nests deeper than " + MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels", diagnostics);
                        return null;
                    }

                    budget.Written++;
                    stack.Push(new Frame(new YamlMapping(marks.Locate(current.Start, current.End)), mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value));
                    continue;
                case SequenceStart sequence:
                    if (stack.Count >= MaxDepth)
                    {
                        TooLarge(marks, current, "it nests deeper than " + MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels", diagnostics);
                        return null;
                    }

                    budget.Written++;
                    stack.Push(new Frame(new YamlSequence(marks.Locate(current.Start, current.End)), sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value));
                    continue;
                case MappingEnd:
                case SequenceEnd:
                {
                    var frame = stack.Pop();
                    if (frame.Anchor is not null)
                    {
                        anchors[frame.Anchor] = frame.Node;
                    }

                    expandedSize[frame.Node] = frame.Size;
                    if (!Attach(stack, frame.Node, frame.Size, frame.Node.Location, budget, diagnostics, ref root))
                    {
                        return null;
                    }

                    continue;
                }

                case Scalar scalar:
                {
                    budget.Written++;
                    var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, marks.Locate(scalar.Start, scalar.End));
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = node;
                    }

                    if (!Attach(stack, node, 1, node.Location, budget, diagnostics, ref root))
                    {
                        return null;
                    }

                    continue;
                }

                case AnchorAlias alias:
                {
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            SpecDiagnostics.InvalidSyntax.Id, marks.Locate(current.Start, current.End), Syntax,
                            $"the alias '*{alias.Value.Value}' has no anchor before it"));
                        return null;
                    }

                    var size = expandedSize.TryGetValue(target, out var known) ? known : 1;
                    budget.Copied += size;
                    if (!Attach(stack, target, size, marks.Locate(current.Start, current.End), budget, diagnostics, ref root))
                    {
                        return null;
                    }

                    continue;
                }
            }
        }

        return root;
    }

    /// <summary>Adds a finished node to its parent, counting the size it would have if every alias were copied.</summary>
    private static bool Attach(Stack<Frame> stack, YamlNode node, long size, SpecLocation at, NodeBudget budget, List<DiagnosticInfo> diagnostics, ref YamlNode? root)
    {
        if (stack.Count == 0)
        {
            root ??= node;
            return true;
        }

        var parent = stack.Peek();
        parent.Size = Math.Min(MaxExpandedNodes + 1, parent.Size + size);
        if (parent.Size > MaxExpandedNodes)
        {
            diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.YamlTooLarge.Id, at, budget.Describe(at)));
            return false;
        }

        switch (parent.Node)
        {
            case YamlSequence sequence:
                sequence.Items.Add(node);
                break;
            case YamlMapping mapping when parent.PendingKey is null:
                if (node is not YamlScalar key)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        SpecDiagnostics.InvalidSyntax.Id, node.Location, Syntax, "a mapping key must be a plain value, not a mapping or a list"));
                    return false;
                }

                parent.PendingKey = key;
                break;
            case YamlMapping mapping:
                if (!mapping.TryAdd(parent.PendingKey!, node))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        SpecDiagnostics.DuplicateKey.Id, parent.PendingKey!.Location, parent.PendingKey.Value));
                }

                parent.PendingKey = null;
                break;
        }

        return true;
    }

    private static void TooLarge(Marks marks, ParsingEvent current, string why, List<DiagnosticInfo> diagnostics) =>
        diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.YamlTooLarge.Id, marks.Locate(current.Start, current.End), why));

    /// <summary>Turns YamlDotNet's marks (1-based, in the text it read) into locations in the original file (0-based).</summary>
    private sealed class Marks
    {
        private readonly string _path;
        private readonly RepairedText _source;

        public Marks(string path, RepairedText source)
        {
            _path = path;
            _source = source;
        }

        public SpecLocation Locate(Mark start, Mark end)
        {
            var startLine = (int)Math.Max(0, start.Line - 1);
            var startColumn = (int)Math.Max(0, start.Column - 1);
            var endLine = (int)Math.Max(startLine, end.Line - 1);
            var endColumn = (int)Math.Max(0, end.Column - 1);
            var startIndex = _source.ToOriginal((int)Math.Max(0, start.Index));
            var endIndex = _source.ToOriginal((int)Math.Max(start.Index, end.Index));
            return new SpecLocation(_path, startIndex, Math.Max(0, endIndex - startIndex), startLine, startColumn, endLine, endColumn);
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        var marker = line.IndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && line.StartsWith("(", StringComparison.Ordinal) ? line.Substring(marker + 3) : line;
    }

    private sealed class Frame
    {
        public Frame(YamlNode node, string? anchor)
        {
            Node = node;
            Anchor = anchor;
        }

        public YamlNode Node { get; }

        public string? Anchor { get; }

        public long Size { get; set; } = 1;

        public YamlScalar? PendingKey { get; set; }
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<YamlNode>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(YamlNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
