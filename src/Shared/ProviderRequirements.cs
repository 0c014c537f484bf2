using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Sora.Contracts;
using Sora.Contracts.Metadata;

namespace Sora.Shared;

/// <summary>
/// Shared source, compiled into the client, the emulator and the CLI. The properties a profile demands although the spec lets them be left out (<see cref="SoraProvider.GetRequiredProperties"/>),
/// found on a request by the wire names its generated properties record (<see cref="SoraPropertyAttribute"/>), and the
/// parameters it demands on an operation (<see cref="SoraProvider.GetRequiredParameters"/>).
/// </summary>
internal static class ProviderRequirements
{
    /// <summary>The wire name of the first property the provider requires that the request leaves out, or null.</summary>
    public static string? FirstMissing<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T request, SoraProvider provider)
        where T : class
    {
        var required = provider.GetRequiredProperties(typeof(T).Name);
        if (required.Count == 0)
        {
            return null;
        }

        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<SoraPropertyAttribute>() is { } wire && required.Contains(wire.JsonName) && property.GetValue(request) is null)
            {
                return wire.JsonName;
            }
        }

        return null;
    }

    /// <summary>The first parameter of <paramref name="operation"/> the provider requires that <paramref name="valueOf"/> has no value for, or null.</summary>
    public static string? FirstMissingParameter(SoraOperation operation, SoraProvider provider, Func<string, string?> valueOf) =>
        provider.GetRequiredParameters(operation.OperationId).FirstOrDefault(name => string.IsNullOrWhiteSpace(valueOf(name)));
}
