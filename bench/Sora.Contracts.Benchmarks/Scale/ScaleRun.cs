using System.Diagnostics;
using System.Globalization;

namespace Sora.Contracts.Benchmarks.Scale;

/// <summary>
/// `--scaling` (issue 10's linearity table) and `--large-spec` (our generator beside Kiota on the synthetic spec, and
/// the consumer's compile). Every number comes from a child process measured by <see cref="MeasuredProcess"/>; runs of
/// different commands are interleaved, and the median of the repetitions is reported, with the load average seen.
/// </summary>
internal static class ScaleRun
{
    private const string KiotaVersion = "1.38.0";

    private static readonly List<double> Loads = [];

    public static int Scaling(TextWriter output, string[] args)
    {
        var reps = Option(args, "--reps", 1);
        var folder = Directory.CreateTempSubdirectory("sora-scaling-");
        try
        {
            (string Name, string Small, string Large)[] pairs =
            [
                ("enum of 1,000 vs 10,000 values", Write(folder, "enum-1000", ScalingSpecs.Enum(1_000)), Write(folder, "enum-10000", ScalingSpecs.Enum(10_000))),
                ("2,000 vs 20,000 schemas", Write(folder, "schemas-2000", ScalingSpecs.Schemas(2_000)), Write(folder, "schemas-20000", ScalingSpecs.Schemas(20_000))),
            ];
            output.WriteLine($"Consumer compile (in process: generator + CSharpCompilation.Emit), {reps} interleaved repetition(s), medians.");
            output.WriteLine();
            output.WriteLine("| Spec | Spec lines | Generated C# | Generator | Wall | CPU | Peak RSS | SORA1xx | C# errors |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            var rows = new List<(string Name, Row Small, Row Large)>();
            foreach (var (name, small, large) in pairs)
            {
                var results = new Dictionary<string, List<(Measurement M, CompileResult R)>> { [small] = [], [large] = [] };
                for (var rep = 0; rep < reps; rep++)
                {
                    foreach (var spec in new[] { small, large })
                    {
                        results[spec].Add(Compile(spec));
                    }
                }

                var smallRow = Row.Of(small, results[small]);
                var largeRow = Row.Of(large, results[large]);
                output.WriteLine(smallRow.Format());
                output.WriteLine(largeRow.Format());
                rows.Add((name, smallRow, largeRow));
            }

            output.WriteLine();
            output.WriteLine("| Scaling (10x the work) | Wall ratio | CPU ratio | Peak RSS ratio | Bound |");
            output.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var (name, small, large) in rows)
            {
                output.WriteLine(FormattableString.Invariant($"| {name} | {large.Wall / small.Wall:F2}x | {large.Cpu / small.Cpu:F2}x | {large.Rss / small.Rss:F2}x | 12x |"));
            }

            PrintLoad(output);
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static int Large(TextWriter output, string[] args)
    {
        var reps = Option(args, "--reps", 5);
        var compileReps = Option(args, "--compile-reps", 1);
        var keep = args.Contains("--keep");
        var kiota = InstallKiota(output);
        var folder = Directory.CreateTempSubdirectory("sora-large-spec-");
        try
        {
            var text = LargeSpec.Write();
            var spec = Write(folder, "large.openapi", text);
            output.WriteLine($"Spec: {spec}, {text.Count(c => c == '\n'):N0} lines, {text.Length:N0} chars. Kiota {KiotaVersion}: {kiota}");
            var ours = new List<(Measurement M, CompileResult R)>();
            var theirs = new List<Measurement>();
            for (var rep = 0; rep < reps; rep++)
            {
                var oursOut = Path.Combine(folder.FullName, "sora-out");
                Directory.CreateDirectory(oursOut);
                var m = Measure(["--generate-child", spec, oursOut]);
                ours.Add((m, CompileResult.Parse(m.Output) ?? throw new InvalidOperationException("Our generator printed no result:\n" + m.Output)));
                var kiotaOut = Path.Combine(folder.FullName, "kiota-out");
                var k = MeasureCommand([kiota, "generate", "-l", "CSharp", "-d", spec, "-o", kiotaOut, "--clean-output"]);
                if (k.ExitCode != 0)
                {
                    output.WriteLine("Kiota failed:\n" + k.Output);
                    return 1;
                }

                theirs.Add(k);
                output.WriteLine(FormattableString.Invariant($"  rep {rep + 1}: ours {m.WallSeconds:F2} s wall, {m.CpuSeconds:F2} s CPU, {m.MaxRssMegabytes:F0} MB; Kiota {k.WallSeconds:F2} s wall, {k.CpuSeconds:F2} s CPU, {k.MaxRssMegabytes:F0} MB"));
            }

            var kiotaFiles = Directory.GetFiles(Path.Combine(folder.FullName, "kiota-out"), "*.cs", SearchOption.AllDirectories);
            var oursResult = ours[^1].R;
            output.WriteLine();
            output.WriteLine("| Generator on the spec | Wall (median) | CPU (median) | Peak RSS (median) | C# files | C# chars | SORA1xx |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            output.WriteLine(FormattableString.Invariant($"| Sora.Contracts.Generator | {Median(ours.Select(o => o.M.WallSeconds)):F2} s | {Median(ours.Select(o => o.M.CpuSeconds)):F2} s | {Median(ours.Select(o => o.M.MaxRssMegabytes)):F0} MB | {oursResult.Files:N0} | {oursResult.Chars:N0} | {oursResult.SoraDiagnostics:N0} |"));
            output.WriteLine(FormattableString.Invariant($"| Kiota {KiotaVersion} (`kiota generate -l CSharp`) | {Median(theirs.Select(k => k.WallSeconds)):F2} s | {Median(theirs.Select(k => k.CpuSeconds)):F2} s | {Median(theirs.Select(k => k.MaxRssMegabytes)):F0} MB | {kiotaFiles.Length:N0} | {kiotaFiles.Sum(f => new FileInfo(f).Length):N0} | – |"));
            output.WriteLine(FormattableString.Invariant($"Ours / Kiota: wall {Median(ours.Select(o => o.M.WallSeconds)) / Median(theirs.Select(k => k.WallSeconds)):F3}, CPU {Median(ours.Select(o => o.M.CpuSeconds)) / Median(theirs.Select(k => k.CpuSeconds)):F3} (target <= 0.25)."));
            foreach (var line in ours[^1].M.Output.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)))
            {
                output.WriteLine("    " + line[2..]);
            }

            output.WriteLine(FormattableString.Invariant($"Generator crashed (exception, SORA199 or CS8785): {oursResult.Crashed}; medians of our in-process generator time: {Median(ours.Select(o => o.R.GeneratorMs)):F0} ms."));

            output.WriteLine();
            var compiles = new List<(Measurement M, CompileResult R)>();
            for (var rep = 0; rep < compileReps; rep++)
            {
                compiles.Add(Compile(spec));
            }

            // --compile-reps 0: the generators' comparison (and the csc compile below) without the in-process compile.
            if (compiles.Count > 0)
            {
                var row = Row.Of(spec, compiles);
                output.WriteLine("| Consumer compile of the generated code (in process) | Spec lines | Generated C# | Generator | Wall | CPU | Peak RSS | SORA1xx | C# errors |");
                output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
                output.WriteLine(row.Format());
                foreach (var line in compiles[^1].M.Output.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)))
                {
                    output.WriteLine("    " + line[2..]);
                }

                output.WriteLine(FormattableString.Invariant($"Peak memory of the consumer's compile: {row.Rss:F0} MB (target < 1024 MB)."));
            }

            // The same generated files through the SDK's own csc (ReadyToRun Roslyn of the SDK; no generators, no analyzers).
            var csc = SdkCsc.Compile(Path.Combine(folder.FullName, "sora-out"), Path.Combine(folder.FullName, "csc"), typeof(Sora.Contracts.Validation.SoraViolation).Assembly.Location);
            var sdkCompile = MeasureCommand(csc);
            output.WriteLine(FormattableString.Invariant($"The SDK's csc on the {oursResult.Files:N0} generated files: exit {sdkCompile.ExitCode}, {sdkCompile.WallSeconds:F1} s wall, {sdkCompile.CpuSeconds:F1} s CPU, peak RSS {sdkCompile.MaxRssMegabytes:F0} MB ({csc[1]})."));
            foreach (var line in sdkCompile.Output.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).Take(5))
            {
                output.WriteLine("    " + line);
            }

