using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Sora.Contracts.Http;

/// <summary>
/// Makes the HTTP body of a request: JSON, or multipart/form-data when it holds a file (each file part carries its
/// file name and content type; other fields are sent as curl's <c>-F name=value</c> does).
/// </summary>
public static class SoraHttpContent
{
    private const string JsonMediaType = "application/json";

    /// <summary>JSON when the body holds no file, multipart otherwise.</summary>
    public static HttpContent Create(ISoraRequestBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.GetFiles().Count == 0 ? CreateJson(body) : CreateMultipart(body);
    }

    /// <summary>The JSON body.</summary>
    /// <exception cref="InvalidOperationException">The body holds a file, which JSON cannot carry.</exception>
    public static HttpContent CreateJson(ISoraRequestBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var files = body.GetFiles();
        if (files.Count > 0)
        {
            throw new InvalidOperationException(
                $"The request holds a file ('{files[0].Name}'), which JSON cannot carry; send it as multipart/form-data.");
        }

        var content = new ByteArrayContent(ToJson(body));
        content.Headers.ContentType = new MediaTypeHeaderValue(JsonMediaType) { CharSet = "utf-8" };
        return content;
    }

    /// <summary>The multipart/form-data body: one part per JSON property, then the file parts.</summary>
    public static MultipartFormDataContent CreateMultipart(ISoraRequestBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var multipart = new MultipartFormDataContent();
        using (var document = JsonDocument.Parse(ToJson(body)))
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (FieldContent(property.Value) is { } field)
                {
                    field.Headers.ContentDisposition = Disposition(property.Name, fileName: null);
                    multipart.Add(field);
                }
            }
        }

        foreach (var file in body.GetFiles())
        {
            var part = new ReadOnlyMemoryContent(file.File.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.File.ContentType);
            part.Headers.ContentDisposition = Disposition(file.Name, file.File.FileName);
            multipart.Add(part);
        }

        return multipart;
    }

    private static byte[] ToJson(ISoraRequestBody body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            body.WriteJson(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Text and numbers go as plain fields with no content type, as curl -F sends them; objects as JSON parts.
    private static HttpContent? FieldContent(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                return new ByteArrayContent(Encoding.UTF8.GetBytes(value.GetString()!));
            case JsonValueKind.Object:
            case JsonValueKind.Array:
                var json = new ByteArrayContent(Encoding.UTF8.GetBytes(value.GetRawText()));
                json.Headers.ContentType = new MediaTypeHeaderValue(JsonMediaType);
                return json;
            default:
                return new ByteArrayContent(Encoding.UTF8.GetBytes(value.GetRawText()));
        }
    }

    private static ContentDispositionHeaderValue Disposition(string name, string? fileName)
    {
        var disposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
        if (fileName is not null)
        {
            // Header values must be ASCII: a non-ASCII name travels in filename* with an ASCII stand-in beside it.
            var ascii = fileName.All(c => c is >= ' ' and < (char)127);
            disposition.FileName = Quote(ascii ? fileName : new string(fileName.Select(c => c is >= ' ' and < (char)127 ? c : '_').ToArray()));
            if (!ascii)
            {
                disposition.FileNameStar = fileName;
            }
        }

        return disposition;
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
