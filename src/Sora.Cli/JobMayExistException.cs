namespace Sora.Cli;

/// <summary>
/// A request that starts a paid job failed in a way that does not prove the server refused it; the error line says so
/// and how to look, so the user does not pay twice. The failure itself is <see cref="Exception.InnerException"/>.
/// </summary>
internal sealed class JobMayExistException(Exception failure) : Exception(failure.Message, failure)
{
    /// <summary>The sentence the error line ends with: what may have happened and the command to look.</summary>
    public const string Advice = "The job may exist anyway: look with 'sora list' before creating it again.";
}
