using System.Collections.Concurrent;
using System.Security.Cryptography;
using Sora.Contracts;
using Sora.Emulator.Faults;
using Xunit.Abstractions;

namespace Sora.Client.Tests.EndToEnd;

/// <summary>
/// 1,000 jobs generated through a storm of injected faults. Every job must end in one of two ways: an intact file
/// (length and hash equal to what the emulator served) or a typed error with nothing at the target. No partial file,
/// no stray temporary file, and no job created twice by a retried create.
/// </summary>
public sealed class FaultStormTests(ITestOutputHelper output)
{
    private const int Jobs = 1000;
    private const int Parallelism = 32;

    [Fact]
    public async Task AThousandJobsUnderInjectedFaults_EachEndWithAnIntactFileOrATypedError_NeverAPartialFileOrADuplicateJob()
    {
        await using var gateway = await EmulatedGateway.StartAsync(SoraProvider.Get("openai"));
        gateway.Emulator.Faults.InjectRandomly(0.15, seed: 20261122,
            new EmulatorFault(EmulatorFaultKind.RateLimit) { RetryAfter = TimeSpan.FromSeconds(2) },
            new EmulatorFault(EmulatorFaultKind.ServerError),
            new EmulatorFault(EmulatorFaultKind.ProxyErrorPage),
            new EmulatorFault(EmulatorFaultKind.DropConnection),
            new EmulatorFault(EmulatorFaultKind.DropAfterProcessing),
            new EmulatorFault(EmulatorFaultKind.TruncateBody),
            new EmulatorFault(EmulatorFaultKind.Slow) { Delay = TimeSpan.FromMilliseconds(40) });
        using var folder = new TempFolder();
        var outcomes = new ConcurrentDictionary<int, string>();
        var finished = new ConcurrentDictionary<int, string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, Jobs), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, ct) =>
        {
            var target = folder.File($"job-{i:D4}.mp4");
            try
            {
                var result = await gateway.Client.GenerateAsync(new CreateVideoRequest($"job {i:D4}") { Size = "1280x720" }, target, cancellationToken: ct);
                finished[i] = result.Job.Id;
                outcomes[i] = "file";
            }
            catch (SoraException e)
            {
                Assert.False(File.Exists(target), $"job {i}: {e.GetType().Name} but a file is at the target");
                outcomes[i] = e is SoraConnectionException { RequestMayHaveBeenAccepted: true } ? e.GetType().Name + " (may have been accepted)" : e.GetType().Name;
            }
        });

        foreach (var (i, id) in finished)
        {
            var served = gateway.Emulator.GetMedia(id, VideoContentVariant.Default)!;
            var saved = await File.ReadAllBytesAsync(folder.File($"job-{i:D4}.mp4"));
            Assert.Equal(served.Length, saved.Length);
            Assert.Equal(SHA256.HashData(served), SHA256.HashData(saved));
        }

        var entries = folder.Entries();
        Assert.Equal(finished.Count, entries.Count);
        Assert.All(entries, name => Assert.Matches(@"^job-\d{4}\.mp4$", name));

        var duplicates = gateway.Emulator.Jobs.GroupBy(j => j.Prompt).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "created twice: " + string.Join(", ", duplicates));
        Assert.Equal(Jobs, outcomes.Count);

        output.WriteLine($"{Jobs} jobs, {gateway.Emulator.Jobs.Count} created on the emulator");
        foreach (var group in outcomes.Values.GroupBy(o => o).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Key}: {group.Count()}");
        }

        foreach (var (kind, count) in gateway.Emulator.Faults.Injected.OrderBy(k => k.Key))
        {
            output.WriteLine($"  injected {kind}: {count}");
        }

        Assert.True(finished.Count > Jobs / 2, $"only {finished.Count} of {Jobs} jobs produced a file");
    }
}
