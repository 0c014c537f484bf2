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
}
