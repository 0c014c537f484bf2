namespace Sora.Contracts;

/// <summary>A parameter of an operation, as the spec declares it.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="In">Where it goes: <c>path</c>, <c>query</c> or <c>header</c>.</param>
/// <param name="Required">Whether a request must carry it.</param>
/// <param name="Minimum">The smallest whole number it accepts, when the spec bounds it.</param>
/// <param name="Maximum">The largest whole number it accepts, when the spec bounds it.</param>
public sealed record SoraParameter(string Name, string In, bool Required, long? Minimum, long? Maximum)
{
    /// <summary>Whether <paramref name="value"/> lies within the bounds (a missing bound admits anything on its side).</summary>
    public bool Admits(long value) => (Minimum is null || value >= Minimum) && (Maximum is null || value <= Maximum);
}
