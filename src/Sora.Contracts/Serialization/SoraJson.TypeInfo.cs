using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Sora.Contracts.Serialization;

/// <summary>The metadata a generated <c>SoraJsonContext</c> hands out: one line per type there, no reflection.</summary>
public static partial class SoraJson
{
    /// <summary>The options' metadata for <typeparamref name="T"/>, looked up once into <paramref name="cache"/>.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>(ref JsonTypeInfo<T>? cache, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return cache ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    /// <summary>Metadata for <typeparamref name="T"/> read and written by its generated <paramref name="converter"/>.</summary>
    public static JsonTypeInfo TypeInfo<T>(JsonSerializerOptions options, JsonConverter<T> converter) =>
        JsonMetadataServices.CreateValueInfo<T>(options, converter);
}
