using System.Text.Json;

namespace Sora.Contracts.Serialization;

/// <summary>
/// Writing helpers for generated converters: one call per property. <c>WriteIfSet</c> leaves out a property whose
/// value is null (optional); <c>WriteOrNull</c> writes it as <c>null</c> (nullable). The <c>…Value</c> methods write
/// one value and are handed to the list and dictionary writers.
/// </summary>
public static partial class SoraJson
{
    /// <summary>Writes the property unless its value is null.</summary>
    public static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes the property unless its value is null.</summary>
    public static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes the property unless its value is null.</summary>
    public static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes the property unless its value is null.</summary>
    public static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    /// <summary>Writes the property unless its value is null.</summary>
    public static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } when)
        {
            writer.WriteString(name, when);
        }
    }

    /// <summary>Writes the property with <paramref name="write"/> unless its value is null.</summary>
    public static void WriteIfSet<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(write);
        if (value is not null)
        {
            writer.WritePropertyName(name);
            write(writer, value);
        }
    }

    /// <summary>Writes the property, as a number or as <c>null</c>.</summary>
    public static void WriteOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
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

    /// <summary>Writes the property, as a number or as <c>null</c>.</summary>
    public static void WriteOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
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

    /// <summary>Writes the property, as true, false or <c>null</c>.</summary>
    public static void WriteOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
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

    /// <summary>Writes the property, as a date-time or as <c>null</c>.</summary>
    public static void WriteOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } when)
        {
            writer.WriteString(name, when);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes the property with <paramref name="write"/>, or as <c>null</c>.</summary>
    public static void WriteOrNull<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(write);
        if (value is not null)
        {
            writer.WritePropertyName(name);
            write(writer, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes an array, each item with <paramref name="writeItem"/>.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a JSON object from a dictionary, in its order, each value with <paramref name="writeValue"/>.</summary>
    public static void WriteMap<T>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> map, Action<Utf8JsonWriter, T> writeValue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(writeValue);
        writer.WriteStartObject();
        foreach (var pair in map)
        {
            writer.WritePropertyName(pair.Key);
            writeValue(writer, pair.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a string value.</summary>
    public static void StringValue(Utf8JsonWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    /// <summary>Writes a 32-bit whole number.</summary>
    public static void Int32Value(Utf8JsonWriter writer, int value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>Writes a whole number.</summary>
    public static void Int64Value(Utf8JsonWriter writer, long value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>Writes a number.</summary>
    public static void DoubleValue(Utf8JsonWriter writer, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>Writes true or false.</summary>
    public static void BooleanValue(Utf8JsonWriter writer, bool value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }

    /// <summary>Writes a date-time.</summary>
    public static void DateTimeValue(Utf8JsonWriter writer, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    /// <summary>Writes a JSON value as it is.</summary>
    public static void JsonValue(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

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
