using System.CommandLine;

namespace Sora.Cli.Configuration;

/// <summary>The options every command accepts: where the server is, its key, the provider profile it follows.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The API base URL, path included (https://host/v1). Default: " + EnvironmentVariables.BaseUrl + ".",
        Recursive = true,
    };

    public Option<string?> ApiKey { get; } = new("--api-key")
    {
        Description = "The API key. Default: " + EnvironmentVariables.ApiKey + " (prefer it: a flag lands in shell history).",
        Recursive = true,
    };

    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "The provider profile (see 'sora providers'): its auth, body form and accepted values. Default: " + EnvironmentVariables.Provider + ".",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(BaseUrl);
        root.Options.Add(ApiKey);
        root.Options.Add(Provider);
    }

    /// <summary>The key in force, so that an error line can be scrubbed of it even if a server echoed it.</summary>
    public string? ApiKeyIn(ParseResult parsed, CliIo io) =>
        CliSettings.Pick(parsed.GetValue(ApiKey), io.Environment(EnvironmentVariables.ApiKey));
}
