using System.Globalization;

namespace Sora.Contracts.Benchmarks.Polling;

/// <summary>The minimum, median and maximum of a sample.</summary>
internal readonly record struct Spread(double Min, double Median, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(sorted[0], median, sorted[^1]);
    }

    public string Format(string number) => string.Format(CultureInfo.InvariantCulture, "{0} / {1} / {2}", Min.ToString(number, CultureInfo.InvariantCulture), Median.ToString(number, CultureInfo.InvariantCulture), Max.ToString(number, CultureInfo.InvariantCulture));
}
