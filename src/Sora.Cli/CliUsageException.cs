namespace Sora.Cli;

/// <summary>The command line asks for something impossible; reported as one line with exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
