namespace Sora.Client.Tests.Infrastructure;

/// <summary>
/// A fake server: answers each request with the next scripted step (a response, or an exception standing for a network
/// failure) and records every request. Once the script is used up, <see cref="Otherwise"/> answers, if set.
/// </summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Answers requests once the script is used up.</summary>
    public Func<RecordedRequest, HttpResponseMessage>? Otherwise { get; set; }

    public ScriptedHandler Then(Func<RecordedRequest, HttpResponseMessage> step)
    {
        _script.Enqueue((request, _) => Task.FromResult(step(request)));
        return this;
    }

    public ScriptedHandler Then(HttpResponseMessage response) => Then(_ => response);

    public ScriptedHandler ThenAsync(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> step)
    {
        _script.Enqueue(step);
        return this;
    }

    public ScriptedHandler ThenThrow(Exception failure) => Then(_ => throw failure);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = await RecordedRequest.CaptureAsync(request);
        Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>? step;
        lock (_requests)
        {
            _requests.Add(recorded);
            _script.TryDequeue(out step);
        }

        var response = step is not null ? await step(recorded, cancellationToken)
            : Otherwise is { } otherwise ? otherwise(recorded)
            : throw new InvalidOperationException("Unscripted request: " + recorded);
        response.RequestMessage = request;
        return response;
    }
}
