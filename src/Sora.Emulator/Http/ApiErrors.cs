using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Sora.Contracts;
using Sora.Contracts.Validation;

namespace Sora.Emulator.Http;

/// <summary>
/// The documented error envelope <c>{"error": {"message", "code", "type", "param"}}</c> for every failure. Whatever a
/// message quotes, no invisible character reaches the client, and a param taken from the request is cut short.
/// </summary>
internal static class ApiErrors
{
    private const string InvalidRequest = "invalid_request_error";
    private const string ServerErrorType = "server_error";

    public static IResult Envelope(int status, string message, string? code, string type = InvalidRequest, string? param = null, TimeSpan? retryAfter = null)
    {
        var body = new ErrorResponse(new ApiError(EchoedText.Printable(message)) { Code = code, Type = type, Param = param is null ? null : EchoedText.Of(param) });
        var json = TypedResults.Json(body, SoraJsonContext.Default.ErrorResponse, statusCode: status);
        return retryAfter is { } delay ? new WithRetryAfter(json, delay) : json;
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
