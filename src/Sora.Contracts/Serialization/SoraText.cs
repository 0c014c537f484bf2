using System.ComponentModel;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Serialization;

/// <summary>Text measures as JSON Schema defines them (used by generated validators).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SoraText
{
    /// <summary>The number of Unicode code points: a surrogate pair counts once, as JSON Schema's length does.</summary>
    public static int CodePoints(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextLength.CodePoints(text);
    }
}
