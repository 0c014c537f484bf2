using System.Collections.Concurrent;
using System.Security.Cryptography;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;
using Sora.Emulator;
using Xunit.Abstractions;

namespace Sora.Client.Tests.EndToEnd;

/// <summary>
/// Issue 13's acceptance: 1,000 <c>GenerateAsync</c> jobs with 15% of requests faulted (drops, timeouts and broken
/// answers after the server accepted the create among them), once against a gateway that honours Idempotency-Key and
/// once, with the same seeded storm, against one that does not. On virtual time: every wait ends at once.
/// </summary>
public sealed class IdempotentFaultStormTests(ITestOutputHelper output)
{
    private const int Jobs = 1000;
    private const int Parallelism = 32;
    private const double FaultRate = 0.15;
    private const int Seed = 20261202;

    [Fact]
    public async Task AThousandJobsUnderFaults_AllEndAsIntactFilesWithNoDuplicate_WhereTheKeyIsHonoured_AndMoreCompleteThanWhereItIsNot()
    {
        var keyed = await StormAsync(idempotent: true);
        var unkeyed = await StormAsync(idempotent: false);

        output.WriteLine($"{Jobs} jobs, {FaultRate:P0} of requests faulted (seed {Seed}):");
        output.WriteLine($"  idempotent profile (Idempotency-Key honoured): {keyed.Completed} completed, {keyed.ServerJobs} jobs on the server, {keyed.Duplicates} duplicates; create faults {keyed.CreateFaults}");
        output.WriteLine($"  non-idempotent profile:                        {unkeyed.Completed} completed, {unkeyed.ServerJobs} jobs on the server, {unkeyed.Duplicates} duplicates; create faults {unkeyed.CreateFaults}");

        Assert.Equal(Jobs, keyed.Completed);
        Assert.Equal(Jobs, keyed.ServerJobs);
        Assert.Equal(0, keyed.Duplicates);
        Assert.Equal(0, unkeyed.Duplicates);
        Assert.Equal(keyed.FirstCreateFaults, unkeyed.FirstCreateFaults);
        Assert.True(keyed.Completed > unkeyed.Completed, $"idempotent {keyed.Completed} vs non-idempotent {unkeyed.Completed}");
    }

    private async Task<StormResult> StormAsync(bool idempotent)
    {
        var clock = new VirtualTimeProvider();
        var provider = SoraProvider.Get("litellm");
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions
        {
            Provider = provider,
            TimeProvider = clock,
            IdempotencyKeys = idempotent ? EmulatorIdempotency.Honoured : EmulatorIdempotency.Ignored,
        });
        using var network = new SocketsHttpHandler { AllowAutoRedirect = false };
        using var folder = new TempFolder();
        var finished = new ConcurrentDictionary<int, string>();
        var handlers = new ConcurrentDictionary<int, FaultingHandler>();

        await Parallel.ForEachAsync(Enumerable.Range(0, Jobs), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, ct) =>
        {
            var faulting = new FaultingHandler(network, FaultRate, Seed, stream: i);
            handlers[i] = faulting;
            using var http = new HttpClient(faulting, disposeHandler: false);
            using var client = new SoraClient(http, new SoraClientOptions
            {
                BaseAddress = emulator.BaseAddress,
                ApiKey = emulator.ApiKey,
                Provider = provider,
                IdempotencyKeys = idempotent,
                TimeProvider = clock,
                Polling = new SoraPollingOptions { Timeout = TimeSpan.FromDays(3650) },
                Retry = new SoraRetryOptions { MaxRetryAttempts = 6 },
            });
            var target = folder.File($"job-{i:D4}.mp4");
            try
            {
                var result = await client.GenerateAsync(new CreateVideoRequest($"job {i:D4}") { Model = "sora-2" }, target, cancellationToken: ct);
                finished[i] = result.Job.Id;
            }
            catch (SoraException)
            {
                Assert.False(File.Exists(target), $"job {i} failed but left a file");
            }
        });

        foreach (var (i, id) in finished)
        {
            var served = emulator.GetMedia(id, VideoContentVariant.Default)!;
            var saved = await File.ReadAllBytesAsync(folder.File($"job-{i:D4}.mp4"));
            Assert.Equal(SHA256.HashData(served), SHA256.HashData(saved));
        }

        var createFaults = handlers.Values.SelectMany(h => h.CreateFaults).GroupBy(f => f.Key).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}={g.Sum(f => f.Value)}");
        return new StormResult(
            finished.Count,
            emulator.Jobs.Count,
            emulator.Jobs.GroupBy(j => j.Prompt).Count(g => g.Count() > 1),
            string.Join(" ", createFaults),
            string.Join(",", handlers.OrderBy(h => h.Key).Select(h => h.Value.FirstCreate.Fault?.ToString() ?? "-")));
    }

    /// <summary>What one storm left: files, jobs on the server, prompts made twice, faults on creates, and each job's first create fault (the same storm both times).</summary>
    private sealed record StormResult(int Completed, int ServerJobs, int Duplicates, string CreateFaults, string FirstCreateFaults);
}
