using System.Text.Json;

namespace Sora.Contracts.Serialization;

/// <summary>Writing helpers for generated converters: one call per property where the writer has none of its own.</summary>
public static partial class SoraJson
{
    /// <summary>Writes a property whose value may be <c>null</c>, as a number or as <c>null</c>.</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a property whose value may be <c>null</c>, as a number or as <c>null</c>.</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a property whose value may be <c>null</c>, as true, false or <c>null</c>.</summary>
    public static void WriteBooleanOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes the properties a type does not declare, as received, except any that shares a declared one's name.</summary>
    public static void WriteAdditional(Utf8JsonWriter writer, IDictionary<string, JsonElement>? additionalProperties, Func<string, bool> isDeclared)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(isDeclared);
        if (additionalProperties is null)
        {
            return;
        }

        foreach (var pair in additionalProperties)
        {
            if (isDeclared(pair.Key))
            {
                continue;
            }

            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }
}
