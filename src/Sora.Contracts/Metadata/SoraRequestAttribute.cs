namespace Sora.Contracts.Metadata;

/// <summary>Marks a generated request body type; the analyzer checks every place one is built.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SoraRequestAttribute : Attribute
{
    /// <summary>Records the schema the type comes from.</summary>
    public SoraRequestAttribute(string schemaName) => SchemaName = schemaName;

    /// <summary>The schema name in the spec.</summary>
    public string SchemaName { get; }
}
