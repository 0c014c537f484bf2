using System.Net.Http.Headers;
using System.Text;

namespace Sora.Contracts.Tests.Http;

/// <summary>One part of a multipart body: its headers (names lower-cased) and its raw bytes.</summary>
public sealed record MultipartPart(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The form field name from Content-Disposition.</summary>
    public string? Name => Parameter("name");

    /// <summary>The file name from Content-Disposition, when the part is a file.</summary>
    public string? FileName => Parameter("filename");

    /// <summary>The RFC 5987 file name (filename*), decoded, when present.</summary>
    public string? FileNameStar => Headers.TryGetValue("content-disposition", out string? value)
        ? ContentDispositionHeaderValue.Parse(value).FileNameStar
        : null;

    /// <summary>The Content-Type header, when the part has one.</summary>
    public string? ContentType => Headers.GetValueOrDefault("content-type");

    /// <summary>The body as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Body);

    private string? Parameter(string name)
    {
        if (!Headers.TryGetValue("content-disposition", out string? value))
        {
            return null;
        }

        ContentDispositionHeaderValue disposition = ContentDispositionHeaderValue.Parse(value);
        string? raw = name == "name" ? disposition.Name : disposition.FileName;
        return raw is { Length: >= 2 } && raw[0] == '"' && raw[^1] == '"' ? raw[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : raw;
    }
}

/// <summary>
/// A small RFC 7578 multipart/form-data reader for tests (Microsoft.AspNetCore.WebUtilities is not available): it splits
/// the raw bytes on the boundary, so binary file parts come back byte for byte.
/// </summary>
public static class MultipartBody
{
    public static async Task<IReadOnlyList<MultipartPart>> ReadAsync(HttpContent content)
    {
        MediaTypeHeaderValue? type = content.Headers.ContentType;
        Assert.NotNull(type);
        Assert.Equal("multipart/form-data", type.MediaType);
        string? boundary = type.Parameters.FirstOrDefault(p => p.Name == "boundary")?.Value?.Trim('"');
        Assert.False(string.IsNullOrEmpty(boundary), "multipart/form-data needs a boundary parameter");
        return Parse(await content.ReadAsByteArrayAsync(), boundary);
    }

    public static IReadOnlyList<MultipartPart> Parse(byte[] body, string boundary)
    {
        byte[] delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        byte[] crlf = "\r\n"u8.ToArray();
        var parts = new List<MultipartPart>();

        int position = IndexOf(body, delimiter, 0);
        Assert.True(position >= 0, "The body does not contain its boundary");
        while (true)
        {
            position += delimiter.Length;
            if (body.AsSpan(position).StartsWith("--"u8))
            {
                break; // the close delimiter
            }

            Assert.True(body.AsSpan(position).StartsWith(crlf), "A boundary line must end with CRLF");
            position += 2;

            int headersEnd = IndexOf(body, "\r\n\r\n"u8.ToArray(), position);
            Assert.True(headersEnd >= 0, "A part has no blank line after its headers");
            var headers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string line in Encoding.UTF8.GetString(body, position, headersEnd - position).Split("\r\n"))
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                Assert.True(colon > 0, $"Bad part header line '{line}'");
                headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }

            int bodyStart = headersEnd + 4;
            int next = IndexOf(body, [.. crlf, .. delimiter], bodyStart);
            Assert.True(next >= 0, "A part is not closed by a boundary");
            parts.Add(new MultipartPart(headers, body[bodyStart..next]));
            position = next + 2;
        }

        return parts;
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int start)
    {
        int found = haystack.AsSpan(start).IndexOf(needle);
        return found < 0 ? -1 : start + found;
    }
}
