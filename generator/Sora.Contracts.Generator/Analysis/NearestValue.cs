using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sora.Contracts.Generator.Analysis;

/// <summary>
/// Picks the allowed value closest to a wrong one, for code fixes: the nearest number; for <c>WxH</c> sizes the same
/// orientation first, then the nearest pixel count; for names, the allowed name the wrong one extends, else the
/// smallest edit distance (case ignored). Ties go to the value listed first.
/// </summary>
internal static class NearestValue
{
    public static string? Pick(string current, IReadOnlyList<string> allowed)
    {
        if (allowed.Count == 0)
        {
            return null;
        }

        if (TryNumber(current, out var number) && All(allowed, v => TryNumber(v, out _)))
        {
            return Best(allowed, v => { TryNumber(v, out var n); return Math.Abs(n - number); });
        }

        if (TrySize(current, out var width, out var height) && All(allowed, v => TrySize(v, out _, out _)))
        {
            var orientation = Math.Sign(width - height);
            var area = Math.Log((double)width * height);
            return Best(allowed, v =>
            {
                TrySize(v, out var w, out var h);
                var penalty = Math.Sign(w - h) == orientation ? 0 : 1000;
                return penalty + Math.Abs(Math.Log((double)w * h) - area);
            });
        }

        // A dated or suffixed name belongs to the family it extends (sora-2-2025-12-08 → sora-2): prefer the longest
        // allowed value it extends at a '-' boundary over a closer spelling of another family (sora-2-pro).
        string? family = null;
        foreach (var value in allowed)
        {
            if (current.StartsWith(value + "-", StringComparison.OrdinalIgnoreCase) && (family is null || value.Length > family.Length))
            {
                family = value;
            }
        }

        return family ?? Best(allowed, v => Distance(current.ToLowerInvariant(), v.ToLowerInvariant()));
    }

    private static string Best(IReadOnlyList<string> allowed, Func<string, double> cost)
    {
        var best = allowed[0];
        var bestCost = cost(best);
        for (var i = 1; i < allowed.Count; i++)
        {
            var candidate = cost(allowed[i]);
            if (candidate < bestCost)
            {
                best = allowed[i];
                bestCost = candidate;
            }
        }

        return best;
    }

    private static bool All(IReadOnlyList<string> values, Func<string, bool> test)
    {
        foreach (var value in values)
        {
            if (!test(value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value);

    private static bool TrySize(string text, out long width, out long height)
    {
        width = height = 0;
        var x = text.IndexOf('x');
        if (x < 0)
        {
            x = text.IndexOf('X');
        }

        return x > 0
            && long.TryParse(text.Substring(0, x).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out width)
            && long.TryParse(text.Substring(x + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out height)
            && width > 0 && height > 0;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
