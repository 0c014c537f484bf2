using Sora.Client.Http;

namespace Sora.Client.Resilience;

/// <summary>
/// The one judgement of whether a failed call that starts a paid job (create, remix) may have started it anyway, and so
/// whether it may be sent again. Every such decision of the client is made here: the transport asks it how to label a
/// failure, the retry policy asks it whether to repeat one.
/// </summary>
/// <remarks>
/// Only an answer that proves the server turned the request away lets it go again, and only one proof is worth
/// retrying: 429 (rate limited). Other 4xx are refusals too (a bad parameter, a bad key, no such video), but sending
/// them again changes nothing. A 5xx proves nothing: a 500 may come after the job was made, a 502 or 504 from a gateway
/// that passed the request on, and a 503 from a proxy whose upstream reset after taking the request (Envoy answers
/// that way). A success whose body is unusable, a body that breaks off and a request that was sent before the
/// connection failed may all have started the job.
/// </remarks>
internal static class JobAcceptance
{
    private const int TooManyRequests = 429;

    /// <summary>Whether a job may exist after <paramref name="call"/> got an answer with <paramref name="status"/> it could not use.</summary>
    public static bool MayHaveBeenAccepted(SoraCall call, int status) => call.CreatesJob && status is not (>= 400 and < 500);

    /// <summary>Whether a job may exist after <paramref name="call"/> got no usable answer.</summary>
    public static bool MayHaveBeenAccepted(SoraCall call, SoraConnectionFailure failure) =>
        call.CreatesJob && failure != SoraConnectionFailure.ConnectFailed;

    /// <summary>Whether a failed create or remix may be sent again: only when the server certainly did not start the job.</summary>
    public static bool MaySendAgain(Exception failure) => failure switch
    {
        SoraApiException api => api.StatusCode == TooManyRequests,
        SoraConnectionException connection => !connection.RequestMayHaveBeenAccepted,
        _ => false,
    };
}
