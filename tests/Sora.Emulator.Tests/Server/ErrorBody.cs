using System.Text.Json;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

/// <summary>
/// An error answer's error, in the shape the profile played answers: the envelope, or FastAPI's detail (a text, or one
/// issue whose kind is the code and whose last location part is the param).
/// </summary>
internal static class ErrorBody
{
    /// <exception cref="JsonException">The body is neither shape.</exception>
    public static ApiError Read(ReadOnlySpan<byte> body)
    {
        using var document = JsonDocument.Parse(body.ToArray());
        if (!document.RootElement.TryGetProperty("detail", out _))
        {
            return JsonSerializer.Deserialize(body, SoraJsonContext.Default.ErrorResponse)?.Error ?? throw new JsonException("not the envelope");
        }

        var detail = JsonSerializer.Deserialize(body, SoraJsonContext.Default.DetailErrorResponse)!.Detail;
        if (detail.ValueKind == JsonValueKind.String)
        {
            return new ApiError(detail.GetString()!);
        }

        var issue = detail.EnumerateArray().Single().Deserialize(SoraJsonContext.Default.ValidationIssue)!;
        return new ApiError(issue.Msg) { Code = issue.Type, Param = issue.Loc?.LastOrDefault().GetString() };
    }
}
