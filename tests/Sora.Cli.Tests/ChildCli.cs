using System.Diagnostics;

namespace Sora.Cli.Tests;

/// <summary>The built CLI as a real child process, for what only a process can show: a signal, a kill.</summary>
internal static class ChildCli
{
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(typeof(SoraCli).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Reads stdout lines until one equals <paramref name="wanted"/>; returns every line read.</summary>
    public static async Task<List<string>> ReadUntilAsync(Process child, string wanted)
    {
        var lines = new List<string>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await child.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            lines.Add(line);
            if (line == wanted)
            {
                break;
            }
        }

        return lines;
    }
}
