using System.CommandLine;
using Sora.Cli.Output;
using Sora.Contracts;

namespace Sora.Cli.Configuration;

/// <summary>Where the CLI sends requests, from flags or else the environment.</summary>
/// <param name="BaseAddress">The API base URL; null when none is configured.</param>
/// <param name="ApiKey">The key; null when none is configured.</param>
/// <param name="Provider">The profile; null follows the spec's base contract.</param>
internal sealed record CliSettings(Uri? BaseAddress, string? ApiKey, SoraProvider? Provider)
{
    /// <exception cref="CliUsageException">The base URL is not an absolute URL, or the provider is unknown.</exception>
    public static CliSettings Resolve(ParseResult parsed, GlobalOptions options, CliIo io)
    {
        var baseUrl = Pick(parsed.GetValue(options.BaseUrl), io.Environment(EnvironmentVariables.BaseUrl));
        var providerId = Pick(parsed.GetValue(options.Provider), io.Environment(EnvironmentVariables.Provider));
        Uri? baseAddress = null;
        if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out baseAddress))
        {
            throw new CliUsageException($"the base URL '{baseUrl}' is not an absolute URL (https://host/v1).");
        }

        return new CliSettings(baseAddress, Pick(parsed.GetValue(options.ApiKey), io.Environment(EnvironmentVariables.ApiKey)), ProviderNamed(providerId));
    }

    /// <summary>The flag when given, else the environment variable; blank counts as unset.</summary>
    public static string? Pick(string? flag, string? environment) =>
        !string.IsNullOrWhiteSpace(flag) ? flag.Trim()
        : !string.IsNullOrWhiteSpace(environment) ? environment.Trim()
        : null;

    private static SoraProvider? ProviderNamed(string? id)
    {
        if (id is null)
        {
            return null;
        }

        return SoraProvider.TryGet(id, out var provider)
            ? provider
            : throw new CliUsageException(EnvironmentVariables.Provider + ": " + UnknownProvider(id));
    }

    /// <summary>The error for a provider name the spec does not define, with the ones it does.</summary>
    public static string UnknownProvider(string id) =>
        $"unknown provider '{id}'{Suggestion.DidYouMean(id, SoraProvider.All.Select(p => p.Id))}; known: {string.Join(", ", SoraProvider.All.Select(p => p.Id))}.";
}
