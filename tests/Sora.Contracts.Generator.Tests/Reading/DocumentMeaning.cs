using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sora.Contracts.SpecReader.Yaml;

namespace Sora.Contracts.Generator.Tests.Reading;

/// <summary>
/// What a read document means, as JSON's data model has it: objects, arrays, strings, numbers, booleans and null. A
/// YAML plain scalar is resolved as YAML 1.2's core schema says (§10.3.2); a quoted one is a string; JSON's literals
/// resolve the same way. Two trees that mean the same document give the same text here, whatever their syntax.
/// </summary>
internal static partial class DocumentMeaning
{
    public static string Of(YamlNode node) => AsJson(node, indented: false);

    /// <summary>The document as JSON text: how a test writes a spec's JSON twin.</summary>
    public static string AsJson(YamlNode node, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Entries)
                {
                    writer.WritePropertyName(entry.Key.Value);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalar { IsPlain: false } quoted:
                writer.WriteStringValue(quoted.Value);
                break;
            case YamlScalar plain when plain.IsNull:
                writer.WriteNullValue();
                break;
            case YamlScalar { Value: "true" or "True" or "TRUE" }:
                writer.WriteBooleanValue(true);
                break;
            case YamlScalar { Value: "false" or "False" or "FALSE" }:
                writer.WriteBooleanValue(false);
                break;
            case YamlScalar plain when Integer().IsMatch(plain.Value):
                writer.WriteRawValue(System.Numerics.BigInteger.Parse(plain.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case YamlScalar plain when Float().IsMatch(plain.Value):
                writer.WriteRawValue(double.Parse(plain.Value, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case YamlScalar plain:
                writer.WriteStringValue(plain.Value);
                break;
        }
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();
}
