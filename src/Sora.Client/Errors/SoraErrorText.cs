namespace Sora.Client;

/// <summary>The wording the client's errors share.</summary>
internal static class SoraErrorText
{
    /// <summary>"createVideo", or "getVideo for video_123": how messages name a call.</summary>
    public static string Describe(string? operationId, string? videoId) =>
        (operationId ?? "The request") + (videoId is null ? string.Empty : " for " + videoId);

    /// <summary>What a message adds when a job may have been started although the call failed.</summary>
    public static string MayHaveBeenAcceptedNote(bool mayHaveBeenAccepted) => mayHaveBeenAccepted
        ? " The server may have accepted the job, so it was not sent again; list the jobs (ListAsync) before creating it once more."
        : string.Empty;
}