            PrintLoad(output);
            if (keep)
            {
                output.WriteLine($"Kept {folder.FullName}.");
            }

            return 0;
        }
        finally
        {
            if (!keep)
            {
                folder.Delete(recursive: true);
            }
        }
    }

    /// <summary>Kiota, installed into bench/.tools/ with the ordinary dotnet tool client on first use (ignored by git).</summary>
    private static string InstallKiota(TextWriter output)
    {
        var tools = Path.Combine(ReportAnalyzerRun.RepoRoot(), "bench", ".tools", "kiota-" + KiotaVersion);
        var kiota = Path.Combine(tools, "kiota");
        if (File.Exists(kiota))
        {
            return kiota;
        }

        output.WriteLine($"Installing Microsoft.OpenApi.Kiota {KiotaVersion} into {tools} ...");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var argument in new[] { "tool", "install", "Microsoft.OpenApi.Kiota", "--version", KiotaVersion, "--tool-path", tools })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(kiota))
        {
            throw new InvalidOperationException($"dotnet tool install Microsoft.OpenApi.Kiota --version {KiotaVersion} failed (exit {process.ExitCode}).");
        }

        return kiota;
    }

    private static (Measurement M, CompileResult R) Compile(string spec)
    {
        var m = Measure(["--compile-child", spec]);
        return (m, CompileResult.Parse(m.Output) ?? throw new InvalidOperationException("The compile printed no result:\n" + m.Output));
    }

    /// <summary>This program again, as a measured child.</summary>
    private static Measurement Measure(string[] arguments)
    {
        var self = Environment.ProcessPath!;
        return MeasureCommand(self.EndsWith("Sora.Contracts.Benchmarks", StringComparison.Ordinal)
            ? [self, .. arguments]
            : [self, typeof(ScaleRun).Assembly.Location, .. arguments]);
    }

    private static Measurement MeasureCommand(string[] command)
    {
        Loads.Add(LoadAverage());
        var m = MeasuredProcess.Run(command);
        Loads.Add(LoadAverage());
        return m;
    }

    private static double LoadAverage() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;

    private static void PrintLoad(TextWriter output) =>
        output.WriteLine(FormattableString.Invariant($"1-minute load average before/after each measurement: {Loads.Min():F1}-{Loads.Max():F1} (median {Median(Loads):F1}) on {Environment.ProcessorCount} cores."));

    private static string Write(DirectoryInfo folder, string name, string text)
    {
        var path = Path.Combine(folder.FullName, name + ".yaml");
        File.WriteAllText(path, text);
        return path;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>One row of a compile table: medians over the repetitions of one spec.</summary>
    private sealed record Row(string Spec, int Lines, long Chars, double GeneratorMs, double Wall, double Cpu, double Rss, int Sora, int Errors)
    {
        public static Row Of(string spec, List<(Measurement M, CompileResult R)> runs) => new(
            Path.GetFileNameWithoutExtension(spec),
            File.ReadAllText(spec).Count(c => c == '\n'),
            runs[^1].R.Chars,
            Median(runs.Select(r => r.R.GeneratorMs)),
            Median(runs.Select(r => r.M.WallSeconds)),
            Median(runs.Select(r => r.M.CpuSeconds)),
            Median(runs.Select(r => r.M.MaxRssMegabytes)),
            runs[^1].R.SoraDiagnostics,
            runs.Max(r => r.R.Errors) + (runs.Any(r => r.R.Crashed) ? 1_000_000 : 0));

        public string Format() => FormattableString.Invariant(
            $"| {Spec} | {Lines:N0} | {Chars / 1e6:F1} M chars | {GeneratorMs / 1000:F2} s | {Wall:F1} s | {Cpu:F1} s | {Rss:F0} MB | {Sora:N0} | {Errors:N0} |");
    }
}
