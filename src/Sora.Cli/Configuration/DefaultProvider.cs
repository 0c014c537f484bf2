using Sora.Contracts;

namespace Sora.Cli.Configuration;

/// <summary>
/// The profile the emulators play when none is configured: the spec's first profile that is not retired, so that
/// nothing picks a service that no longer runs by default. The spec's order decides, not a name written here.
/// </summary>
internal static class DefaultProvider
{
    public static SoraProvider Live => SoraProvider.Default;
}
