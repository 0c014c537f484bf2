namespace Sora.Cli;

/// <summary>A server's answer the CLI cannot act on (a job id that names no job); reported as one line with exit code 1.</summary>
internal sealed class UnusableAnswerException(string message) : Exception(message);
