using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Sora.Contracts.Tests.Serialization;

/// <summary>Round-trip helpers: nothing the server sent may be lost or changed on the way through our types.</summary>
public static class JsonAssert
{
    /// <summary>
    /// Deserializes <paramref name="json"/> with the source-generated context, serializes the value again and checks
    /// that every field of the input is in the output with an equal value (recursively: objects by property, arrays by
    /// item, leaves with <see cref="JsonNode.DeepEquals"/>). The output may add fields (for example explicit nulls for
    /// nullable fields the input left out). The only documented normalisation: a numeric <c>seconds</c> becomes its
    /// decimal string.
    /// </summary>
    public static T RoundTrip<T>(string json, JsonTypeInfo<T> typeInfo, out string output)
    {
        T? value = JsonSerializer.Deserialize(json, typeInfo);
        Assert.NotNull(value);
        output = JsonSerializer.Serialize(value, typeInfo);
        EveryInputFieldIsKept(json, output);
        return value;
    }

    /// <inheritdoc cref="RoundTrip{T}(string, JsonTypeInfo{T}, out string)"/>
    public static T RoundTrip<T>(string json, JsonTypeInfo<T> typeInfo) => RoundTrip(json, typeInfo, out _);

    /// <summary>Every field of <paramref name="input"/> is in <paramref name="output"/> with an equal value.</summary>
    public static void EveryInputFieldIsKept(string input, string output)
    {
        Contains(JsonNode.Parse(input), JsonNode.Parse(output), "$");
    }

    /// <summary>The two documents are equal as JSON (property order aside).</summary>
    public static void Equivalent(string expected, string actual)
    {
        JsonNode? expectedNode = JsonNode.Parse(expected);
        JsonNode? actualNode = JsonNode.Parse(actual);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actualNode),
            $"Expected {expectedNode?.ToJsonString()}{Environment.NewLine}but got  {actualNode?.ToJsonString()}");
    }

    private static void Contains(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                Assert.True(actual is JsonObject, $"{path} should be an object but is {actual?.ToJsonString() ?? "null"}");
                var actualObject = (JsonObject)actual!;
                foreach ((string name, JsonNode? value) in expectedObject)
                {
                    Assert.True(actualObject.ContainsKey(name), $"{path}.{name} is missing from the output {actualObject.ToJsonString()}");
                    Contains(value, actualObject[name], path + "." + name);
                }

                break;

            case JsonArray expectedArray:
                Assert.True(actual is JsonArray, $"{path} should be an array but is {actual?.ToJsonString() ?? "null"}");
                var actualArray = (JsonArray)actual!;
                Assert.True(expectedArray.Count == actualArray.Count, $"{path} has {actualArray.Count} items instead of {expectedArray.Count}");
                for (int i = 0; i < expectedArray.Count; i++)
                {
                    Contains(expectedArray[i], actualArray[i], $"{path}[{i}]");
                }

                break;

            case JsonValue number when path.EndsWith(".seconds", StringComparison.Ordinal) && number.GetValueKind() == JsonValueKind.Number:
                // Documented normalisation: "seconds": 8 is written back as "seconds": "8".
                Assert.True(
                    actual is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>() == number.ToJsonString(),
                    $"{path}: expected \"{number.ToJsonString()}\" but was {actual?.ToJsonString() ?? "null"}");
                break;

            default:
                Assert.True(
                    JsonNode.DeepEquals(expected, actual),
                    $"{path}: expected {expected?.ToJsonString() ?? "null"} but was {actual?.ToJsonString() ?? "null"}");
                break;
        }
    }
}
