namespace Sora.Contracts.Benchmarks.Polling;

/// <summary>
/// A clock that moves only when the driver fires a timer, jumping straight to that timer's due time, so the real client
/// and the real emulator wait minutes of virtual time in milliseconds and both read the same instant.
/// </summary>
internal sealed class VirtualClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<VirtualTimer> _pending = new();
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private TaskCompletionSource? _timerAdded;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    // The poller measures its overall timeout with timestamps, so they must follow the virtual time too.
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Completes once a timer is pending: the client has nothing left to do but wait.</summary>
    public Task WhenTimerPendingAsync()
    {
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                return Task.CompletedTask;
            }

            _timerAdded ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _timerAdded.Task;
        }
    }

    /// <summary>
    /// Moves the clock to the earliest-due pending timer and fires it. The earliest, not any: a long timer (a timeout)
    /// must not fire before the shorter ones scheduled alongside it.
    /// </summary>
    public void FireEarliest()
    {
        VirtualTimer timer;
        lock (_gate)
        {
            timer = _pending.MinBy(t => t.DueAt) ?? throw new InvalidOperationException("No timer is pending.");
            if (timer.DueAt > _now)
            {
                _now = timer.DueAt;
            }

            _pending.Remove(timer);
            if (timer.Period is { } period)
            {
                Schedule(timer, _now + period);
            }
        }

        timer.Fire();
    }

    private void Schedule(VirtualTimer timer, DateTimeOffset dueAt)
    {
        timer.DueAt = dueAt;
        _pending.Add(timer);
        _timerAdded?.TrySetResult();
        _timerAdded = null;
    }

    private void Change(VirtualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _pending.Remove(timer);
            timer.Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                Schedule(timer, _now + dueTime);
            }
        }
    }

    private void Cancel(VirtualTimer timer)
    {
        lock (_gate)
        {
            _pending.Remove(timer);
        }
    }

    private sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; set; }

        public TimeSpan? Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Change(this, dueTime, period);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => clock.Cancel(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
