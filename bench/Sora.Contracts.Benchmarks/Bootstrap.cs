namespace Sora.Contracts.Benchmarks;

/// <summary>The median of paired ratios and its 95% percentile bootstrap interval (resampling pairs, seeded, so a rerun on the same data prints the same interval).</summary>
internal static class Bootstrap
{
    public const int Resamples = 10_000;

    public const int Seed = 20261202;

    public static (double Median, double Low, double High) MedianInterval(IReadOnlyList<double> values)
    {
        var random = new Random(Seed);
        var medians = new double[Resamples];
        var sample = new double[values.Count];
        for (var r = 0; r < Resamples; r++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = values[random.Next(values.Count)];
            }

            medians[r] = Median(sample);
        }

        Array.Sort(medians);
        return (Median(values.ToArray()), medians[(int)(0.025 * Resamples)], medians[(int)(0.975 * Resamples) - 1]);
    }

    public static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
