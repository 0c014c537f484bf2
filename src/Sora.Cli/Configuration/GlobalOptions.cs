using System.CommandLine;

namespace Sora.Cli.Configuration;

/// <summary>
/// The options shared by commands: where the server is, its key and the provider profile it follows (on the commands
/// that talk to a server), and the output switches every command takes.
/// </summary>
internal sealed class GlobalOptions
{
    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The API base URL, path included (https://host/v1). Default: " + EnvironmentVariables.BaseUrl + ".",
    };

    public Option<string?> ApiKey { get; } = new("--api-key")
    {
        Description = "The API key. Default: " + EnvironmentVariables.ApiKey + " (prefer it: a flag lands in shell history).",
    };

    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "The provider profile (see 'sora providers'): its auth, body form and accepted values. Default: " + EnvironmentVariables.Provider + ".",
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print the result as one JSON document on stdout (progress and messages go to stderr).",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "On a failure, name its underlying causes (DNS, refused connection, TLS, timeout); never the key.",
        Recursive = true,
    };

    /// <summary>Checks the provider when the command line is parsed, so no command can ignore a misspelt one.</summary>
    public GlobalOptions() =>
        Provider.Validators.Add(result =>
        {
            if (result.Tokens is [var token, ..] && !string.IsNullOrWhiteSpace(token.Value) && !Sora.Contracts.SoraProvider.TryGet(token.Value.Trim(), out _))
            {
                result.AddError(CliSettings.UnknownProvider(token.Value.Trim()));
            }
        });

    /// <summary>The switches every command takes (<c>--json</c>, <c>--verbose</c>), on the root.</summary>
    public void AddTo(Command root)
    {
        root.Options.Add(Json);
        root.Options.Add(Verbose);
    }

    /// <summary>Where the server is and how to talk to it, on a command that sends requests.</summary>
    public void AddServerTo(Command command)
    {
        command.Options.Add(BaseUrl);
        command.Options.Add(ApiKey);
        command.Options.Add(Provider);
    }

    /// <summary>The provider alone, on a command that follows a profile without a server (validate, providers, emulator).</summary>
    public void AddProviderTo(Command command) => command.Options.Add(Provider);

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
