using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.WebUtilities;
using Sora.Contracts;
using Sora.Contracts.Validation;

namespace Sora.Emulator.Http;

/// <summary>
/// The documented error envelope <c>{"error": {"message", "code", "type", "param"}}</c> for every failure, or the body
/// of the schema the profile names for its errors. Whatever a
/// message quotes, no invisible character reaches the client, and a param taken from the request is cut short.
/// </summary>
internal static class ApiErrors
{
    private const string InvalidRequest = "invalid_request_error";
    private const string ServerErrorType = "server_error";

    // FastAPI locates a field of the request body under this first part of an issue's loc.
    private const string BodyLocation = "body";

    public static IResult Envelope(int status, string message, string? code, string type = InvalidRequest, string? param = null, TimeSpan? retryAfter = null)
    {
        var error = new ApiError(EchoedText.Printable(message)) { Code = code, Type = type, Param = param is null ? null : EchoedText.Of(param) };
        var reply = new InProviderShape(status, error);
        return retryAfter is { } delay ? new WithRetryAfter(reply, delay) : reply;
    }

    public static IResult BadRequest(string message, string? code, string? param = null) => Envelope(StatusCodes.Status400BadRequest, message, code, param: param);

    /// <summary>Every violation in one message; the first one's param and code, as a real server reports one field.</summary>
    public static IResult Violations(SoraValidationResult result)
    {
        var first = result.Violations[0];
        return BadRequest(string.Join("; ", result.Violations.Select(v => v.Message)), first.Code, first.Param);
    }

    public static IResult NotFound(string message, string code = "not_found") => Envelope(StatusCodes.Status404NotFound, message, code);

    public static IResult Unauthorized(string message) => Envelope(StatusCodes.Status401Unauthorized, message, "invalid_api_key");

    public static IResult RateLimited(string message, string code, TimeSpan retryAfter) =>
        Envelope(StatusCodes.Status429TooManyRequests, message, code, "rate_limit_error", retryAfter: retryAfter);

    public static IResult ServerError(string message) => Envelope(StatusCodes.Status500InternalServerError, message, "server_error", ServerErrorType);

    /// <summary>The envelope for a status the framework chose: the code is its reason phrase ("method_not_allowed").</summary>
    public static IResult ForStatus(int status, string message) => Envelope(
        status,
        message,
        ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase.ToLowerInvariant().Replace(' ', '_') : null,
        status >= StatusCodes.Status500InternalServerError ? ServerErrorType : InvalidRequest);

    // The profile played decides the body: the envelope, or FastAPI's detail when its errorSchema names that
    // (a field error as one issue located in the body, any other as text).
    private sealed class InProviderShape(int status, ApiError error) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var provider = httpContext.RequestServices.GetService<EmulatorState>()?.Provider;
            if (provider?.ErrorSchema != nameof(DetailErrorResponse))
            {
                return TypedResults.Json(new ErrorResponse(error), SoraJsonContext.Default.ErrorResponse, statusCode: status).ExecuteAsync(httpContext);
            }

            var detail = error.Param is { } param
                ? Json(w =>
                {
                    w.WriteStartArray();
                    JsonSerializer.Serialize(w, new ValidationIssue(error.Message) { Loc = [Json(t => t.WriteStringValue(BodyLocation)), Json(t => t.WriteStringValue(param))], Type = error.Code }, SoraJsonContext.Default.ValidationIssue);
                    w.WriteEndArray();
                })
                : Json(w => w.WriteStringValue(error.Message));
            return TypedResults.Json(new DetailErrorResponse(detail), SoraJsonContext.Default.DetailErrorResponse, statusCode: status).ExecuteAsync(httpContext);
        }

        private static JsonElement Json(Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer);
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            return document.RootElement.Clone();
        }
    }

    // Retry-After is whole seconds; rounding up never invites a client back too early.
    private sealed class WithRetryAfter(IResult inner, TimeSpan delay) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(delay.TotalSeconds));
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
