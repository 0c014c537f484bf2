using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sora.Client.Http;
using Sora.Client.Logging;
using Sora.Client.Redaction;
using Sora.Contracts;

namespace Sora.Client.Configuration;

/// <summary>
/// A checked, private copy of <see cref="SoraClientOptions"/>: changing the options after the client exists changes
/// nothing, and every bad option is reported by name before a request is made.
/// </summary>
internal sealed class ClientSettings
{
    private const string OptionsParameter = "options";

    private ClientSettings(Uri baseAddress, Credentials credentials, SoraClientOptions options, ILogger logger)
    {
        BaseAddress = baseAddress;
        Credentials = credentials;
        Redactor = SecretRedactor.For(options.ApiKey);
        Provider = options.Provider;
        SendsIdempotencyKeys = options.IdempotencyKeys ?? options.Provider is { HonoursIdempotencyKey: true };
        ProviderParameters = new Dictionary<string, string>(options.ProviderParameters, StringComparer.Ordinal);
        AllowInsecureHttp = options.AllowInsecureHttp;
        MaxJsonResponseBytes = options.MaxJsonResponseBytes;
        MaxDownloadBytes = options.MaxDownloadBytes;
        Polling = options.Polling.Clone();
        Retry = options.Retry.Clone();
        TimeProvider = options.TimeProvider;
        Log = new SoraLog(logger, Redactor);
    }

    public Uri BaseAddress { get; }

    public Credentials Credentials { get; }

    /// <summary>Masks the key in whatever the client hands to a caller or a log.</summary>
    public SecretRedactor Redactor { get; }

    public SoraProvider? Provider { get; }

    /// <summary>The caller's values of the parameters the provider demands (<see cref="SoraClientOptions.ProviderParameters"/>).</summary>
    public IReadOnlyDictionary<string, string> ProviderParameters { get; }

    /// <summary>Whether requests that start a job carry an <c>Idempotency-Key</c> the server honours, and so may be repeated.</summary>
    public bool SendsIdempotencyKeys { get; }

    public bool AllowInsecureHttp { get; }

    public int MaxJsonResponseBytes { get; }

    public long MaxDownloadBytes { get; }

    public SoraPollingOptions Polling { get; }

    public SoraRetryOptions Retry { get; }

    public TimeProvider TimeProvider { get; }

    public SoraLog Log { get; }

    /// <exception cref="ArgumentException">An option is missing or out of range; the message names it.</exception>
    public static ClientSettings From(SoraClientOptions options, ILogger? fallbackLogger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseAddress = CheckBaseAddress(options);
        CheckApiKey(options.ApiKey);
        var credentials = Credentials.TryCreate(options.ApiKey, options.Provider?.Auth)
            ?? throw Bad(nameof(SoraClientOptions.Provider), $"provider '{options.Provider?.Id}' authenticates with '{options.Provider?.Auth}', which this client does not know how to send.");
        if (options.ProviderParameters is null)
        {
            throw Bad(nameof(SoraClientOptions.ProviderParameters), "must not be null.");
        }

        CheckPolling(options.Polling ?? throw Bad(nameof(SoraClientOptions.Polling), "must not be null."));
        CheckRetry(options.Retry ?? throw Bad(nameof(SoraClientOptions.Retry), "must not be null."));
        if (options.TimeProvider is null)
        {
            throw Bad(nameof(SoraClientOptions.TimeProvider), "must not be null.");
        }

        if (options.MaxJsonResponseBytes <= 0)
        {
            throw Bad(nameof(SoraClientOptions.MaxJsonResponseBytes), $"({options.MaxJsonResponseBytes}) must be positive.");
        }

        if (options.MaxDownloadBytes <= 0)
        {
            throw Bad(nameof(SoraClientOptions.MaxDownloadBytes), $"({options.MaxDownloadBytes}) must be positive.");
        }

        return new ClientSettings(baseAddress, credentials, options, options.Logger ?? fallbackLogger ?? NullLogger.Instance);
    }

    private static Uri CheckBaseAddress(SoraClientOptions options)
    {
        var address = options.BaseAddress ?? ProviderBaseUrl(options.Provider)
            ?? throw Bad(nameof(SoraClientOptions.BaseAddress), options.Provider?.BaseUrl is { } documented
                ? $"is required: provider '{options.Provider.Id}' documents '{documented}', which is not a complete URL."
                : "is required.");
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            throw Bad(nameof(SoraClientOptions.BaseAddress), "must be an absolute http or https URL.");
        }

