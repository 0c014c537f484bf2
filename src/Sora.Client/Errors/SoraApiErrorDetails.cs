namespace Sora.Client.Errors;

/// <summary>What an error response said, already sanitized, gathered before the exception is made.</summary>
internal sealed record SoraApiErrorDetails(int StatusCode)
{
    public string? Message { get; init; }

    public string? Code { get; init; }

    public string? Type { get; init; }

    public string? Param { get; init; }

    public string? RequestId { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public string? BodyExcerpt { get; init; }

    /// <summary>Why the body could not be used, when it was not the envelope ("the body is empty").</summary>
    public string? Problem { get; init; }

    public bool IsSuccessStatus => StatusCode is >= 200 and < 300;
}
