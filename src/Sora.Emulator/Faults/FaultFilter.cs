using Microsoft.AspNetCore.Http;
using Sora.Emulator.Http;

namespace Sora.Emulator.Faults;

/// <summary>Applies the next injected fault, if any, around an endpoint.</summary>
internal sealed class FaultFilter(EmulatorState state) : IEndpointFilter
{
    private const string ProxyPage = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    private static readonly TimeSpan TruncationGrace = TimeSpan.FromMilliseconds(100);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var operationId = http.GetEndpoint()?.Metadata.GetMetadata<OperationTag>()?.OperationId;
        if (state.Faults.Next(operationId) is not { } fault)
        {
            return await next(context).ConfigureAwait(false);
        }

        switch (fault.Kind)
        {
            case EmulatorFaultKind.RateLimit:
                return ApiErrors.RateLimited("Too many requests (injected fault).", "rate_limit_exceeded", fault.RetryAfter);
            case EmulatorFaultKind.ServerError:
                return ApiErrors.ServerError("The upstream failed (injected fault).");
            case EmulatorFaultKind.ProxyErrorPage:
                return Results.Content(ProxyPage, "text/html", statusCode: StatusCodes.Status502BadGateway);
            case EmulatorFaultKind.DropConnection:
                http.Abort();
                return Results.Empty;
            case EmulatorFaultKind.Slow:
                await Task.Delay(fault.Delay, state.Options.TimeProvider, http.RequestAborted).ConfigureAwait(false);
                return await next(context).ConfigureAwait(false);
            case EmulatorFaultKind.DropAfterProcessing:
                await next(context).ConfigureAwait(false);
                http.Abort();
                return Results.Empty;
            case EmulatorFaultKind.TruncateBody:
                await WriteHalfAsync(http, await next(context).ConfigureAwait(false)).ConfigureAwait(false);
                return Results.Empty;
            default:
                throw new InvalidOperationException("Unknown fault kind " + fault.Kind.ToString());
        }
    }

    // The answer is rendered aside, announced with its full length, and cut off halfway.
    private static async Task WriteHalfAsync(HttpContext http, object? result)
    {
        var response = http.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            if (result is IResult answer)
            {
                await answer.ExecuteAsync(http).ConfigureAwait(false);
            }
        }
        finally
        {
            response.Body = original;
        }

        var bytes = buffer.ToArray();
        response.Headers.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), http.RequestAborted).ConfigureAwait(false);
        await response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);

        // An abort resets the connection at once, and a reset can overtake bytes still in flight: let them land first.
        await Task.Delay(TruncationGrace, http.RequestAborted).ConfigureAwait(false);
        http.Abort();
    }
}
