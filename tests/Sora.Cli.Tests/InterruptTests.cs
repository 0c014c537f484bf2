using System.Diagnostics;
using System.Text.RegularExpressions;
using Sora.Emulator;

namespace Sora.Cli.Tests;

/// <summary>Ctrl+C for real: the built CLI as a child process, stopped with SIGINT while it waits for a job.</summary>
public sealed partial class InterruptTests
{
    [Fact]
    public async Task CtrlCDuringGenerateLeavesNoFilePrintsTheJobIdAndTheJobCanBeDownloadedLater()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        // A live profile: a retired one adds its warning line to the stderr this test reads whole.
        var clock = new ShiftableClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = Sora.Contracts.SoraProvider.All.First(p => !p.IsRetired), TimeProvider = clock, QueuedFor = TimeSpan.FromSeconds(1), RunningFor = TimeSpan.FromMinutes(10) });
        using var folder = new TempFolder();
        var target = folder.File("cat.mp4");

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(SoraCli).Assembly.Location, "generate", "A cat on a motorcycle at night", "--out", target },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var (name, value) in CliRunner.EnvironmentFor(emulator))
        {
            start.Environment[name] = value;
        }

        using var child = Process.Start(start)!;
        var error = child.StandardError.ReadToEndAsync();
        var output = new List<string>();
        string? jobId = null;
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            while (await child.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                output.Add(line);
                if (line == "queued 0%")
                {
                    break;
                }

                jobId ??= JobLine().Match(line) is { Success: true } match ? match.Groups[1].Value : null;
            }
        }

        Assert.True(jobId is not null, "no job line in: " + string.Join("\n", output));
        using (var kill = Process.Start("kill", ["-INT", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            await child.WaitForExitAsync(deadline.Token);
        }

        Assert.Equal(130, child.ExitCode);
        Assert.Equal($"Interrupted. The job {jobId} goes on; fetch it later with: sora download {jobId} --out {target}", (await error).Trim());
        Assert.Empty(folder.Files());

        clock.Advance(TimeSpan.FromMinutes(11));
        var later = await CliRunner.RunAsync(emulator, "download", jobId, "--out", target);

        Assert.True(later.ExitCode == 0, later.ToString());
        Assert.Equal(emulator.GetMedia(jobId, Sora.Contracts.VideoContentVariant.Video), await File.ReadAllBytesAsync(target));
        Assert.Equal(["cat.mp4"], folder.Files());
    }

    [GeneratedRegex(@"^Job (\S+) created ")]
    private static partial Regex JobLine();

    private sealed class ShiftableClock : TimeProvider
    {
        private TimeSpan _offset;

        public void Advance(TimeSpan by) => _offset += by;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
    }
}
