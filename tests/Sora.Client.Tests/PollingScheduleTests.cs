using Sora.Client.Polling;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>The schedule's numbers, with chosen random draws and no clock.</summary>
public sealed class PollingScheduleTests
{
    private static readonly TimeSpan s_never = TimeSpan.Zero;

    private static PollingSchedule Schedule(Func<double> random, Action<SoraPollingOptions>? configure = null)
    {
        var options = new SoraPollingOptions();
        configure?.Invoke(options);
        return new PollingSchedule(options, random);
    }

    private static TimeSpan Next(PollingSchedule schedule, TimeSpan? hint = null, TimeSpan? elapsed = null)
    {
        Assert.True(schedule.TryGetNextDelay(elapsed ?? s_never, hint, out var delay));
        return delay;
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.999999)]
    public void TheFirstDelayFallsInTheSpecsWindow(double draw)
    {
        var delay = Next(Schedule(() => draw));

        Assert.InRange(delay, SoraPolling.FirstPollMin, SoraPolling.FirstPollMax);
        Assert.Equal(SoraPolling.FirstPollMin + ((SoraPolling.FirstPollMax - SoraPolling.FirstPollMin) * draw), delay);
    }

    [Fact]
    public void LaterDelaysGrowByTheFactorFromTheWindowsUpperBoundUpToTheCap()
    {
        var schedule = Schedule(() => 0.5, o => o.JitterFraction = 0);

        var delays = Enumerable.Range(0, 8).Select(_ => Next(schedule).TotalSeconds).ToArray();

        Assert.Equal(7.5, delays[0]);
        Assert.Equal([15, 22.5, 33.75, 50.625, 60, 60, 60], delays[1..]);
    }

    [Fact]
    public void JitterSpreadsEachLaterDelayByAtMostTheFraction()
    {
        var low = Schedule(() => 0.0, o => o.JitterFraction = 0.2);
        var high = Schedule(() => 0.999999, o => o.JitterFraction = 0.2);
        Next(low);
        Next(high);

        Assert.Equal(15 * 0.8, Next(low).TotalSeconds, precision: 6);
        Assert.Equal(15 * 1.2, Next(high).TotalSeconds, precision: 4);
    }

    [Fact]
    public void JitteredDelaysStayWithinTheirBoundsAndTheCap()
    {
        var random = new Random(1234);
        var schedule = Schedule(random.NextDouble);
        Next(schedule);

        for (var n = 1; n < 200; n++)
        {
            var grown = SoraPolling.FirstPollMax.TotalSeconds * Math.Pow(1.5, n);
            var delay = Next(schedule).TotalSeconds;
            Assert.InRange(delay, Math.Min(grown, 60) * 0.9, Math.Min(grown * 1.1, 60));
        }
    }

    [Fact]
    public void CappedDelaysStillSpread_SoClientsStartedTogetherDoNotPollInLockstep()
    {
        var random = new Random(99);
        var schedule = Schedule(random.NextDouble);
        var delays = Enumerable.Range(0, 30).Select(_ => Next(schedule).TotalSeconds).ToList();
        var capped = delays.Skip(10).ToList();

        Assert.All(capped, d => Assert.InRange(d, 54, 60));
        Assert.True(capped.Distinct().Count() > 15, string.Join(", ", capped));
    }

    [Fact]
    public void ThousandsOfPollsNeitherOverflowNorLeaveTheCap()
    {
        var schedule = Schedule(() => 0.5);

        for (var n = 0; n < 5000; n++)
        {
            Assert.InRange(Next(schedule), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        }
    }

    [Fact]
    public void AServerHintReplacesTheNextDelayAndTheScheduleMovesOn()
    {
        var schedule = Schedule(() => 0.5, o => o.JitterFraction = 0);
        Next(schedule);

        Assert.Equal(TimeSpan.FromSeconds(3), Next(schedule, hint: TimeSpan.FromSeconds(3)));
        Assert.Equal(TimeSpan.FromSeconds(22.5), Next(schedule));
    }

    [Fact]
    public void AServerHintIsKeptWithinTheIntervalBounds()
    {
        var schedule = Schedule(() => 0.5, o =>
        {
            o.MinInterval = TimeSpan.FromSeconds(2);
            o.MaxInterval = TimeSpan.FromSeconds(45);
        });

        Assert.Equal(TimeSpan.FromSeconds(2), Next(schedule, hint: TimeSpan.FromMilliseconds(10)));
        Assert.Equal(TimeSpan.FromSeconds(45), Next(schedule, hint: TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromSeconds(2), Next(schedule, hint: TimeSpan.Zero));
    }

    [Fact]
    public void NoDelayRunsPastTheOverallTimeout()
    {
        var schedule = Schedule(() => 0.5, o => o.Timeout = TimeSpan.FromMinutes(1));

        Assert.Equal(TimeSpan.FromSeconds(4), Next(schedule, elapsed: TimeSpan.FromSeconds(56)));
    }

    [Fact]
    public void ThereIsNoNextPollOnceTheTimeoutHasPassed()
    {
        var schedule = Schedule(() => 0.5, o => o.Timeout = TimeSpan.FromMinutes(1));

        Assert.False(schedule.TryGetNextDelay(TimeSpan.FromMinutes(1), null, out _));
        Assert.False(schedule.TryGetNextDelay(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(1), out _));
    }

    [Fact]
    public void AConstantScheduleIsPossible()
    {
        var schedule = Schedule(() => 0.0, o =>
        {
            o.FirstPollMin = o.FirstPollMax = TimeSpan.FromSeconds(5);
            o.GrowthFactor = 1;
            o.JitterFraction = 0;
        });

        Assert.All(Enumerable.Range(0, 5).Select(_ => Next(schedule)), d => Assert.Equal(TimeSpan.FromSeconds(5), d));
    }

    public static TheoryData<string, Func<Func<double>>> Draws => new()
    {
        { "always lowest", () => () => 0.0 },
        { "always highest", () => () => 0.999999 },
        { "alternating", () => { var i = 0; return () => i++ % 2 == 0 ? 0.0 : 0.999999; } },
        { "seeded", () => new Random(42).NextDouble },
    };

    [Theory]
    [MemberData(nameof(Draws))]
    public void ATenMinuteJobCostsAtMostFifteenPollsAndIsSeenWithinAMinute(string name, Func<Func<double>> draws)
    {
        var (polls, seenAfter) = Simulate(TimeSpan.FromMinutes(10), draws());

        Assert.True(polls <= 15, $"{name}: {polls} polls");
        Assert.True(seenAfter <= TimeSpan.FromSeconds(60), $"{name}: seen {seenAfter} late");
    }

    [Fact]
    public void EveryJobLengthIsSeenWithinAMinuteAcrossManyDraws()
    {
        var random = new Random(7);
        for (var seconds = 1; seconds <= 1700; seconds += 13)
        {
            var (_, seenAfter) = Simulate(TimeSpan.FromSeconds(seconds), random.NextDouble);
            Assert.True(seenAfter <= TimeSpan.FromSeconds(60), $"a {seconds} s job was seen {seenAfter} late");
        }
    }

    // Polls from creation until the first poll at or after the job's end; returns the count and how late it saw it.
    private static (int Polls, TimeSpan SeenAfter) Simulate(TimeSpan jobLength, Func<double> random)
    {
        var schedule = new PollingSchedule(new SoraPollingOptions(), random);
        var now = TimeSpan.Zero;
        var polls = 0;
        while (schedule.TryGetNextDelay(now, null, out var delay))
        {
            now += delay;
            polls++;
            if (now >= jobLength)
            {
                return (polls, now - jobLength);
            }
        }

        throw new InvalidOperationException("The job outlived the timeout.");
    }
}
