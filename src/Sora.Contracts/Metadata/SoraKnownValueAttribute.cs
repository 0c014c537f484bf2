namespace Sora.Contracts.Metadata;

/// <summary>Records the wire value of a generated known-value member (<c>VideoSize.Size1280x720</c> → "1280x720").</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SoraKnownValueAttribute : Attribute
{
    /// <summary>Records the value.</summary>
    public SoraKnownValueAttribute(string value) => Value = value;

    /// <summary>The wire value.</summary>
    public string Value { get; }
}
