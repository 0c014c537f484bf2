using System;
using System.Linq;
using Sora.Contracts.SpecReader.Diagnostics;
using Sora.Contracts.SpecReader.Parsing;

namespace Sora.Contracts.SpecReader;

/// <summary>
/// Reads a spec exactly as the generator does and says what is wrong with it, without Roslyn: the entry point of
/// <c>sora spec check</c>. Bad input is a problem in the result, never an exception.
/// </summary>
public static class SpecCheck
{
    // The reader needs a namespace for the names it would generate; a check generates nothing, so any valid one does.
    private const string CheckNamespace = "Sora.SpecCheck";

    /// <summary>Reads <paramref name="text"/>, the content of the spec file at <paramref name="path"/> (YAML or JSON).</summary>
    /// <param name="path">The file's path, as problems name it; a <c>.json</c> file is read as JSON, any other as YAML.</param>
    /// <param name="text">The file's content.</param>
    /// <returns>Every problem in file order of discovery, and counts of what was read.</returns>
    public static SpecCheckResult Run(string path, string text)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var model = SpecParser.ParseReportingBugs(path, text, CheckNamespace);
        var problems = model.Diagnostics.Select(info =>
        {
            var diagnostic = SpecDiagnostics.ById[info.Id];
            var at = info.Location;
            return new SpecProblem(info.Id, diagnostic.Severity, diagnostic.Format(info.Arguments), at?.Path ?? path, at?.StartLine ?? 0, at?.StartColumn ?? 0);
        }).ToList();
        return new SpecCheckResult(problems, model.Enums.Count + model.Objects.Count + model.Unions.Count, model.Operations.Count, model.Providers.Count);
    }
}
