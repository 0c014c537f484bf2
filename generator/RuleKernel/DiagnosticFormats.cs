namespace Sora.Contracts.RuleKernel;

/// <summary>
/// The message format of each SORA0xx analyzer diagnostic (<see cref="DiagnosticIds"/>). Each one about a broken rule
/// ends with the rule in <see cref="RuleMessages"/>' words, which a run-time violation of the same rule carries.
/// </summary>
internal static class DiagnosticFormats
{
    /// <summary>What is wrong (<see cref="RuleMessages.NotAllowed"/> or <see cref="RuleMessages.SetCount"/>), then the rule.</summary>
    public const string CombinationNotAllowed = "{0}: {1}";

    /// <summary>The property, its value, then the rule (<see cref="RuleMessages.MustBe"/>).</summary>
    public const string ValueOutsideEnum = "{0} {1} is not an allowed value: {2}";

    /// <summary>The property, its value, then the values the spec knows.</summary>
    public const string UnknownValue = "{0} '{1}' is not one the spec knows ({2}), so its combinations cannot be checked";

    /// <summary>The property, its value, the provider, then the rule there.</summary>
    public const string NotSupportedByProvider = "{0} {1} is not supported by provider {2}: {3} there";

    /// <summary>The property, what is wrong with it (<see cref="TextProblems"/>), then the rule.</summary>
    public const string InvalidText = "{0} is {1}: {2}";

    /// <summary>The SoraProvider property's value, then the known providers.</summary>
    public const string UnknownProvider = "The SoraProvider MSBuild property is '{0}', which no spec in this compilation defines (known: {1})";

    /// <summary>The SoraProvider property's value, then the date its profile retired.</summary>
    public const string RetiredProvider = "The SoraProvider MSBuild property is '{0}', a profile whose service no longer runs (retired {1}); its rules still judge the requests";

    /// <summary>The property, its value, then the first bound it breaks.</summary>
    public const string NumberOutOfRange = "{0} {1} is out of range: {2}";

    /// <summary>The whole rule, in <see cref="RuleMessages.NotAcceptedBy"/>' words: the run-time violation's message.</summary>
    public const string NotAcceptedByProvider = "{0}";
}
