namespace Sora.Contracts.Benchmarks.Polling;

/// <summary>What one wait for a job cost.</summary>
/// <param name="Job">How long the job took, from creation to its final status.</param>
/// <param name="Requests">Polls sent (GET requests), the one that saw the job finished included.</param>
/// <param name="DetectionDelay">From the job's completion to the poll that saw it.</param>
internal readonly record struct WaitOutcome(TimeSpan Job, int Requests, TimeSpan DetectionDelay)
{
    public double DelayPercent => 100 * DetectionDelay / Job;
}
