namespace Sora.Contracts.SpecReader;

/// <summary>One problem in a spec, worded as the build reports it (a SORA1xx diagnostic).</summary>
public sealed class SpecProblem
{
    internal SpecProblem(string id, SpecSeverity severity, string message, string path, int line, int column)
    {
        Id = id;
        Severity = severity;
        Message = message;
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>The diagnostic id, such as <c>SORA105</c>; its page is docs/diagnostics/{Id}.md.</summary>
    public string Id { get; }

    /// <summary>How serious it is, as the build would report it by default.</summary>
    public SpecSeverity Severity { get; }

    /// <summary>What is wrong, in the words of the build's diagnostic.</summary>
    public string Message { get; }

    /// <summary>The spec file it is in.</summary>
    public string Path { get; }

    /// <summary>The 0-based line where it starts (add 1 for an editor's line number).</summary>
    public int Line { get; }

    /// <summary>The 0-based column where it starts (add 1 for an editor's column number).</summary>
    public int Column { get; }
}
