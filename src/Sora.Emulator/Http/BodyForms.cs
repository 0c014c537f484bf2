using System.Net.Mime;
using Microsoft.AspNetCore.Http;
using Sora.Contracts;

namespace Sora.Emulator.Http;

/// <summary>
/// Refuses a create body in a form the profile does not document (<see cref="SoraProvider.CreateContentTypes"/>):
/// vLLM-Omni takes multipart only, gpt.ge JSON only. A profile that lists neither form takes both.
/// </summary>
internal static class BodyForms
{
    public static IResult? Refuse(HttpRequest request, SoraProvider provider)
    {
        var accepted = provider.CreateContentTypes;
        var takesJson = accepted.Contains(MediaTypeNames.Application.Json, StringComparer.OrdinalIgnoreCase);
        var takesForm = accepted.Contains(MediaTypeNames.Multipart.FormData, StringComparer.OrdinalIgnoreCase);
        if (!takesJson && !takesForm)
        {
            return null;
        }

        var refused = (request.HasJsonContentType() && !takesJson) || (request.HasFormContentType && !takesForm);
        return refused
            ? ApiErrors.BadRequest(
                $"Content-Type must be {string.Join(" or ", accepted)} here (got '{EchoedText.Of(request.ContentType)}').", "unsupported_content_type")
            : null;
    }
}
