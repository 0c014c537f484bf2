using Sora.Client;
using Sora.Contracts;

namespace Sora.Cli.Commands;

/// <summary>
/// Sends a request that starts a paid job (create, remix). A failure that does not prove the server refused it becomes
/// a <see cref="JobMayExistException"/>: a connection lost after sending, a 5xx (the gateway may have passed the request
/// on before failing), a success status whose body could not be read, an interrupt while waiting for the answer, or an
/// answer whose job id cannot be used.
/// </summary>
internal static class JobCreation
{
    /// <exception cref="JobMayExistException">The request failed after the server may have started the job.</exception>
    public static async Task<Video> StartAsync(Func<CancellationToken, Task<Video>> send, CancellationToken cancellationToken)
    {
        Video started;
        try
        {
            started = await send(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (MayHaveStarted(e, cancellationToken))
        {
            throw new JobMayExistException(e);
        }

        return JobIds.IsUsable(started.Id)
            ? started
            : throw new JobMayExistException(JobIds.Unusable(started.Id, "for the new job"));
    }

    // The client says when a job may exist (a 5xx, a success it could not read); a 4xx is a refusal the server stands behind.
    private static bool MayHaveStarted(Exception e, CancellationToken interrupt) => e switch
    {
        SoraConnectionException connection => connection.RequestMayHaveBeenAccepted,
        SoraApiException api => api.RequestMayHaveBeenAccepted,
        OperationCanceledException => interrupt.IsCancellationRequested,
        _ => false,
    };
}
