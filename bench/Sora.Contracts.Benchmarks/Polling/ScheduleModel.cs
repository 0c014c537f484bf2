using Sora.Client;
using Sora.Client.Polling;

namespace Sora.Contracts.Benchmarks.Polling;

/// <summary>
/// The client's own <see cref="PollingSchedule"/> stepped in plain arithmetic, with a seeded random source: the same
/// decisions as the end-to-end run (which cannot be seeded: the client draws from <see cref="Random.Shared"/>), cheap
/// enough for many seeds and a sweep of job lengths. Follows <c>JobPoller.WaitAsync</c>: a poll after each delay, the
/// server's hint from each unfinished answer, no hint on the final one.
/// </summary>
internal static class ScheduleModel
{
    /// <summary>One wait for a job of length <paramref name="job"/>, or null when the overall timeout came first.</summary>
    public static WaitOutcome? Wait(SoraPollingOptions options, TimeSpan job, TimeSpan? pollAfter, Random random)
    {
        var schedule = new PollingSchedule(options, random.NextDouble);
        var elapsed = TimeSpan.Zero;
        TimeSpan? hint = null;
        var requests = 0;
        while (schedule.TryGetNextDelay(elapsed, hint, out var delay))
        {
            elapsed += delay;
            requests++;
            if (elapsed >= job)
            {
                return new WaitOutcome(job, requests, elapsed - job);
            }

            hint = pollAfter;
        }

        return null;
    }
}