        if (!string.IsNullOrEmpty(address.UserInfo) || !string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            throw Bad(nameof(SoraClientOptions.BaseAddress), "must not hold user info, a query or a fragment: " + UrlPolicy.Describe(address));
        }

        if (!UrlPolicy.IsAllowed(address, options.AllowInsecureHttp))
        {
            throw Bad(nameof(SoraClientOptions.BaseAddress), $"uses plain http to '{address.Host}', which is not a loopback host; use https, or set {nameof(SoraClientOptions.AllowInsecureHttp)} to send the key unencrypted.");
        }

        return address;
    }

    private static Uri? ProviderBaseUrl(SoraProvider? provider) =>
        provider?.BaseUrl is { } url && !url.Contains('{', StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    private static void CheckApiKey(string? key)
    {
        if (key is not null && (key.Any(char.IsControl) || (key.Length > 0 && string.IsNullOrWhiteSpace(key))))
        {
            // The message must not quote the key: it says what is wrong with it, never what it is.
            throw Bad(nameof(SoraClientOptions.ApiKey), "must not be blank or contain control characters (a line break from a file or an environment variable?).");
        }
    }

    private static void CheckPolling(SoraPollingOptions polling)
    {
        const string Prefix = nameof(SoraClientOptions.Polling) + ".";
        Positive(Prefix + nameof(polling.FirstPollMin), polling.FirstPollMin, allowZero: true);
        Positive(Prefix + nameof(polling.MinInterval), polling.MinInterval, allowZero: false);
        if (polling.FirstPollMax < polling.FirstPollMin)
        {
            throw Bad(Prefix + nameof(polling.FirstPollMax), $"({polling.FirstPollMax}) must not be less than {nameof(polling.FirstPollMin)} ({polling.FirstPollMin}).");
        }

        if (polling.MaxInterval < polling.MinInterval)
        {
            throw Bad(Prefix + nameof(polling.MaxInterval), $"({polling.MaxInterval}) must not be less than {nameof(polling.MinInterval)} ({polling.MinInterval}).");
        }

        if (!(polling.GrowthFactor >= 1) || double.IsInfinity(polling.GrowthFactor))
        {
            throw Bad(Prefix + nameof(polling.GrowthFactor), "must be a finite number of at least 1.");
        }

        if (!(polling.JitterFraction is >= 0 and < 1))
        {
            throw Bad(Prefix + nameof(polling.JitterFraction), "must be at least 0 and less than 1.");
        }

        Positive(Prefix + nameof(polling.Timeout), polling.Timeout, allowZero: false);
    }

    private static void CheckRetry(SoraRetryOptions retry)
    {
        const string Prefix = nameof(SoraClientOptions.Retry) + ".";
        if (retry.MaxRetryAttempts < 0)
        {
            throw Bad(Prefix + nameof(retry.MaxRetryAttempts), "must not be negative.");
        }

        Positive(Prefix + nameof(retry.BaseDelay), retry.BaseDelay, allowZero: true);
        Positive(Prefix + nameof(retry.MaxRetryAfter), retry.MaxRetryAfter, allowZero: true);
        if (retry.MaxDelay < retry.BaseDelay)
        {
            throw Bad(Prefix + nameof(retry.MaxDelay), $"({retry.MaxDelay}) must not be less than {nameof(retry.BaseDelay)} ({retry.BaseDelay}).");
        }

        // Polly refuses delays of a day or more; say so here, by option name, rather than from deep inside Polly.
        if (retry.MaxDelay >= TimeSpan.FromDays(1))
        {
            throw Bad(Prefix + nameof(retry.MaxDelay), "must be less than a day.");
        }
    }

    private static void Positive(string name, TimeSpan value, bool allowZero)
    {
        if (value < TimeSpan.Zero || (!allowZero && value == TimeSpan.Zero))
        {
            throw Bad(name, allowZero ? $"({value}) must not be negative." : $"({value}) must be positive.");
        }
    }

    private static ArgumentException Bad(string option, string problem) =>
        new(nameof(SoraClientOptions) + "." + option + " " + problem, OptionsParameter);
}
