using System.Text;

namespace Sora.Client.Tests.Infrastructure;

/// <summary>A request as the server saw it: captured before the client disposes it.</summary>
public sealed class RecordedRequest
{
    private RecordedRequest(HttpMethod method, Uri uri, IReadOnlyList<KeyValuePair<string, string>> headers, string? contentType, byte[] body)
    {
        Method = method;
        Uri = uri;
        Headers = headers;
        ContentType = contentType;
        Body = body;
    }

    public HttpMethod Method { get; }

    public Uri Uri { get; }

    /// <summary>Request and content headers, one entry per header, values joined with ", ".</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The body's media type.</summary>
    public string? ContentType { get; }

    public byte[] Body { get; }

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    /// <summary>Every header and the body as one text, for "the key appears nowhere" checks.</summary>
    public string Everything => string.Join("\n", Headers.Select(h => h.Key + ": " + h.Value)) + "\n" + BodyText;

    public static async Task<RecordedRequest> CaptureAsync(HttpRequestMessage request)
    {
        var headers = request.Headers.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value))).ToList();
        byte[] body = [];
        if (request.Content is { } content)
        {
            headers.AddRange(content.Headers.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value))));
            body = await content.ReadAsByteArrayAsync();
        }

        return new RecordedRequest(request.Method, request.RequestUri!, headers, request.Content?.Headers.ContentType?.MediaType, body);
    }

    public override string ToString() => Method + " " + Uri;
}
