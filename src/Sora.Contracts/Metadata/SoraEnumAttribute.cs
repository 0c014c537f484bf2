namespace Sora.Contracts.Metadata;

/// <summary>Marks a generated value type and records the values its spec enum knows.</summary>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
public sealed class SoraEnumAttribute : Attribute
{
    /// <summary>Records the enum.</summary>
    public SoraEnumAttribute(bool isOpen, params string[] knownValues)
    {
        IsOpen = isOpen;
        KnownValues = knownValues;
    }

    /// <summary>Whether the spec admits values beyond the known ones (<c>anyOf: [string, enum]</c>).</summary>
    public bool IsOpen { get; }

    /// <summary>The values the spec knows.</summary>
    public IReadOnlyList<string> KnownValues { get; }

    /// <summary>The minimum length a value other than the known ones must have (the open branch's <c>minLength</c>), or -1.</summary>
    public int OpenMinLength { get; set; } = -1;

    /// <summary>The maximum length a value other than the known ones may have (the open branch's <c>maxLength</c>), or -1.</summary>
    public int OpenMaxLength { get; set; } = -1;

    /// <summary>The pattern a value other than the known ones must match (the open branch's <c>pattern</c>), or null.</summary>
    public string? OpenPattern { get; set; }
}
