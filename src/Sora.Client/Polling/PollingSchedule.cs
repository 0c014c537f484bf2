namespace Sora.Client.Polling;

/// <summary>
/// When to poll a job next. Pure: it only counts polls and draws random numbers, so it is tested without a clock.
/// The first delay falls in [<see cref="SoraPollingOptions.FirstPollMin"/>, <see cref="SoraPollingOptions.FirstPollMax"/>];
/// the n-th later one is FirstPollMax × GrowthFactor^n, capped at MaxInterval, spread by ±JitterFraction (folded back
/// below the cap) and kept within [MinInterval, MaxInterval]. A server's hint replaces the next delay, kept within the same bounds. No delay runs past
/// the overall timeout, and once it has passed there is no next poll.
/// </summary>
internal sealed class PollingSchedule
{
    private readonly SoraPollingOptions _options;
    private readonly Func<double> _random;
    private int _polls;

    /// <param name="options">Checked polling options.</param>
    /// <param name="random">Uniform numbers in [0, 1).</param>
    public PollingSchedule(SoraPollingOptions options, Func<double> random)
    {
        _options = options;
        _random = random;
    }

    /// <summary>The delay before the next poll, or false when the overall timeout has passed.</summary>
    /// <param name="elapsed">Time since the wait began (for a new job: since it was created).</param>
    /// <param name="serverHint">The wait the server asked for in its last response, if any.</param>
    /// <param name="delay">The delay.</param>
    public bool TryGetNextDelay(TimeSpan elapsed, TimeSpan? serverHint, out TimeSpan delay)
    {
        var remaining = _options.Timeout - elapsed;
        if (remaining <= TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
            return false;
        }

        var planned = serverHint is { } hint ? Clamp(hint.TotalSeconds)
            : _polls == 0 ? First()
            : Later(_polls);
        _polls++;
        delay = planned < remaining ? planned : remaining;
        return true;
    }

    private TimeSpan First()
    {
        var min = _options.FirstPollMin;
        return min + ((_options.FirstPollMax - min) * _random());
    }

    // Computed in double seconds and clamped before a TimeSpan is made: GrowthFactor^n overflows TimeSpan long before
    // a 30-minute wait ends, and the clamp absorbs the resulting infinity. Jitter is applied after the cap and folded
    // back below it: jittering first and capping after would put every capped poll at exactly the cap, so clients
    // started together would poll in lockstep for the rest of their wait.
    private TimeSpan Later(int n)
    {
        var max = _options.MaxInterval.TotalSeconds;
        var nominal = Math.Min(_options.FirstPollMax.TotalSeconds * Math.Pow(_options.GrowthFactor, n), max);
        var spread = nominal * (1 + (_options.JitterFraction * ((2 * _random()) - 1)));
        return Clamp(spread > max ? (2 * max) - spread : spread);
    }

    private TimeSpan Clamp(double seconds) =>
        TimeSpan.FromSeconds(Math.Clamp(seconds, _options.MinInterval.TotalSeconds, _options.MaxInterval.TotalSeconds));
}
