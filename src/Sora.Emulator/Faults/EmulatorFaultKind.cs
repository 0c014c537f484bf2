namespace Sora.Emulator.Faults;

/// <summary>What goes wrong with a request.</summary>
public enum EmulatorFaultKind
{
    /// <summary>429 with the error envelope and a <c>Retry-After</c> header; nothing is processed.</summary>
    RateLimit,

    /// <summary>500 with the error envelope; nothing is processed.</summary>
    ServerError,

    /// <summary>502 with an HTML page, as a proxy in front of the server answers; nothing is processed.</summary>
    ProxyErrorPage,

    /// <summary>The connection is cut before the request is processed.</summary>
    DropConnection,

    /// <summary>The request is processed (a job is created) and the connection is cut before the answer is sent.</summary>
    DropAfterProcessing,

    /// <summary>The answer announces its full length and stops halfway.</summary>
    TruncateBody,

    /// <summary>The answer comes after a delay on the emulator's clock.</summary>
    Slow,
}
