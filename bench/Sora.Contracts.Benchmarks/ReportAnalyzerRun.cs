using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// `--report-analyzer`: writes <see cref="SyntheticConsumer"/> as a real project in a temporary folder (outside the
/// repository), referencing this checkout's src/Sora.Contracts project and the generator project as an analyzer the way
/// samples/Sora.Samples does, and builds it with <c>dotnet build -p:ReportAnalyzer=true -v:d</c>. From each build log it
/// reads csc's "Total analyzer execution time", the SoraRequestAnalyzer line and MSBuild's time for the Csc task, and it
/// compares builds with and without the analyzer. Builds use the compiler server, as <c>dotnet build</c> does by default;
/// a first, uncounted round warms it up.
/// </summary>
internal static partial class ReportAnalyzerRun
{
    private const string AnalyzerTypeName = "Sora.Contracts.Generator.Analysis.SoraRequestAnalyzer";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private sealed record Variant(string Name, string[] Properties);

    private static readonly Variant[] Variants =
    [
        new("with SoraRequestAnalyzer", ["-p:SoraAnalyzer=true"]),
        new("with SoraRequestAnalyzer, SoraProvider=ezmodel", ["-p:SoraAnalyzer=true", "-p:SoraProvider=ezmodel"]),
        new("without the Sora analyzer assembly", ["-p:SoraAnalyzer=false"]),
    ];

    /// <summary>What one build log says.</summary>
    private sealed record BuildTimes(
        double CpuSeconds,
        double CscMilliseconds,
        double TotalAnalyzerSeconds,
        double SoraAssemblySeconds,
        double SoraAnalyzerSeconds,
        double TotalGeneratorSeconds,
        int SoraWarnings,
        IReadOnlyList<(double Seconds, string Name)> Assemblies);

