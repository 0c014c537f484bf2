namespace Sora.Client.Tests.Infrastructure;

/// <summary>
/// A clock on which every wait ends at once: a timer moves the virtual time forward by its due time and fires on the
/// thread pool. Tests see each delay the client asked for in <see cref="Delays"/> and no test waits in real time.
/// Suited to code that waits for one thing at a time, as the client does.
/// </summary>
public sealed class VirtualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _delays = [];
    private DateTimeOffset _now;

    public VirtualTimeProvider(DateTimeOffset? start = null) => _now = start ?? new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Every timer due time, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_gate)
            {
                return [.. _delays];
            }
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer();
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return timer;
        }

        lock (_gate)
        {
            _delays.Add(dueTime);
            _now += dueTime;
        }

        // Fired later, not inline: Task.Delay keeps the timer it gets back, which must exist before the callback runs.
        ThreadPool.QueueUserWorkItem(_ =>
        {
            if (!timer.IsDisposed)
            {
                callback(state);
            }
        });
        return timer;
    }

    private sealed class VirtualTimer : ITimer
    {
        private volatile bool _disposed;

        public bool IsDisposed => _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period) => !_disposed;

        public void Dispose() => _disposed = true;

        public ValueTask DisposeAsync()
        {
            _disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
