using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sora.Contracts;

namespace Sora.Client.Redaction;

/// <summary>
/// A copy of a job as the server sent it, with the key redacted from every string in it: the declared fields, the
/// error, and the unknown fields kept in <see cref="Video.AdditionalProperties"/> (their names included). The copy is
/// made through the job's own JSON form, so a field the spec adds later is covered without a change here.
/// </summary>
internal static class RedactedJob
{
    public static Video Of(Video job, SecretRedactor redactor)
    {
        var json = JsonSerializer.SerializeToNode(job, SoraJsonContext.Default.Video);
        if (!redactor.Finds(json?.ToJsonString()))
        {
            return job;
        }

        return Redact(json, redactor).Deserialize(SoraJsonContext.Default.Video)!;
    }

    private static JsonNode? Redact(JsonNode? node, SecretRedactor redactor) => node switch
    {
        JsonObject obj => RedactObject(obj, redactor),
        JsonArray array => new JsonArray([.. array.Select(item => Redact(item, redactor))]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(redactor.Redact(value.GetValue<string>())),
        _ => node?.DeepClone(),
    };

    // Two names that differ only in how they spell the key become the same name once redacted; a number keeps them apart
    // so that neither field is lost.
    private static JsonObject RedactObject(JsonObject obj, SecretRedactor redactor)
    {
        var copy = new JsonObject();
        foreach (var (name, value) in obj)
        {
            var redacted = redactor.Redact(name)!;
            var unique = redacted;
            for (var n = 2; copy.ContainsKey(unique); n++)
            {
                unique = redacted + "#" + n.ToString(CultureInfo.InvariantCulture);
            }

            copy[unique] = Redact(value, redactor);
        }

        return copy;
    }
}
