namespace Sora.Contracts.Validation;

/// <summary>The codes a <see cref="SoraViolation"/> carries.</summary>
public static class SoraViolationCodes
{
    /// <summary>A required parameter is missing.</summary>
    public const string MissingRequired = "missing_required";

    /// <summary>The value is not one the spec allows.</summary>
    public const string InvalidValue = "invalid_value";

    /// <summary>The value is allowed on its own but not together with another parameter's value.</summary>
    public const string InvalidCombination = "invalid_combination";

    /// <summary>The spec knows the value but the chosen provider does not accept it.</summary>
    public const string UnsupportedByProvider = "unsupported_by_provider";

    /// <summary>The parameter is one only some providers take, and the chosen provider is not one of them.</summary>
    public const string UnsupportedParameter = "unsupported_parameter";

    /// <summary>The text is shorter than allowed.</summary>
    public const string TooShort = "too_short";

    /// <summary>The text is longer than allowed.</summary>
    public const string TooLong = "too_long";

    /// <summary>The text does not match the required pattern.</summary>
    public const string InvalidFormat = "invalid_format";

    /// <summary>
    /// The text could not be checked against its pattern: the match did not finish, so the value is neither known to
    /// match nor known not to. Only a pattern the linear engine refuses (a backreference, a lookaround, an atomic
    /// group) runs where this can happen: it ran out of time on a value that makes it backtrack, or, rarely, the
    /// backtracking engine failed on it.
    /// </summary>
    public const string PatternTimeout = "pattern_timeout";

    /// <summary>The number is outside its range.</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>The uploaded image cannot be read from its header (not PNG, JPEG or WebP, truncated, or lying).</summary>
    public const string InvalidImage = "invalid_image";

    /// <summary>The uploaded file is of a media type the parameter does not accept.</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>The uploaded image's pixel size differs from the size the request asks for.</summary>
    public const string ImageSizeMismatch = "image_size_mismatch";
}
