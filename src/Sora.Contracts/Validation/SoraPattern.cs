using System.ComponentModel;
using System.Text.RegularExpressions;
using Sora.Contracts.RuleKernel;

namespace Sora.Contracts.Validation;

/// <summary>
/// A spec <c>pattern</c>, compiled once for a generated validator. It runs in linear time whenever the pattern allows
/// (every pattern without a backreference, lookaround or atomic group), and otherwise within a timeout, so a hostile
/// pattern or value yields "cannot tell" instead of an exception or an unbounded wait. Used by generated validators.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SoraPattern
{
    private readonly Regex _regex;

    /// <summary>Compiles <paramref name="pattern"/>, read as JSON Schema (ECMA-262) reads it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="pattern"/> is not a regular expression (the generator reports such a pattern and never emits it).
    /// </exception>
    public SoraPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!PatternRule.TryCompile(pattern, out var regex, out var error))
        {
            throw new ArgumentException("Not a regular expression: " + error, nameof(pattern));
        }

        _regex = regex!;
    }

    /// <summary>
    /// Whether the match finished; <paramref name="matches"/> then says whether <paramref name="value"/> matches.
    /// False means the pattern could not tell (it ran out of time, or the backtracking engine failed on it).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public bool TryMatch(string value, out bool matches)
    {
        ArgumentNullException.ThrowIfNull(value);
        return PatternRule.TryMatch(_regex, value, out matches);
    }
}
