using Microsoft.AspNetCore.Http;

namespace Sora.Emulator.Http;

/// <summary>
/// What an exception that escapes an endpoint becomes. A request that has already created a job answers with that job,
/// as if nothing had failed: a 500 would tell the client to retry, and the retry would start a second paid job. Bad
/// input the framework caught keeps its status (413, 408, 400); only a fault of the emulator itself is a 500.
/// </summary>
internal static class UnhandledFailures
{
    public static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Clear();
            await Answer(context, e).ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    private static IResult Answer(HttpContext context, Exception e) => context.Features.Get<CreatedJobAnswer>() is { } created
        ? created.Answer
        : e is BadHttpRequestException bad
            ? ApiErrors.ForStatus(bad.StatusCode, "The request could not be read: " + EchoedText.OfMessage(bad.Message))
            : ApiErrors.ServerError($"The emulator failed ({e.GetType().Name}): {EchoedText.OfMessage(e.Message)}");
}
