using System;
using System.Text.RegularExpressions;

namespace Sora.Contracts.RuleKernel;

/// <summary>
/// The spec's <c>pattern</c> keyword, run the same way by the generated validators (through the runtime) and by the
/// analyzer (inside the compiler). A pattern runs in linear time on .NET's non-backtracking engine whenever that
/// engine accepts it; only a pattern it refuses (a backreference, a lookaround, an atomic group, ...) or a host that
/// lacks it (a compiler on .NET Framework) runs on the backtracking engine, bounded by <see cref="MatchTimeout"/>.
/// Either way a match that does not finish is an answer of its own ("cannot tell"), never an exception.
/// </summary>
internal static class PatternRule
{
    /// <summary>
    /// How long one match on the backtracking engine may run (the linear engine needs no bound). A value checked
    /// against a pattern a person wrote takes microseconds, so this is far from any honest match, yet short enough that
    /// a validator (or a compiler judging a literal) is never held up for long by a hostile one.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    // .NET's default flavour, not its ECMAScript option: that one narrows \s to ASCII, while ECMA-262's \s (what JSON
    // Schema means) includes Unicode spaces such as U+3000; the non-backtracking engine does not take it either.
    private const RegexOptions Flavour = RegexOptions.CultureInvariant;

    // The analyzer is built for netstandard2.0, which cannot name NonBacktracking, yet may run in a host that has it.
#if NET7_0_OR_GREATER
    private static readonly RegexOptions? Linear = RegexOptions.NonBacktracking;
#else
    private static readonly RegexOptions? Linear = Enum.TryParse("NonBacktracking", out RegexOptions linear) ? linear : null;
#endif

    /// <summary>
    /// Whether <paramref name="pattern"/> is a regular expression <see cref="TryCompile"/> compiles, with the reason
    /// when it is not. It builds no linear matcher, which costs far more than parsing: the spec parser, which runs in
    /// every compilation, only needs the verdict.
    /// </summary>
    public static bool IsValid(string pattern, out string error) => Backtracking(PatternDialect.ToDotNet(pattern), out error) is not null;

    /// <summary>
    /// Compiles a spec pattern (read as ECMA-262 reads <c>$</c>, see <see cref="PatternDialect"/>) on the engine it
    /// can run on; false, with the reason, when it is not a regular expression.
    /// </summary>
    public static bool TryCompile(string pattern, out Regex? regex, out string error)
    {
        var dotNet = PatternDialect.ToDotNet(pattern);
        error = string.Empty;
        regex = (Linear is { } linear ? LinearOrNull(dotNet, linear) : null) ?? Backtracking(dotNet, out error);
        return regex is not null;
    }

    private static Regex? LinearOrNull(string dotNet, RegexOptions linear)
    {
        try
        {
            // No timeout: a linear match always finishes, and a wall clock on a busy machine would turn an honest
            // match (whose matcher is built lazily, during the first matches) into "cannot tell".
            return new Regex(dotNet, Flavour | linear, Regex.InfiniteMatchTimeout);
        }
        catch (NotSupportedException)
        {
            // A construct only the backtracking engine runs.
            return null;
        }
        catch (ArgumentException)
        {
            // Not a regular expression: said in the words of the engine that reads every construct.
            return null;
        }
    }

    private static Regex? Backtracking(string dotNet, out string error)
    {
        try
        {
            error = string.Empty;
            return new Regex(dotNet, Flavour, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>
    /// Whether the match finished; <paramref name="matches"/> then says whether <paramref name="value"/> matches.
    /// False means "cannot tell": the pattern neither accepted nor rejected the value.
    /// </summary>
    public static bool TryMatch(Regex regex, string value, out bool matches)
    {
        try
        {
            matches = regex.IsMatch(value);
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            matches = false;
            return false;
        }
        catch (IndexOutOfRangeException)
        {
            // The backtracking interpreter's own stack bookkeeping fails on some nested lazy loops inside a lookaround
            // (dotnet/runtime#58786, open; a(?<!((b*?|a+?.)+?)+$) on "a"): the engine cannot tell either.
            matches = false;
            return false;
        }
    }
}
