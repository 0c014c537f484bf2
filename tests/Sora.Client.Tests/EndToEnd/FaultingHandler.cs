using System.Net;
using System.Text;

namespace Sora.Client.Tests.EndToEnd;

/// <summary>
/// Faults one client's requests on their way to a real server, on a seeded draw: each request is faulted with the
/// given probability, by a kind drawn evenly from <see cref="Kinds"/>. Requests that start a job draw from their own
/// sequence, so two storms with the same seed fault the same creates whatever the polls in between did. Some faults
/// stop the request (it never reaches the server); the others let the server process it and spoil the answer.
/// </summary>
internal sealed class FaultingHandler : DelegatingHandler
{
    private const string ServerErrorBody = """{"error":{"message":"The upstream failed (injected fault).","code":"server_error","type":"server_error"}}""";
    private const string RateLimitBody = """{"error":{"message":"Too many requests (injected fault).","code":"rate_limit_exceeded","type":"rate_limit_error"}}""";

    private readonly double _probability;
    private readonly Random _creates;
    private readonly Random _others;
    private readonly object _gate = new();

    public FaultingHandler(HttpMessageHandler inner, double probability, int seed, int stream)
        : base(inner)
    {
        _probability = probability;
        // Not HashCode.Combine: it is randomized per process, and the storm must be the same in every run.
        _creates = new Random(unchecked((seed * 7919) + (stream * 2)));
        _others = new Random(unchecked((seed * 7919) + (stream * 2) + 1));
    }

    public enum Kind
    {
        /// <summary>500 in the envelope; the server never saw the request.</summary>
        ServerError,

        /// <summary>429 with Retry-After; the server never saw the request.</summary>
        RateLimit,

        /// <summary>The connection could not be made; nothing was sent.</summary>
        ConnectionRefused,

        /// <summary>The server processed the request (a create made its job), then the connection dropped before the answer.</summary>
        DropAfterAccepted,

        /// <summary>The server processed the request, and the client's timeout fired before the answer.</summary>
        TimeoutAfterAccepted,

        /// <summary>The server processed the request, and its answer broke off halfway.</summary>
        TruncatedAnswer,
    }

    public static IReadOnlyList<Kind> Kinds { get; } = Enum.GetValues<Kind>();

    /// <summary>How many faults of each kind hit requests that start a job.</summary>
    public Dictionary<Kind, int> CreateFaults { get; } = new();

    /// <summary>What the first request that started a job got (null: no fault), once one was sent.</summary>
    public (bool Sent, Kind? Fault) FirstCreate { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var startsJob = request.Method == HttpMethod.Post;
        Kind? fault;
        lock (_gate)
        {
            var random = startsJob ? _creates : _others;
            fault = random.NextDouble() < _probability ? Kinds[random.Next(Kinds.Count)] : null;
            if (startsJob && !FirstCreate.Sent)
            {
                FirstCreate = (true, fault);
            }

            if (fault is { } drawn && startsJob)
            {
                CreateFaults[drawn] = CreateFaults.GetValueOrDefault(drawn) + 1;
            }
        }

        switch (fault)
        {
            case null:
                return await base.SendAsync(request, cancellationToken);
            case Kind.ServerError:
                return Envelope(HttpStatusCode.InternalServerError, ServerErrorBody);
            case Kind.RateLimit:
                var limited = Envelope(HttpStatusCode.TooManyRequests, RateLimitBody);
                limited.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(2));
                return limited;
            case Kind.ConnectionRefused:
                throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (injected fault).");
            case Kind.DropAfterAccepted:
                (await base.SendAsync(request, cancellationToken)).Dispose();
                throw new HttpRequestException(HttpRequestError.ResponseEnded, "The server closed the connection before answering (injected fault).");
            case Kind.TimeoutAfterAccepted:
                (await base.SendAsync(request, cancellationToken)).Dispose();
                throw new TaskCanceledException("The request timed out (injected fault).");
            default:
                return await TruncateAsync(await base.SendAsync(request, cancellationToken), cancellationToken);
        }
    }

    private static HttpResponseMessage Envelope(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    // The answer announces its full length and breaks off halfway, as a connection lost mid-body does.
    private static async Task<HttpResponseMessage> TruncateAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var truncated = new StreamContent(new BreaksOffStream(bytes));
        foreach (var header in response.Content.Headers)
        {
            truncated.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        truncated.Headers.ContentLength = bytes.Length;
        response.Content = truncated;
        return response;
    }

    private sealed class BreaksOffStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var half = bytes.Length / 2;
            if (_position >= half)
            {
                throw new IOException("The response ended early (injected fault).");
            }

            var n = Math.Min(count, half - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
