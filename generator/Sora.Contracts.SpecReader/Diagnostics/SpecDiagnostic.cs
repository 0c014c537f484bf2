using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Sora.Contracts.SpecReader.Diagnostics;

/// <summary>
/// One SORA1xx diagnostic as plain data. The reader formats its messages with it (for <c>sora spec check</c>) and the
/// generator builds its Roslyn descriptor from it, so the build and the command print the same words.
/// </summary>
internal sealed class SpecDiagnostic
{
    public SpecDiagnostic(string id, string title, string messageFormat, SpecSeverity severity)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Severity = severity;
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format (<c>{0}</c>, <c>{1}</c>, ...) filled with the diagnostic's arguments.</summary>
    public string MessageFormat { get; }

    public SpecSeverity Severity { get; }

    public string Category => SpecDiagnostics.Category;

    public string HelpLink => SpecDiagnostics.HelpRoot + Id + ".md";

    /// <summary>The message as Roslyn formats a descriptor's (invariant culture, composite formatting).</summary>
    public string Format(IEnumerable<string> arguments) =>
        string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments.Cast<object>().ToArray());
}
