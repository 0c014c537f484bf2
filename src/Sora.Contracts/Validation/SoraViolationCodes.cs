using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Validation;

/// <summary>The codes a <see cref="SoraViolation"/> carries (the rule kernel's, under their public names).</summary>
public static class SoraViolationCodes
{
    /// <summary>A required parameter is missing.</summary>
    public const string MissingRequired = ViolationCodes.MissingRequired;

    /// <summary>The value is not one the spec allows.</summary>
    public const string InvalidValue = ViolationCodes.InvalidValue;

    /// <summary>The value is allowed on its own but not together with another parameter's value.</summary>
    public const string InvalidCombination = ViolationCodes.InvalidCombination;

    /// <summary>The spec knows the value but the chosen provider does not accept it.</summary>
    public const string UnsupportedByProvider = ViolationCodes.UnsupportedByProvider;

    /// <summary>The parameter is one only some providers take, and the chosen provider is not one of them.</summary>
    public const string UnsupportedParameter = ViolationCodes.UnsupportedParameter;

    /// <summary>The text is shorter than allowed.</summary>
    public const string TooShort = ViolationCodes.TooShort;

    /// <summary>The text is longer than allowed.</summary>
    public const string TooLong = ViolationCodes.TooLong;

    /// <summary>The text does not match the required pattern.</summary>
    public const string InvalidFormat = ViolationCodes.InvalidFormat;

    /// <summary>
    /// The text could not be checked against its pattern: the match did not finish, so the value is neither known to
    /// match nor known not to. Only a pattern the linear engine refuses (a backreference, a lookaround, an atomic
    /// group) runs where this can happen: it ran out of time on a value that makes it backtrack, or, rarely, the
    /// backtracking engine failed on it.
    /// </summary>
    public const string PatternTimeout = ViolationCodes.PatternTimeout;

    /// <summary>The number is outside its range.</summary>
    public const string OutOfRange = ViolationCodes.OutOfRange;

    /// <summary>The uploaded image cannot be read from its header (not PNG, JPEG or WebP, truncated, or lying).</summary>
    public const string InvalidImage = ViolationCodes.InvalidImage;

    /// <summary>The uploaded file is of a media type the parameter does not accept.</summary>
    public const string UnsupportedMediaType = ViolationCodes.UnsupportedMediaType;

    /// <summary>The uploaded image's pixel size differs from the size the request asks for.</summary>
    public const string ImageSizeMismatch = ViolationCodes.ImageSizeMismatch;
}
