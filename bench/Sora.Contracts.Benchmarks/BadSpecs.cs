using System.Text;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// Broken specs for <see cref="BadSpecBenchmarks"/>. All but the alias bomb and the empty file are the real spec with
/// one defect, so the generator reads a realistic amount of YAML before (and after) it meets the problem.
/// </summary>
internal static class BadSpecs
{
    /// <summary>A plain scalar with ": " in it, about 60% into the file: YamlDotNet stops there.</summary>
    public static string BrokenYaml { get; } = Mutate(
        "    ListOrder:\n      description: Sort order by creation time.\n",
        "    ListOrder:\n      description: Sort order: by creation time: asc or desc\n");

    /// <summary>ErrorResponse.error points at a schema that does not exist.</summary>
    public static string DanglingRef { get; } = Mutate(
        "$ref: '#/components/schemas/ApiError'",
        "$ref: '#/components/schemas/ApiErorr'");

    /// <summary>VideoSeconds lists '8' twice.</summary>
    public static string DuplicateEnumValue { get; } = Mutate(
        "        - '4'\n        - '8'\n        - '12'\n",
        "        - '4'\n        - '8'\n        - '12'\n        - '8'\n");

    /// <summary>CreateVideoRequest's if/then gains an 'else', outside the supported subset.</summary>
    public static string UnsupportedIfThen { get; } = Mutate(
        "          then:\n            additionalProperties: true\n",
        "          else:\n            properties:\n              size:\n                enum: [1024x1792, 1792x1024]\n          then:\n            additionalProperties: true\n");

    /// <summary>"Billion laughs": 9 levels of 10 aliases each to the level below, 10^9 nodes if expanded.</summary>
    public static string AliasBomb { get; } = Bomb(levels: 9);

    /// <summary>An alias bomb kept under the loader's 1,000,000-node budget (10^5 nodes), used as an enum list.</summary>
    public static string AliasBombUnderBudget { get; } = Bomb(levels: 5, usedAsEnum: true);

    /// <summary>An empty file.</summary>
    public static string Empty => string.Empty;

    /// <summary>The names and texts, in table order, with the diagnostic each must produce.</summary>
    public static IReadOnlyList<(string Name, string Text, string ExpectedId)> All { get; } =
    [
        (nameof(BrokenYaml), BrokenYaml, "SORA100"),
        (nameof(DanglingRef), DanglingRef, "SORA105"),
        (nameof(DuplicateEnumValue), DuplicateEnumValue, "SORA106"),
        (nameof(UnsupportedIfThen), UnsupportedIfThen, "SORA107"),
        (nameof(AliasBomb), AliasBomb, "SORA102"),
        (nameof(AliasBombUnderBudget), AliasBombUnderBudget, ""),
        (nameof(Empty), Empty, "SORA101"),
    ];

    private static string Mutate(string find, string replace)
    {
        var spec = Embedded.SpecText.Replace("\r\n", "\n", StringComparison.Ordinal);
        var at = spec.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || spec.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"The spec no longer contains exactly one '{find.Trim()}'; update BadSpecs.");
        }

        return spec[..at] + replace + spec[(at + find.Length)..];
    }

    private static string Bomb(int levels, bool usedAsEnum = false)
    {
        var yaml = new StringBuilder();
        yaml.Append("openapi: 3.1.0\ninfo:\n  title: bomb\n  version: '1'\nx-laughs:\n");
        yaml.Append("  lol1: &lol1 [").AppendJoin(", ", Enumerable.Repeat("lol", 10)).Append("]\n");
        for (var level = 2; level <= levels; level++)
        {
            yaml.Append("  lol").Append(level).Append(": &lol").Append(level).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat("*lol" + (level - 1), 10)).Append("]\n");
        }

        if (usedAsEnum)
        {
            yaml.Append("components:\n  schemas:\n    Laughs:\n      type: string\n      enum: *lol").Append(levels).Append('\n');
        }

        return yaml.ToString();
    }
}
