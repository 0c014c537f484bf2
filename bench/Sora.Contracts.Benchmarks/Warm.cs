namespace Sora.Contracts.Benchmarks;

/// <summary>
/// Runs the benchmarked operations until tiered JIT has settled. A generator run touches thousands of Roslyn methods;
/// with only tens of invocations per iteration, BenchmarkDotNet's warmup alone can still be measuring tier-0 code.
/// </summary>
internal static class Warm
{
    public static void Up(params Action[] operations)
    {
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 40; i++)
            {
                foreach (var operation in operations)
                {
                    operation();
                }
            }

            // Tier-1 compilation happens on a background thread after a quiet period; give it one.
            Thread.Sleep(300);
        }
    }
}