    public static int Run(TextWriter output, string[] args)
    {
        var rounds = 5;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds" when i + 1 < args.Length:
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--keep":
                    keep = true;
                    break;
                default:
                    output.WriteLine($"Unknown option {args[i]}; usage: --report-analyzer [--rounds N] [--keep]");
                    return 2;
            }
        }

        var repo = RepoRoot();
        var folder = Directory.CreateTempSubdirectory("sora-analyzer-consumer-");
        try
        {
            var project = WriteProject(folder.FullName, repo);
            output.WriteLine($"UseSharedCompilation in the environment: {Environment.GetEnvironmentVariable("UseSharedCompilation") ?? "(not set: the compiler server is used)"}");
            output.WriteLine($"Consumer project: {project} ({SyntheticConsumer.Files} files, {SyntheticConsumer.Files * SyntheticConsumer.SitesPerFile} construction sites), against {repo}");

            // Restore, and build Sora.Contracts and the generator once; the measured builds compile the consumer only.
            var (exit, log, _) = Dotnet(folder.FullName, "build", project, "-c", "Release", "-nr:false", "-p:SoraAnalyzer=true");
            if (exit != 0)
            {
                output.WriteLine("The first build failed:");
                output.WriteLine(Tail(log, 40));
                return 1;
            }

            var results = Variants.ToDictionary(v => v, _ => new List<BuildTimes>());
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var variant in Variants)
                {
                    string[] arguments =
                    [
                        "build", project, "-c", "Release", "--no-restore", "--no-dependencies", "--no-incremental", "-nr:false",
                        "-v:d", "-clp:PerformanceSummary", "-p:ReportAnalyzer=true", .. variant.Properties,
                    ];
                    (exit, log, var cpu) = Dotnet(folder.FullName, arguments);
                    File.WriteAllText(Path.Combine(folder.FullName, $"build-{round}-{Array.IndexOf(Variants, variant)}.log"), log);
                    if (exit != 0)
                    {
                        output.WriteLine($"Build '{variant.Name}' failed:");
                        output.WriteLine(Tail(log, 40));
                        return 1;
                    }

                    var times = Parse(log, cpu);
                    output.WriteLine($"  round {round}{(round == 0 ? " (warm-up, not counted)" : string.Empty)}, {variant.Name}: CPU {times.CpuSeconds:F2} s, Csc {times.CscMilliseconds:F0} ms, "
                        + $"analyzers {times.TotalAnalyzerSeconds:F3} s, Sora.Contracts.Generator {times.SoraAssemblySeconds:F3} s "
                        + $"(SoraRequestAnalyzer {times.SoraAnalyzerSeconds:F3} s), generators {times.TotalGeneratorSeconds:F3} s, SORA warnings {times.SoraWarnings}");
                    if (round > 0)
                    {
                        results[variant].Add(times);
                    }
                }
            }

            Summarize(output, results, rounds);
            if (keep)
            {
                output.WriteLine($"Kept {folder.FullName} (project and build-<round>-<variant>.log files).");
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

    private static void Summarize(TextWriter output, Dictionary<Variant, List<BuildTimes>> results, int rounds)
    {
        output.WriteLine();
        output.WriteLine($"Medians of {rounds} rounds (after the warm-up round):");
        output.WriteLine($"| Build | Build CPU | Csc task | Total analyzer execution time | Sora.Contracts.Generator assembly | SoraRequestAnalyzer | Its share of all analyzers | Its share of the Csc task | SORA warnings |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (variant, list) in results)
        {
            var hasSora = variant.Properties.Contains("-p:SoraAnalyzer=true");
            output.WriteLine($"| {variant.Name} | {Median(list.Select(t => t.CpuSeconds)):F2} s | {Median(list.Select(t => t.CscMilliseconds)):F0} ms | {Median(list.Select(t => t.TotalAnalyzerSeconds)):F3} s | "
                + (hasSora
                    ? $"{Median(list.Select(t => t.SoraAssemblySeconds)):F3} s | {Median(list.Select(t => t.SoraAnalyzerSeconds)):F3} s | "
                        + $"{100 * Median(list.Select(t => t.SoraAnalyzerSeconds / t.TotalAnalyzerSeconds)):F1}% | "
                        + $"{100 * Median(list.Select(t => 1000 * t.SoraAnalyzerSeconds / t.CscMilliseconds)):F1}% | "
                    : "– | – | – | – | ")
                + $"{list[^1].SoraWarnings} |");
        }

        var with = results[Variants[0]];
        var without = results[Variants[2]];
        var ratios = with.Zip(without, (w, o) => w.CscMilliseconds / o.CscMilliseconds).ToList();
        var ezRatios = results[Variants[1]].Zip(without, (w, o) => w.CscMilliseconds / o.CscMilliseconds).ToList();
        output.WriteLine();
        output.WriteLine($"Csc task with / without the analyzer, median of per-round ratios: {Median(ratios):F3} (ezmodel {Median(ezRatios):F3}); "
            + $"per round: {string.Join(", ", ratios.Select(r => r.ToString("F3", CultureInfo.InvariantCulture)))}");
        var cpuExtra = with.Zip(without, (w, o) => w.CpuSeconds - o.CpuSeconds).ToList();
        var ezCpuExtra = results[Variants[1]].Zip(without, (w, o) => w.CpuSeconds - o.CpuSeconds).ToList();
        output.WriteLine($"Build CPU with - without the analyzer, median of per-round differences: {Median(cpuExtra):F2} s (ezmodel {Median(ezCpuExtra):F2} s), "
            + $"{100 * Median(with.Zip(without, (w, o) => (w.CpuSeconds / o.CpuSeconds) - 1)):F1}% of the build's CPU; "
            + $"per round: {string.Join(", ", cpuExtra.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} s");

        output.WriteLine();
        output.WriteLine("Analyzer assemblies in the last build with the analyzer (csc's ReportAnalyzer table):");
        foreach (var (seconds, name) in with[^1].Assemblies)
        {
            output.WriteLine($"    {seconds,7:F3} s  {name}");
        }
    }

    /// <summary>The csproj, the sources, and files that keep MSBuild and the compiler from looking above the folder.</summary>
    private static string WriteProject(string folder, string repo)
    {
        var contracts = Path.Combine(repo, "src", "Sora.Contracts");
        var generator = Path.Combine(repo, "generator", "Sora.Contracts.Generator", "Sora.Contracts.Generator.csproj");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");

        // The invalid sites are reported as warnings here so that the build succeeds and emits, as a real one does.
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_diagnostic.SORA001.severity = warning
            dotnet_diagnostic.SORA002.severity = warning
            dotnet_diagnostic.SORA005.severity = warning

            """);

        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">

              <!-- As a consumer of the package gets it: the SoraProvider property reaches the analyzer. -->
              <Import Project="{{Path.Combine(contracts, "build", "Sora.Contracts.props")}}" />

              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <LangVersion>latest</LangVersion>
                <AssemblyName>Synthetic.Consumer</AssemblyName>
                <IsPackable>false</IsPackable>
              </PropertyGroup>

              <ItemGroup>
                <ProjectReference Include="{{Path.Combine(contracts, "Sora.Contracts.csproj")}}" />
                <ProjectReference Include="{{generator}}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>

              <!-- -p:SoraAnalyzer=false: the same build without the generator assembly (SoraRequestAnalyzer, SoraSpecGenerator). -->
              <Target Name="DropSoraAnalyzer" BeforeTargets="CoreCompile" Condition="'$(SoraAnalyzer)' == 'false'">
                <ItemGroup>
                  <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'Sora.Contracts.Generator' or '%(Filename)' == 'YamlDotNet'" />
                </ItemGroup>
              </Target>

            </Project>

            """);

        foreach (var (name, text) in SyntheticConsumer.Create().Files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return Path.Combine(folder, "Consumer.csproj");
    }

    private static BuildTimes Parse(string log, double cpuSeconds)
    {
        var lines = log.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        double totalAnalyzers = 0, totalGenerators = 0, soraAssembly = 0, soraAnalyzer = 0, csc = 0;
        var assemblies = new List<(double, string)>();
        var inAnalyzers = false;
        foreach (var line in lines)
        {
            if (TotalAnalyzer().Match(line) is { Success: true } total)
            {
                totalAnalyzers = Seconds(total.Groups["s"].Value);
                inAnalyzers = true;
                continue;
            }

            if (TotalGenerator().Match(line) is { Success: true } generators)
            {
                totalGenerators = Seconds(generators.Groups["s"].Value);
                inAnalyzers = false;
                continue;
            }

            if (TaskSummary().Match(line) is { Success: true } task)
            {
                csc = double.Parse(task.Groups["ms"].Value, CultureInfo.InvariantCulture);
                continue;
            }

            if (!inAnalyzers || TableRow().Match(line) is not { Success: true } row)
            {
                continue;
            }

            var seconds = Seconds(row.Groups["s"].Value);
            var name = row.Groups["name"].Value.Trim();
            var indented = row.Groups["indent"].Value.Length > 0;
            if (!indented)
            {
                assemblies.Add((seconds, name));
                if (name.StartsWith("Sora.Contracts.Generator,", StringComparison.Ordinal))
                {
                    soraAssembly = seconds;
                }
            }
            else if (name.StartsWith(AnalyzerTypeName, StringComparison.Ordinal))
            {
                soraAnalyzer = seconds;
            }
        }

        if (totalAnalyzers == 0 || csc == 0)
        {
            throw new InvalidOperationException("The build log has no ReportAnalyzer output or no Csc task time:\n" + Tail(log, 60));
        }

        var warnings = lines.Select(l => SoraWarning().Match(l)).Where(m => m.Success).Select(m => m.Value).Distinct(StringComparer.Ordinal).Count();
        return new BuildTimes(cpuSeconds, csc, totalAnalyzers, soraAssembly, soraAnalyzer, totalGenerators, warnings, assemblies);
    }

    // csc prints "<0.001" for a time too small to show.
    private static double Seconds(string text) =>
        text.StartsWith('<') ? 0 : double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Total analyzer execution time: (?<s><?[0-9.]+) seconds")]
    private static partial Regex TotalAnalyzer();

    [GeneratedRegex(@"Total generator execution time: (?<s><?[0-9.]+) seconds")]
    private static partial Regex TotalGenerator();

    // In the ReportAnalyzer table an assembly line starts right after the percentage, its analyzers are indented further.
    [GeneratedRegex(@"^\s*(?<s><?[0-9]+\.[0-9]+)\s+(?<pct><?[0-9]+)\s{3}(?<indent>\s*)(?<name>\S.*)$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^\s*(?<ms>[0-9]+) ms\s+Csc\s+[0-9]+ calls")]
    private static partial Regex TaskSummary();

    // File, position and ID: MSBuild repeats each warning in its summary (without the "1>" node prefix), so the caller
    // counts distinct matches.
    [GeneratedRegex(@"[^\s>]+\.cs\(\d+,\d+\): warning SORA00[1-6]")]
    private static partial Regex SoraWarning();

    /// <summary>Runs dotnet; returns its exit code, its output and the CPU seconds its process tree used.</summary>
    private static (int Exit, string Log, double CpuSeconds) Dotnet(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var cpuBefore = ChildrenCpuSeconds();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} took more than {BuildTimeout}");
        }

        process.WaitForExit();
        var cpu = ChildrenCpuSeconds() - cpuBefore;
        lock (log)
        {
            return (process.ExitCode, log.ToString(), cpu);
        }
    }

    /// <summary>
    /// User + system CPU time of this process's terminated, waited-for descendants (cutime + cstime of /proc/self/stat,
    /// in USER_HZ = 100 ticks per second): a build's CPU time, csc's included, which other processes' load on the
    /// machine disturbs less than its wall time. NaN where /proc is not available.
    /// </summary>
    private static double ChildrenCpuSeconds()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.Append(line).Append('\n');
            }
        }
    }

    internal static string RepoRoot()
    {
        var root = typeof(ReportAnalyzerRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SoraRepoRoot")?.Value;
        if (root is null || !File.Exists(Path.Combine(root, "src", "Sora.Contracts", "Sora.Contracts.csproj")))
        {
            throw new InvalidOperationException($"The repository this was built from ({root ?? "unknown"}) has no src/Sora.Contracts/Sora.Contracts.csproj.");
        }

        return Path.GetFullPath(root);
    }

    private static string Tail(string log, int lines) => string.Join('\n', log.Split('\n').TakeLast(lines));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
