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
public static partial class SoraJson
{
    /// <summary>Fails unless the reader is at the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string owner) => ExpectStartObject(ref reader, owner, null);

    /// <summary>Fails unless the reader is at the start of an object; the error names <paramref name="property"/> when given.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string owner, string? property)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, owner, property, "an object");
        }
    }

    /// <summary>Moves from a property's name to its value; true when the value is <c>null</c>.</summary>
    public static bool NextIsNull(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null;
    }

    /// <summary>Moves to a property's value and reads it as a string; <c>null</c> stays null.</summary>
    public static string? NextString(ref Utf8JsonReader reader, string owner, string property) =>
        NextIsNull(ref reader) ? null : ReadString(ref reader, owner, property);

    /// <summary>Moves to a property's value and reads it as a 32-bit whole number; <c>null</c> stays null.</summary>
    public static int? NextInt32(ref Utf8JsonReader reader, string owner, string property) =>
        NextIsNull(ref reader) ? null : ReadInt32(ref reader, owner, property);

    /// <summary>Moves to a property's value and reads it as a whole number; <c>null</c> stays null.</summary>
    public static long? NextInt64(ref Utf8JsonReader reader, string owner, string property) =>
        NextIsNull(ref reader) ? null : ReadInt64(ref reader, owner, property);

    /// <summary>Moves to a property's value and reads it as a number; <c>null</c> stays null.</summary>
    public static double? NextDouble(ref Utf8JsonReader reader, string owner, string property) =>
        NextIsNull(ref reader) ? null : ReadDouble(ref reader, owner, property);

    /// <summary>Moves to a property's value and reads it as true or false; <c>null</c> stays null.</summary>
    public static bool? NextBoolean(ref Utf8JsonReader reader, string owner, string property) =>
        NextIsNull(ref reader) ? null : ReadBoolean(ref reader, owner, property);

    /// <summary>Moves to a property's value and reads it as a date-time; <c>null</c> stays null.</summary>
    public static DateTimeOffset? NextDateTime(ref Utf8JsonReader reader, string owner, string property) =>
        NextIsNull(ref reader) ? null : ReadDateTime(ref reader, owner, property);

    /// <summary>Moves to a property's value and keeps it as JSON; <c>null</c> stays null.</summary>
    public static JsonElement? NextJson(ref Utf8JsonReader reader) =>
        NextIsNull(ref reader) ? null : JsonElement.ParseValue(ref reader);

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

    /// <summary>Reads an RFC 3339 date-time string.</summary>
    public static DateTimeOffset ReadDateTime(ref Utf8JsonReader reader, string owner, string property) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value) ? value : throw Unexpected(ref reader, owner, property, "a date-time");

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

    /// <summary>Reads a JSON object whose every value is of one type into a dictionary, in the order received.</summary>
    public static IReadOnlyDictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, string owner, string property, SoraJsonItemReader<T> readValue)
    {
        ArgumentNullException.ThrowIfNull(readValue);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, owner, property, "an object");
        }

        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = readValue(ref reader);
        }

        return map;
    }

    /// <summary>Keeps a property the type does not declare, as received (the reader is at its name).</summary>
    public static void ReadAdditional(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? additionalProperties)
    {
        var name = reader.GetString()!;
        reader.Read();
        (additionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
    }

    /// <summary>Notes a required property the JSON lacked (a response is read anyway; its validation reports it).</summary>
    public static void AddMissing(ref List<string>? missing, string property) => (missing ??= new List<string>()).Add(property);

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
