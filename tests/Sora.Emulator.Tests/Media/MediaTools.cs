using System.Diagnostics;

namespace Sora.Emulator.Tests.Media;

/// <summary>
/// Finds and runs the real media tools (ffprobe, ffmpeg, dwebp). Tests that need one are skipped when it is not on
/// PATH, unless SORA_REQUIRE_MEDIA_TOOLS=1, where they run and fail: CI sets it so a missing install cannot pass
/// as a skip.
/// </summary>
internal static class MediaTools
{
    public const string RequireVariable = "SORA_REQUIRE_MEDIA_TOOLS";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <returns>Why a test needing <paramref name="tools"/> is skipped, or null when it must run.</returns>
    public static string? SkipReason(IEnumerable<string> tools)
    {
        if (Required)
        {
            return null;
        }

        var missing = tools.Where(tool => Find(tool) is null).ToList();
        return missing.Count == 0
            ? null
            : $"{string.Join(", ", missing)} not on PATH (install ffmpeg and webp, or set {RequireVariable}=1 to make this a failure)";
    }

    public static string? Find(string tool)
    {
        var names = OperatingSystem.IsWindows() ? new[] { tool + ".exe", tool } : new[] { tool };
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Runs a tool to completion and returns its exit code and output; binary stdout is returned as bytes.</summary>
    public static ToolResult Run(string tool, params string[] arguments)
    {
        var executable = Find(tool)
            ?? throw new InvalidOperationException($"{tool} is not on PATH, and {RequireVariable}=1 requires it.");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        using var stdout = new MemoryStream();
        var copyStdout = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readStderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', arguments)} ran longer than {Timeout.TotalSeconds} s.");
        }

        Task.WaitAll(copyStdout, readStderr);
        return new ToolResult(process.ExitCode, stdout.ToArray(), readStderr.Result);
    }
}

internal sealed record ToolResult(int ExitCode, byte[] StandardOutput, string StandardError)
{
    public string Text => System.Text.Encoding.UTF8.GetString(StandardOutput);
}
