namespace Sora.Contracts.Metadata;

/// <summary>
/// A cross-field rule of the spec (<c>if</c>/<c>then</c>): when <see cref="IfProperty"/> is one of
/// <see cref="IfValues"/> (or absent, unless <see cref="IfRequired"/>), <see cref="ThenProperty"/> must be one of
/// <see cref="ThenValues"/> (and present, when <see cref="ThenRequired"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SoraRuleAttribute : Attribute
{
    /// <summary>Records the rule.</summary>
    public SoraRuleAttribute(string ifProperty, string[] ifValues, string thenProperty, string[] thenValues)
    {
        IfProperty = ifProperty;
        IfValues = ifValues;
        ThenProperty = thenProperty;
        ThenValues = thenValues;
    }

    /// <summary>The property the condition reads (wire name).</summary>
    public string IfProperty { get; }

    /// <summary>The values that make the rule apply.</summary>
    public IReadOnlyList<string> IfValues { get; }

    /// <summary>The property the rule constrains (wire name).</summary>
    public string ThenProperty { get; }

    /// <summary>The values allowed when the rule applies.</summary>
    public IReadOnlyList<string> ThenValues { get; }

    /// <summary>Whether the rule applies only when <see cref="IfProperty"/> is present.</summary>
    public bool IfRequired { get; set; }

    /// <summary>Whether <see cref="ThenProperty"/> must be present when the rule applies.</summary>
    public bool ThenRequired { get; set; }

    /// <summary>The rule in words, from the spec.</summary>
    public string? Description { get; set; }
}
