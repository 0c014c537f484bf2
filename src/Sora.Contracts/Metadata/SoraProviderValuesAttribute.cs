namespace Sora.Contracts.Metadata;

/// <summary>
/// The values one provider profile allows for a request property (replacing the spec's own list for it): the listed
/// values, or, when <see cref="Pattern"/> is set, any value matching it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SoraProviderValuesAttribute : Attribute
{
    /// <summary>Records the provider's list.</summary>
    public SoraProviderValuesAttribute(string provider, string property, params string[] values)
    {
        Provider = provider;
        Property = property;
        Values = values;
    }

    /// <summary>The profile id.</summary>
    public string Provider { get; }

    /// <summary>The property (wire name).</summary>
    public string Property { get; }

    /// <summary>The values the provider allows (empty when <see cref="Pattern"/> is set).</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>
    /// The regular expression (JSON Schema's dialect) any value the provider allows matches, instead of a list; null
    /// when the provider lists its values.
    /// </summary>
    public string? Pattern { get; set; }
}
