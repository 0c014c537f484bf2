namespace Sora.Contracts.SpecReader;

/// <summary>How serious a problem in a spec is, as a compiler would report it.</summary>
public enum SpecSeverity
{
    /// <summary>Worth knowing; the spec is read as written.</summary>
    Info,

    /// <summary>Probably a mistake; what could be read was read.</summary>
    Warning,

    /// <summary>The spec, or part of it, cannot be generated as written.</summary>
    Error,
}
