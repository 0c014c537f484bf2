namespace Sora.Contracts.Metadata;

/// <summary>
/// A provider-only request property (<c>x-sora-accepted-by</c>): only the listed provider profiles take it; the
/// analyzer reports it when the project's provider is not one of them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SoraAcceptedByAttribute : Attribute
{
    /// <summary>Records the property and the profiles that take it.</summary>
    public SoraAcceptedByAttribute(string property, params string[] providers)
    {
        Property = property;
        Providers = providers;
    }

    /// <summary>The property (wire name).</summary>
    public string Property { get; }

    /// <summary>The profile ids that take it.</summary>
    public IReadOnlyList<string> Providers { get; }
}
