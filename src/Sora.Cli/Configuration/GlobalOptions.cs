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

    /// <summary>
    /// Every key this run knows of (the flag's and the environment's, even when the flag wins), read from the raw
    /// tokens so that a command line with errors still yields them: the output must never show either.
    /// </summary>
    public IEnumerable<string> KeysIn(ParseResult parsed, CliIo io) =>
        (parsed.GetResult(ApiKey)?.Tokens.Select(token => token.Value) ?? [])
            .Append(io.Environment(EnvironmentVariables.ApiKey) ?? string.Empty)
            .Where(key => !string.IsNullOrWhiteSpace(key))
            .SelectMany(key => new[] { key, key.Trim() });
}
