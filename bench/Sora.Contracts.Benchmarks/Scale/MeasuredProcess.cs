using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Sora.Contracts.Benchmarks.Scale;

/// <summary>What one measured command cost: wall time, CPU time and the peak resident memory of its process tree.</summary>
internal sealed record Measurement(double WallSeconds, double CpuSeconds, long MaxRssKilobytes, int ExitCode, string Output)
{
    public double MaxRssMegabytes => MaxRssKilobytes / 1024.0;
}

/// <summary>
/// Runs a command in a fresh intermediate process (`--measure -- command args`) that starts it, waits for it and reads
/// <c>getrusage(RUSAGE_CHILDREN)</c>: the children's CPU time and the largest max RSS among them and their waited-for
/// descendants, as <c>/usr/bin/time -v</c> reports it. One intermediate per command, so no two measurements share the
/// counters; the intermediate's own memory is not counted.
/// </summary>
internal static class MeasuredProcess
{
    private const string Prefix = "measured ";
    private const int RusageChildren = -1;

    /// <summary>Runs <paramref name="arguments"/> (the first is the program) measured, from a new intermediate process.</summary>
    public static Measurement Run(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (!self.EndsWith("Sora.Contracts.Benchmarks", StringComparison.Ordinal))
        {
            // Run as `dotnet Sora.Contracts.Benchmarks.dll`.
            start.ArgumentList.Add(typeof(MeasuredProcess).Assembly.Location);
        }

        start.ArgumentList.Add("--measure");
        start.ArgumentList.Add("--");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = stdout.Split('\n').LastOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The measuring process printed no result (exit {process.ExitCode}):\n{stdout}\n{stderr.Result}");
        var f = line[Prefix.Length..].Trim().Split(' ');
        return new Measurement(
            double.Parse(f[0], CultureInfo.InvariantCulture),
            double.Parse(f[1], CultureInfo.InvariantCulture),
            long.Parse(f[2], CultureInfo.InvariantCulture),
            int.Parse(f[3], CultureInfo.InvariantCulture),
            stdout + stderr.Result);
    }

    /// <summary>The intermediate: runs the command with inherited output, then prints the measurement line.</summary>
    public static int Measure(TextWriter output, IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using (var process = Process.Start(start)!)
        {
            process.WaitForExit();
            clock.Stop();
            if (GetRusage(RusageChildren, out var usage) != 0)
            {
                throw new InvalidOperationException("getrusage failed: " + Marshal.GetLastPInvokeError().ToString(CultureInfo.InvariantCulture));
            }

            var cpu = usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
            output.WriteLine(FormattableString.Invariant($"{Prefix}{clock.Elapsed.TotalSeconds:F3} {cpu:F3} {usage.MaxRss} {process.ExitCode}"));
        }

        return 0;
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRusage(int who, out Rusage usage);

    /// <summary><c>struct rusage</c> on 64-bit Linux: two <c>timeval</c>s, then 14 longs (<c>ru_maxrss</c> in KB first).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long SharedMemory;
        public long UnsharedData;
        public long UnsharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlockInputs;
        public long BlockOutputs;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }
}
