using Sora.Contracts;

namespace Sora.Client.Http;

/// <summary>One call of a spec operation, as errors, logs and the retry policy see it.</summary>
/// <param name="Operation">The spec operation.</param>
/// <param name="VideoId">The video it is about, if any.</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> sent with a request that starts a job, the same on every attempt; null for none.</param>
internal readonly record struct SoraCall(SoraOperation Operation, string? VideoId, string? IdempotencyKey = null)
{
    /// <summary>
    /// Whether a repeated request could start a second paid job. Every POST of the spec starts one (create, remix);
    /// GET and DELETE can be repeated freely.
    /// </summary>
    public bool CreatesJob => string.Equals(Operation.Method, HttpMethod.Post.Method, StringComparison.OrdinalIgnoreCase);
}
