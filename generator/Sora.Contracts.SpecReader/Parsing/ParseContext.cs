using System.Collections.Generic;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Model;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.SpecReader.Parsing;

/// <summary>What every parsing step shares: the file, the diagnostics found so far, and typed YAML accessors.</summary>
internal sealed class ParseContext
{
    public ParseContext(string path) => Path = path;

    public string Path { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    /// <summary>
    /// Reports a problem once: a schema reached from several places (an alias, a merged allOf part) is read each time,
    /// and the same problem at the same place must not be listed once per use.
    /// </summary>
    public void Report(SpecDiagnostic descriptor, YamlNode? at, params string[] arguments)
    {
        var info = DiagnosticInfo.Create(descriptor.Id, at?.Location ?? new SpecLocation(Path, 0, 0, 0, 0, 0, 0), arguments);
        if (_reported.Add(info))
        {
            Diagnostics.Add(info);
        }
    }

    private readonly HashSet<DiagnosticInfo> _reported = new();

    public static string? String(YamlMapping mapping, string key) =>
        mapping[key] is YamlScalar scalar && !scalar.IsNull ? scalar.Value : null;

    /// <summary>A <c>description</c> with something to say: one of only whitespace is none (the emitters' fallback text applies).</summary>
    public static string? Description(YamlMapping mapping) => String(mapping, "description") is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    public static YamlMapping? Mapping(YamlMapping mapping, string key) => mapping[key] as YamlMapping;

    public static YamlSequence? Sequence(YamlMapping mapping, string key) => mapping[key] as YamlSequence;

    /// <summary>The scalar items of a list; a non-scalar item is reported and skipped.</summary>
    public List<string> Strings(YamlSequence sequence, string what)
    {
        var values = new List<string>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar scalar && !scalar.IsNull)
            {
                values.Add(scalar.Value);
            }
            else
            {
                Report(SpecDiagnostics.UnsupportedSchema, item, what + " must list plain values only");
            }
        }

        return values;
    }

    /// <summary>The schema type names of a <c>type</c> keyword: a single name or a list such as <c>[integer, 'null']</c>.</summary>
    public static List<string> Types(YamlMapping schema)
    {
        var types = new List<string>();
        switch (schema["type"])
        {
            case YamlScalar scalar when !scalar.IsNull:
                types.Add(scalar.Value);
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar s)
                    {
                        types.Add(s.IsNull && s.IsPlain ? "null" : s.Value);
                    }
                }

                break;
        }

        return types;
    }
}
