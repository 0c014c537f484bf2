namespace Sora.Contracts.CodeFixes;

/// <summary>
/// The equivalence keys of the SORA code actions. A key names the kind of fix, never the value it writes, so Fix All
/// applies the same kind of fix to every site even when the values differ.
/// </summary>
public static class SoraFixKeys
{
    /// <summary>SORA001: set the condition's property to a value the rule does not apply to (a pro model).</summary>
    public const string UseConditionValue = "SORA001.UseConditionValue";

    /// <summary>SORA001: use the allowed value closest to the written one (the allowed size with the same orientation).</summary>
    public const string UseAllowedValue = "SORA001.UseAllowedValue";

    /// <summary>SORA002: use the nearest value of the enum.</summary>
    public const string UseNearestValue = "SORA002.UseNearestValue";

    /// <summary>SORA004: use the nearest value the chosen provider supports.</summary>
    public const string UseProviderValue = "SORA004.UseProviderValue";

    /// <summary>SORA009: remove the field the chosen provider does not take.</summary>
    public const string RemoveField = "SORA009.RemoveField";
}
