namespace Sora.Contracts.Metadata;

/// <summary>Records a request property's wire name and the rules on its own value.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SoraPropertyAttribute : Attribute
{
    /// <summary>Records the property.</summary>
    public SoraPropertyAttribute(string jsonName) => JsonName = jsonName;

    /// <summary>The name on the wire.</summary>
    public string JsonName { get; }

    /// <summary>Whether the spec requires it.</summary>
    public bool Required { get; set; }

    /// <summary>The value the server uses when it is not sent.</summary>
    public string? Default { get; set; }

    /// <summary>The minimum length of a text value, or -1.</summary>
    public int MinLength { get; set; } = -1;

    /// <summary>The maximum length of a text value, or -1.</summary>
    public int MaxLength { get; set; } = -1;

    /// <summary>The pattern a text value must match.</summary>
    public string? Pattern { get; set; }

    /// <summary>The inclusive lower bound of a number, as the spec writes it (<c>minimum</c>), or null.</summary>
    public string? Minimum { get; set; }

    /// <summary>The exclusive lower bound of a number (<c>exclusiveMinimum</c>), or null.</summary>
    public string? ExclusiveMinimum { get; set; }

    /// <summary>The inclusive upper bound of a number (<c>maximum</c>), or null.</summary>
    public string? Maximum { get; set; }

    /// <summary>The exclusive upper bound of a number (<c>exclusiveMaximum</c>), or null.</summary>
    public string? ExclusiveMaximum { get; set; }

    /// <summary>The step a number must be a multiple of (<c>multipleOf</c>), or null.</summary>
    public string? MultipleOf { get; set; }

    /// <summary>Whether only the enum's known values are valid here.</summary>
    public bool Closed { get; set; }
}
