using Sora.Contracts;

namespace Sora.Cli.Output;

/// <summary>
/// The one stderr line a job command writes before it starts when its profile is retired: the rules still validate,
/// but the vendor's own service is gone, so a caller pointing at it learns why nothing answers.
/// </summary>
internal static class RetiredProviderWarning
{
    public static Task WriteAsync(CliIo io, SoraProvider? provider) =>
        provider is { RetiredOn: { } date }
            ? ErrorLine.WriteAsync(io.Error, $"warning: the profile '{provider.Id}' is retired: its service no longer runs (since {date}; source: {provider.RetiredSource}). Its rules stay for servers that copy them.")
            : Task.CompletedTask;
}
