namespace Sora.Emulator;

/// <summary>How an emulator treats the <c>Idempotency-Key</c> header on requests that start a job (create, remix).</summary>
public enum EmulatorIdempotency
{
    /// <summary>The header is ignored: every request makes a job, as on a server that does not know it.</summary>
    Ignored,

    /// <summary>
    /// The header is honoured as the IETF httpapi draft says: the same key and body get the first answer again (no new
    /// job), the same key with another body is 422, a key reused while its first request is still being processed is 409.
    /// </summary>
    Honoured,

    /// <summary>Honoured, and a request that starts a job without the header is 400.</summary>
    Required,
}
