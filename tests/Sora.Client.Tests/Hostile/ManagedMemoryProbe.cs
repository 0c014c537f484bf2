namespace Sora.Client.Tests.Hostile;

/// <summary>
/// The managed heap while a call runs: sampled every millisecond on a thread of its own, from a baseline taken after a
/// full collection, plus the bytes allocated meanwhile. Process-wide (the in-process gateway counts too), which is why
/// the tests that use it run alone and assert bounds with a wide margin, never a time.
/// </summary>
internal sealed class ManagedMemoryProbe : IDisposable
{
    private readonly Thread _sampler;
    private readonly long _baseline;
    private readonly long _allocatedBefore;
    private volatile bool _stopped;
    private long _peak;

    private ManagedMemoryProbe()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _baseline = GC.GetTotalMemory(forceFullCollection: true);
        _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        _peak = _baseline;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "managed memory probe" };
        _sampler.Start();
    }

    /// <summary>The highest heap size seen above the baseline, in bytes.</summary>
    public long PeakGrowth { get; private set; }

    /// <summary>Bytes allocated between start and stop (garbage included).</summary>
    public long Allocated { get; private set; }

    public static ManagedMemoryProbe Start() => new();

    public void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _sampler.Join();
        PeakGrowth = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false)) - _baseline;
        Allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;
    }

    public void Dispose() => Stop();

    private void Sample()
    {
        while (!_stopped)
        {
            _peak = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false));
            Thread.Sleep(1);
        }
    }
}
