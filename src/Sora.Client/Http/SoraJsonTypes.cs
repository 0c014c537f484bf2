using System.Text.Json.Serialization.Metadata;
using Sora.Contracts;

namespace Sora.Client.Http;

/// <summary>
/// The generated JSON metadata of a spec type, looked up by type. The context's typed properties are named after the
/// types, and one of them (the job's) shares its name with a spec value, which hand-written code must not spell.
/// </summary>
internal static class SoraJsonTypes
{
    public static JsonTypeInfo<T> Of<T>() => Cache<T>.Info;

    private static class Cache<T>
    {
        public static readonly JsonTypeInfo<T> Info = SoraJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new InvalidOperationException($"SoraJsonContext has no metadata for {typeof(T).Name}.");
    }
}
