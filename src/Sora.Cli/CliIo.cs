using Spectre.Console;

namespace Sora.Cli;

/// <summary>What a command run reads and writes, so tests drive the real command in-process.</summary>
/// <param name="Console">Rendered output: tables, progress, results.</param>
/// <param name="Out">Plain text System.CommandLine writes itself (help, version).</param>
/// <param name="Error">One-line errors.</param>
/// <param name="Environment">Reads an environment variable (null when unset).</param>
internal sealed record CliIo(IAnsiConsole Console, TextWriter Out, TextWriter Error, Func<string, string?> Environment);
