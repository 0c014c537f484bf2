namespace Sora.Contracts.SpecReader.Model;

/// <summary>
/// Where something sits in a spec file, 0-based like Roslyn (YAML marks are 1-based). A plain value so the cached
/// model never holds a Roslyn <c>Location</c>; the output step turns it into one.
/// </summary>
internal sealed record SpecLocation(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The 1-based line, as editors and YAML tools print it.</summary>
    public int Line => StartLine + 1;
}
