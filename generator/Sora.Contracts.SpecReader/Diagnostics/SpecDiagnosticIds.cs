namespace Sora.Contracts.SpecReader.Diagnostics;

/// <summary>
/// The stable SORA1xx ids, as constants: the generator creates each Roslyn descriptor from one of them, which is what
/// lets analyzer release tracking (AnalyzerReleases.*.md) see the generator's diagnostics.
/// </summary>
internal static class SpecDiagnosticIds
{
    public const string InvalidSyntax = "SORA100";
    public const string EmptySpec = "SORA101";
    public const string YamlTooLarge = "SORA102";
    public const string DuplicateKey = "SORA103";
    public const string UnsupportedVersion = "SORA104";
    public const string DanglingReference = "SORA105";
    public const string DuplicateEnumValue = "SORA106";
    public const string UnsupportedRule = "SORA107";
    public const string UnknownExtension = "SORA108";
    public const string UnsupportedSchema = "SORA109";
    public const string InvalidExtension = "SORA110";
    public const string NameCollision = "SORA111";
    public const string InvalidDefault = "SORA112";
    public const string InternalError = "SORA199";
}
