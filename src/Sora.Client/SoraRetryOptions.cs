using System.Globalization;

namespace Sora.Client;

/// <summary>
/// How requests that failed for a passing reason (429, 5xx, a broken connection) are retried: exponential backoff with
/// jitter, or the server's <c>Retry-After</c> capped at <see cref="MaxRetryAfter"/>. A request that creates a job is
/// only sent again when the server certainly did not accept it: after a 429, or a connection that was never made. A
/// 5xx on a create is not retried (the job may exist). A success whose body is unusable or too large is not retried.
/// </summary>
public sealed class SoraRetryOptions
{
    /// <summary>How many times a request is sent again after its first attempt (0 disables retries). Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The backoff before the first retry; later ones double it, with jitter. Default 1 second.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest computed backoff. Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a server's <c>Retry-After</c> is honoured; a longer one is cut to this. Default 60 seconds.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether computed backoffs are spread randomly so many clients do not retry in step. Default true.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>The settings, for diagnostics.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{{ MaxRetryAttempts = {MaxRetryAttempts}, BaseDelay = {BaseDelay}, MaxDelay = {MaxDelay}, MaxRetryAfter = {MaxRetryAfter}, UseJitter = {UseJitter} }}");

    internal SoraRetryOptions Clone() => (SoraRetryOptions)MemberwiseClone();
}
