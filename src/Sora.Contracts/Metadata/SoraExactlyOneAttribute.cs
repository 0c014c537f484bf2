namespace Sora.Contracts.Metadata;

/// <summary>An exactly-one group of the spec (an object-level <c>oneOf</c> of <c>required</c> lists): exactly one of <see cref="Properties"/> must be set.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SoraExactlyOneAttribute : Attribute
{
    /// <summary>Records the group.</summary>
    public SoraExactlyOneAttribute(params string[] properties) => Properties = properties;

    /// <summary>The properties of the group (wire names), in the spec's order.</summary>
    public IReadOnlyList<string> Properties { get; }
}
