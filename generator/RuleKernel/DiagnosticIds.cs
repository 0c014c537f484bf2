namespace Sora.Contracts.RuleKernel;

/// <summary>
/// The SORA0xx id of each analyzer rule, and which one flags at compile time what a violation code reports at run
/// time: the build, the runtime and the command line name a broken rule with the same id.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>Two values each allowed but not together, a value a rule requires left out, or an exactly-one group broken.</summary>
    public const string CombinationNotAllowed = "SORA001";

    /// <summary>A value outside its closed enum, or outside a provider's list when the spec does not know it either.</summary>
    public const string ValueOutsideEnum = "SORA002";

    /// <summary>A value an open enum does not know (a notice that its combinations cannot be checked, not a violation).</summary>
    public const string UnknownValue = "SORA003";

    /// <summary>A value the spec knows that the chosen provider does not accept.</summary>
    public const string NotSupportedByProvider = "SORA004";

    /// <summary>A required text left out, or a text breaking its length or pattern rule.</summary>
    public const string InvalidText = "SORA005";

    /// <summary>The SoraProvider MSBuild property names no known provider.</summary>
    public const string UnknownProvider = "SORA006";

    /// <summary>The SoraProvider MSBuild property names a retired provider.</summary>
    public const string RetiredProvider = "SORA007";

    /// <summary>A number outside its range (minimum, maximum, exclusive bounds, multipleOf).</summary>
    public const string NumberOutOfRange = "SORA008";

    /// <summary>A provider-only property set for a provider that does not accept it.</summary>
    public const string NotAcceptedByProvider = "SORA009";

    /// <summary>
    /// The analyzer rule that flags what a violation with <paramref name="code"/> reports, or null for a rule a literal
    /// cannot break (an uploaded image's content, a pattern that could not tell).
    /// </summary>
    public static string? Of(string code) => code switch
    {
        ViolationCodes.InvalidCombination => CombinationNotAllowed,
        ViolationCodes.InvalidValue => ValueOutsideEnum,
        ViolationCodes.UnsupportedByProvider => NotSupportedByProvider,
        ViolationCodes.MissingRequired or ViolationCodes.TooShort or ViolationCodes.TooLong or ViolationCodes.InvalidFormat => InvalidText,
        ViolationCodes.OutOfRange => NumberOutOfRange,
        ViolationCodes.UnsupportedParameter => NotAcceptedByProvider,
        _ => null,
    };
}
