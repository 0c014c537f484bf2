namespace Sora.Contracts.Generator.Analysis;

/// <summary>
/// The keys of <c>Diagnostic.Properties</c> the code fixes read: the analyzer knows the rules and works out the
/// replacement; a fix only edits syntax.
/// </summary>
public static class FixProperties
{
    /// <summary>The value to put where the diagnostic points (the nearest allowed one).</summary>
    public const string Replacement = "Sora.Replacement";

    /// <summary>The wire name of the property the diagnostic is about.</summary>
    public const string Property = "Sora.Property";

    /// <summary>SORA004: the provider whose list the replacement comes from.</summary>
    public const string Provider = "Sora.Provider";

    /// <summary>SORA001: a value of the condition's property that makes the rule not apply (a pro model).</summary>
    public const string ConditionReplacement = "Sora.ConditionReplacement";

    /// <summary>SORA001: the wire name of the condition's property (<c>model</c>).</summary>
    public const string ConditionProperty = "Sora.ConditionProperty";

    /// <summary>SORA001: "true" when the condition's value is written (its location is the first additional location); otherwise the fix adds it.</summary>
    public const string ConditionPresent = "Sora.ConditionPresent";

    /// <summary>SORA001: how to add the condition's value when it is absent: the builder method (<c>WithModel</c>) or the initializer member (<c>Model</c>).</summary>
    public const string ConditionMember = "Sora.ConditionMember";

    /// <summary>SORA001: "builder" or "initializer": where an absent condition value is added.</summary>
    public const string ConditionForm = "Sora.ConditionForm";

    /// <summary>The form value of <see cref="ConditionForm"/> for a builder chain.</summary>
    public const string BuilderForm = "builder";

    /// <summary>The form value of <see cref="ConditionForm"/> for an object creation.</summary>
    public const string InitializerForm = "initializer";
}
