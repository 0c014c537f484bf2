using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sora.Contracts.Serialization;

/// <summary>
/// Reading helpers for generated converters. Every error is a <see cref="JsonException"/> that names the type and
/// property at fault and what was expected, so a bad server response says what is wrong with it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SoraJson
{
    /// <summary>Fails unless the reader is at the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string owner)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, owner, null, "an object");
        }
    }

    /// <summary>Moves to the next property name; false at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, string owner)
    {
        if (!reader.Read())
        {
            throw new JsonException(owner + ": the JSON ends inside the object.");
        }

        return reader.TokenType switch
        {
            JsonTokenType.EndObject => false,
            JsonTokenType.PropertyName => true,
            _ => throw Unexpected(ref reader, owner, null, "a property name"),
        };
    }

    /// <summary>Reads a string.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string owner, string property) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Unexpected(ref reader, owner, property, "a string");

    /// <summary>Reads a whole number that fits in 32 bits.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader, string owner, string property) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Unexpected(ref reader, owner, property, "a whole number (32-bit)");

    /// <summary>Reads a whole number that fits in 64 bits.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader, string owner, string property) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw Unexpected(ref reader, owner, property, "a whole number");

    /// <summary>Reads a number.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader, string owner, string property) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : throw Unexpected(ref reader, owner, property, "a number");

    /// <summary>Reads true or false.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader, string owner, string property) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, owner, property, "true or false"),
    };

    /// <summary>
    /// Reads an enum's wire text. A number is accepted for whole-number enums (servers send <c>"seconds": 8</c>) and
    /// kept as written; any string is kept as it is, known or not.
    /// </summary>
    public static string ReadEnumText(ref Utf8JsonReader reader, string owner, string? property, bool allowNumber)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString()!;
        }

        if (allowNumber && reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt64(out var whole)
                ? whole.ToString(CultureInfo.InvariantCulture)
                : Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray());
        }

        throw Unexpected(ref reader, owner, property, allowNumber ? "a string or a number" : "a string");
    }

    /// <summary>Reads an array, one item at a time.</summary>
    public static IReadOnlyList<T> ReadList<T>(ref Utf8JsonReader reader, string owner, string property, SoraJsonItemReader<T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, owner, property, "an array");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(readItem(ref reader));
        }

        return items;
    }

    /// <summary>The error for a required property that is absent.</summary>
    public static JsonException MissingProperty(string owner, string property) =>
        new(owner + " is missing the required property '" + property + "'.");

    /// <summary>The error for a required property that is null.</summary>
    public static JsonException NullProperty(string owner, string property) =>
        new(owner + "." + property + " must not be null.");

    /// <summary>The error for a token of the wrong kind.</summary>
    public static JsonException Unexpected(ref Utf8JsonReader reader, string owner, string? property, string expected) =>
        new((property is null ? owner : owner + "." + property) + " must be " + expected + ", not " + Describe(reader.TokenType) + ".");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };
}
