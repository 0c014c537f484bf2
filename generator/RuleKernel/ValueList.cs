using System.Collections.Generic;
using System.Text;

namespace Sora.Contracts.RuleKernel;

/// <summary>How a list of allowed values reads in a message: "a, b or c".</summary>
internal static class ValueList
{
    /// <summary>"a, b or c"; the one value alone; empty for none.</summary>
    public static string OrList<T>(IReadOnlyList<T> values) => Join(values, " or ");

    /// <summary>"a, b and c"; the one value alone; empty for none.</summary>
    public static string AndList<T>(IReadOnlyList<T> values) => Join(values, " and ");

    private static string Join<T>(IReadOnlyList<T> values, string last)
    {
        var text = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == values.Count - 1 ? last : ", ");
            }

            text.Append(values[i]?.ToString());
        }

        return text.ToString();
    }
}
