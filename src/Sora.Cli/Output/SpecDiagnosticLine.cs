using System.Globalization;
using Sora.Contracts.SpecReader;

namespace Sora.Cli.Output;

/// <summary>A spec problem as a compiler prints one: <c>file(line,col): error SORA105: message</c>, 1-based.</summary>
internal static class SpecDiagnosticLine
{
    public static string Format(SpecProblem problem) =>
        string.Create(CultureInfo.InvariantCulture, $"{problem.Path}({problem.Line + 1},{problem.Column + 1}): {problem.Severity.ToString().ToLowerInvariant()} {problem.Id}: {problem.Message}");
}
