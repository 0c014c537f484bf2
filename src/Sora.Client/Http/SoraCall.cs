using Sora.Contracts;

namespace Sora.Client.Http;

/// <summary>One call of a spec operation, as errors, logs and the retry policy see it.</summary>
/// <param name="Operation">The spec operation.</param>
/// <param name="VideoId">The video it is about, if any.</param>
internal readonly record struct SoraCall(SoraOperation Operation, string? VideoId)
{
    /// <summary>
    /// Whether a repeated request could start a second paid job. Every POST of the spec starts one (create, remix);
    /// GET and DELETE can be repeated freely.
    /// </summary>
    public bool CreatesJob => string.Equals(Operation.Method, HttpMethod.Post.Method, StringComparison.OrdinalIgnoreCase);
}
