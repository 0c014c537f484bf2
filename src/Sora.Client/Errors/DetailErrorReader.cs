using System.Text.Json;
using Sora.Contracts;

namespace Sora.Client.Errors;

/// <summary>
/// Reads FastAPI's error body (<see cref="DetailErrorResponse"/>), which a profile names with its error schema, as the
/// fields of the usual error: a text detail is the message; a list of field issues is one message naming each field,
/// with the first issue's kind as the code and its field as the param.
/// </summary>
internal static class DetailErrorReader
{
    /// <summary>
    /// Whether a body of this shape is read from <paramref name="provider"/>: when its profile names the shape, or when
    /// no profile is chosen (the server is unknown, so any error shape a profile of the spec declares may come).
    /// </summary>
    public static bool Applies(SoraProvider? provider) =>
        provider is null ? SoraProvider.All.Any(p => p.ErrorSchema == nameof(DetailErrorResponse)) : provider.ErrorSchema == nameof(DetailErrorResponse);

    /// <summary>The error in <paramref name="body"/>, or null when it is not a detail body this reader understands.</summary>
    public static ApiError? TryRead(byte[] body)
    {
        try
        {
            var detail = JsonSerializer.Deserialize(body, SoraJsonContext.Default.DetailErrorResponse)?.Detail;
            return detail?.ValueKind switch
            {
                JsonValueKind.String when detail.Value.GetString() is { Length: > 0 } text => new ApiError(text),
                JsonValueKind.Array when detail.Value.GetArrayLength() > 0 => FromIssues(detail.Value),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // An issue without its required text is a body of another shape, which the caller reports as unreadable.
    private static ApiError? FromIssues(JsonElement list)
    {
        var issues = new List<ValidationIssue>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || item.Deserialize(SoraJsonContext.Default.ValidationIssue) is not { Msg.Length: > 0 } issue)
            {
                return null;
            }

            issues.Add(issue);
        }

        var first = issues[0];
        return new ApiError(string.Join("; ", issues.Select(Describe)))
        {
            Code = first.Type,
            Param = Field(first),
        };
    }

    private static string Describe(ValidationIssue issue) => Location(issue) is { Length: > 0 } where ? where + ": " + issue.Msg : issue.Msg;

    private static string Location(ValidationIssue issue) => string.Join(".", (issue.Loc ?? []).Select(Part));

    // The last part of a location that names something: FastAPI's loc is [section, field, index...].
    private static string? Field(ValidationIssue issue) =>
        (issue.Loc ?? []).Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()).LastOrDefault();

    private static string Part(JsonElement part) => part.ValueKind == JsonValueKind.String ? part.GetString() ?? string.Empty : part.GetRawText();
}
