using Sora.Client;

namespace Sora.Cli.Configuration;

/// <summary>A client for the configured server, for the commands that only make sense against one.</summary>
internal static class ServerConnection
{
    /// <exception cref="CliUsageException">No base URL is configured, or the client refuses the settings.</exception>
    public static SoraClient Connect(CliSettings settings)
    {
        if (settings.BaseAddress is null)
        {
            throw new CliUsageException($"no server configured: set {EnvironmentVariables.BaseUrl} or pass --base-url (only 'sora generate' falls back to the embedded emulator).");
        }

        return Create(new SoraClientOptions { BaseAddress = settings.BaseAddress, ApiKey = settings.ApiKey, Provider = settings.Provider });
    }

    /// <exception cref="CliUsageException">The client refuses the options (plain http to a remote host, a blank key).</exception>
    public static SoraClient Create(SoraClientOptions options)
    {
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
