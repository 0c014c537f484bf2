namespace Sora.Contracts.RuleKernel;

/// <summary>
/// The machine-readable code of each kind of broken rule, as a violation carries it at run time. The runtime's public
/// <c>SoraViolationCodes</c> repeats these names for callers; the analyzer maps them to its ids (<see cref="DiagnosticIds"/>).
/// </summary>
internal static class ViolationCodes
{
    public const string MissingRequired = "missing_required";
    public const string InvalidValue = "invalid_value";
    public const string InvalidCombination = "invalid_combination";
    public const string UnsupportedByProvider = "unsupported_by_provider";
    public const string TooShort = "too_short";
    public const string TooLong = "too_long";
    public const string InvalidFormat = "invalid_format";
    public const string PatternTimeout = "pattern_timeout";
    public const string OutOfRange = "out_of_range";
    public const string UnsupportedParameter = "unsupported_parameter";
    public const string InvalidImage = "invalid_image";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string ImageSizeMismatch = "image_size_mismatch";
}
