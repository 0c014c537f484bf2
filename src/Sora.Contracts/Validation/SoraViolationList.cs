using System.ComponentModel;

namespace Sora.Contracts.Validation;

/// <summary>
/// Collects violations for generated validators; the list is created only when the first violation is added, so a
/// valid value is checked without allocating. Not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct SoraViolationList
{
    private List<SoraViolation>? _items;

    /// <summary>Records a violation.</summary>
    public void Add(string param, string code, string message) => (_items ??= new List<SoraViolation>()).Add(new SoraViolation(param, code, message));

    /// <summary>The result holding what was recorded.</summary>
    public readonly SoraValidationResult ToResult() => new(_items);
}
