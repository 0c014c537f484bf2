using System.Globalization;
using Microsoft.CodeAnalysis;
using Sora.Contracts.Generator.Diagnostics;
using Sora.Contracts.Generator.Model;

namespace Sora.Cli.Output;

/// <summary>A spec diagnostic as a compiler prints one: <c>file(line,col): error SORA105: message</c>, 1-based.</summary>
internal static class SpecDiagnosticLine
{
    public static string Format(DiagnosticInfo info)
    {
        var message = info.Id;
        var severity = "error";
        if (SpecDiagnostics.ById.TryGetValue(info.Id, out var descriptor))
        {
            // The descriptor formats its own arguments, so the text is the one the build reports for the same spec.
            message = Diagnostic.Create(descriptor, Location.None, [.. info.Arguments]).GetMessage(CultureInfo.InvariantCulture);
            severity = descriptor.DefaultSeverity.ToString().ToLowerInvariant();
        }

        var where = info.Location is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"{at.Path}({at.StartLine + 1},{at.StartColumn + 1})")
            : string.Empty;
        return $"{where}: {severity} {info.Id}: {message}";
    }
}
