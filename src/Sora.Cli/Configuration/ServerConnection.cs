using Sora.Client;

namespace Sora.Cli.Configuration;

/// <summary>A client for the configured server, for the commands that only make sense against one.</summary>
internal static class ServerConnection
{
    /// <param name="settings">The server, key and profile.</param>
    /// <param name="providerParameters">Values of the parameters the profile demands (<c>--param NAME=VALUE</c>).</param>
    /// <exception cref="CliUsageException">No base URL is configured, or the client refuses the settings.</exception>
    public static SoraClient Connect(CliSettings settings, IDictionary<string, string>? providerParameters = null) =>
        Create(new SoraClientOptions
        {
            BaseAddress = RequireServer(settings),
            ApiKey = settings.ApiKey,
            Provider = settings.Provider,
            ProviderParameters = providerParameters ?? new Dictionary<string, string>(StringComparer.Ordinal),
        });

    /// <summary>The configured base URL.</summary>
    /// <exception cref="CliUsageException">None is configured.</exception>
    public static Uri RequireServer(CliSettings settings) =>
        settings.BaseAddress ?? throw new CliUsageException($"no server configured: set {EnvironmentVariables.BaseUrl} or pass --base-url (only 'sora generate' falls back to the embedded emulator).");

    /// <exception cref="CliUsageException">The client refuses the options (plain http to a remote host, a blank key).</exception>
    public static SoraClient Create(SoraClientOptions options)
    {
        // The client's own refusal names an option of the library; the CLI has no such flag, so it says what to do here.
        if (options.BaseAddress is { } address && address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback)
        {
            throw new CliUsageException($"the base URL '{address}' uses plain http to a remote host, which would send the API key unencrypted: use https (plain http is only for a server on this machine, such as the emulator).");
        }

        try
        {
            return new SoraClient(options);
        }
        catch (ArgumentException e)
        {
            // The client names the bad option and never quotes the key; for the CLI it is a configuration mistake.
            throw new CliUsageException(e.Message.Replace(" (Parameter 'options')", string.Empty, StringComparison.Ordinal));
        }
    }
}
