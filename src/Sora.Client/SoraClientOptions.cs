using System.Globalization;
using Microsoft.Extensions.Logging;
using Sora.Client.Http;
using Sora.Contracts;

namespace Sora.Client;

/// <summary>
/// How a <see cref="SoraClient"/> reaches its server. The client copies and checks the options when it is created;
/// a bad option is reported by name. <see cref="ToString"/> never shows the API key.
/// </summary>
public sealed class SoraClientOptions
{
    /// <summary>
    /// The base URL the spec's paths are appended to, path included (<c>https://host/v1</c>; Azure's ends in
    /// <c>/openai/v1</c>). When unset, the provider's documented base URL is used if it is a complete URL.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key, sent on every request to the base address's host and nowhere else. Null sends no credential.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The provider profile: decides how the key is sent (<see cref="SoraProvider.Auth"/>), which create bodies are
    /// used (<see cref="SoraProvider.CreateContentTypes"/>) and which values local validation accepts. Null follows the
    /// base contract.
    /// </summary>
    public SoraProvider? Provider { get; set; }

    /// <summary>
    /// Whether the server honours the <c>Idempotency-Key</c> header (IETF httpapi draft) on requests that start a paid
    /// job. When it does, each create and remix carries one key (the caller's, or a new GUID), the same on every
    /// attempt, and a create whose outcome is uncertain (a 5xx, a connection lost after sending, a timeout) is retried as
    /// a GET is, since the server answers a repeat with the job it already made. When it does not, such a create is never
    /// repeated. Null (the default) follows <see cref="SoraProvider.HonoursIdempotencyKey"/>; no shipped profile claims
    /// it, so set true only for a gateway you know honours the header. The key is not a secret and is never the API key.
    /// </summary>
    public bool? IdempotencyKeys { get; set; }

    /// <summary>
    /// Values of the query parameters a provider's profile demands on an operation although the spec lets them be left
    /// out (<see cref="SoraProvider.GetRequiredParameters"/>), by the parameter's name: a proxy that lists the jobs of
    /// one upstream, say, needs that upstream named. Each is sent on the operations that declare it. When the profile
    /// demands one that is missing here, the call fails before anything is sent.
    /// </summary>
    public IDictionary<string, string> ProviderParameters { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Allows plain <c>http</c> to hosts other than loopback (the key then travels unencrypted). Off by default.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// The largest JSON body the client reads (a job, a page of jobs, the model list). A response that announces more
    /// fails before it is read; one that grows past it stops being read. Either is a <see cref="SoraApiException"/>
    /// that names this option and is not retried. Default 32 MiB: a page of the most jobs the spec allows, each with the
    /// longest prompt written as six-byte <c>\uXXXX</c> escapes, is under 20 MB.
    /// </summary>
    public int MaxJsonResponseBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// The largest media file the client downloads. A response that announces more fails before it is read; one that
    /// grows past it stops, and its partial file is removed. Either is a <see cref="SoraDownloadException"/> with
    /// <see cref="SoraDownloadFailure.TooLarge"/>, not retried. Default 1 GiB: far above a clip of the lengths and sizes
    /// the spec lists, and low enough that a body that never ends cannot fill a disk.
    /// </summary>
    public long MaxDownloadBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How <see cref="SoraClient.WaitForCompletionAsync"/> polls.</summary>
    public SoraPollingOptions Polling { get; set; } = new();

    /// <summary>How failed requests are retried.</summary>
    public SoraRetryOptions Retry { get; set; } = new();

    /// <summary>The clock every wait uses (retry backoff, polling); replace it to simulate time.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where requests, retries and polls are logged (method, path, status, attempt; never headers).</summary>
    public ILogger? Logger { get; set; }

    /// <summary>The options with the API key masked.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"SoraClientOptions {{ BaseAddress = {(BaseAddress is null ? "(provider default)" : UrlPolicy.Describe(BaseAddress))}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, Provider = {Provider?.Id ?? "(none)"}, IdempotencyKeys = {(IdempotencyKeys is { } keys ? keys.ToString() : "(provider)")}, AllowInsecureHttp = {AllowInsecureHttp}, MaxJsonResponseBytes = {MaxJsonResponseBytes}, MaxDownloadBytes = {MaxDownloadBytes}, Polling = {Polling}, Retry = {Retry} }}");
}
