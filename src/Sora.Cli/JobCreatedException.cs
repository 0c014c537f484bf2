namespace Sora.Cli;

/// <summary>
/// A step after a paid job was created failed (the wait, the download, the save); the error line ends with
/// <see cref="Advice"/>, which names the job and the exact command that fetches it. The failure is the inner exception.
/// </summary>
internal sealed class JobCreatedException(Exception failure, string advice) : Exception(failure.Message, failure)
{
    public string Advice { get; } = advice;
}
