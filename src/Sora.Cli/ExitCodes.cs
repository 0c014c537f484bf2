namespace Sora.Cli;

/// <summary>The process exit codes, as scripts read them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>An invalid request, a failed job, an API or download error.</summary>
    public const int Error = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument, unreadable file, no server configured).</summary>
    public const int Usage = 2;

    /// <summary>Ctrl+C, as shells report a process ended by SIGINT (128 + 2).</summary>
    public const int Interrupted = 130;
}
