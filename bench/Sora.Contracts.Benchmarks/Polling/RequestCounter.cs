namespace Sora.Contracts.Benchmarks.Polling;

/// <summary>Counts the GET requests that leave the client, below all of its own logic (what a server would bill).</summary>
internal sealed class RequestCounter : DelegatingHandler
{
    private int _gets;

    public RequestCounter(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public int Gets => Volatile.Read(ref _gets);

    public void Reset() => Volatile.Write(ref _gets, 0);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get)
        {
            Interlocked.Increment(ref _gets);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
