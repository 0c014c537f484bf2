namespace Sora.Contracts.Metadata;

/// <summary>
/// Names a provider profile of the spec: on the generated <c>SoraProvider</c> type, and on the assembly so that the
/// analyzer can check the <c>SoraProvider</c> MSBuild property without searching for types.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class SoraProviderProfileAttribute : Attribute
{
    /// <summary>Records the profile id.</summary>
    public SoraProviderProfileAttribute(string id) => Id = id;

    /// <summary>The profile id.</summary>
    public string Id { get; }

    /// <summary>The date (yyyy-MM-dd) the profile's service stopped running, when the spec marks it retired; the analyzer reports SORA007 for it.</summary>
    public string? RetiredOn { get; set; }
}
