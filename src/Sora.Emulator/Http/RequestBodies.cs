using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Sora.Contracts;

namespace Sora.Emulator.Http;

/// <summary>
/// Reads a request body sent as JSON or as multipart/form-data, as real servers accept both. A form is turned into the
/// same JSON the generated converter reads, so one reader and one set of validators serve both forms.
/// </summary>
internal static class RequestBodies
{
    private const string JsonMediaType = "application/json";
    private const string FormMediaType = "multipart/form-data";

    // The multipart part that carries the uploaded image (the spec's encoding of CreateVideoRequest).
    private const string ImagePart = "input_reference";

    /// <summary>
    /// A 415 when the body's form is not one the profile lists for creating a job (new-api takes multipart only);
    /// null when it is, or when the body has a form the reader refuses anyway.
    /// </summary>
    public static IResult? RefuseUnlistedForm(HttpRequest request, SoraProvider provider)
    {
        var form = request.HasJsonContentType() ? JsonMediaType : request.HasFormContentType ? FormMediaType : null;
        if (form is null || provider.CreateContentTypes.Count == 0 || provider.CreateContentTypes.Contains(form, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return ApiErrors.Envelope(StatusCodes.Status415UnsupportedMediaType,
            $"Content-Type must be {string.Join(" or ", provider.CreateContentTypes)} on this server (got '{EchoedText.Of(request.ContentType)}').", "unsupported_content_type");
    }

    public static async Task<BodyRead<T>> ReadAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            if (request.HasJsonContentType())
            {
                var value = await JsonSerializer.DeserializeAsync(request.Body, typeInfo, cancellationToken).ConfigureAwait(false);
                return value is null ? BodyRead<T>.Rejected(ApiErrors.BadRequest("The request body is JSON null; send an object.", "invalid_json")) : BodyRead<T>.Read(value, null);
            }

            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
                var unexpected = form.Files.FirstOrDefault(f => !string.Equals(f.Name, ImagePart, StringComparison.Ordinal));
                if (unexpected is not null || form.Files.Count > 1)
                {
                    var extra = (unexpected ?? form.Files[1]).Name;
                    return BodyRead<T>.Rejected(ApiErrors.BadRequest(
                        $"Only one file part is accepted, named '{ImagePart}' (got '{EchoedText.Of(extra)}').", "invalid_file", extra));
                }

                var value = JsonSerializer.Deserialize(FormToJson(form, FormLiteralFields<T>.Names), typeInfo);
                return value is null ? BodyRead<T>.Rejected(ApiErrors.BadRequest("The form is empty.", "invalid_form")) : BodyRead<T>.Read(value, form.Files.Count == 1 ? await UploadAsync(form.Files[0], cancellationToken).ConfigureAwait(false) : null);
            }

            return BodyRead<T>.Rejected(ApiErrors.BadRequest(
                $"Content-Type must be {JsonMediaType} or multipart/form-data (got '{EchoedText.Of(request.ContentType)}').", "unsupported_content_type"));
        }
        catch (JsonException e)
        {
            return BodyRead<T>.Rejected(ApiErrors.BadRequest("The request body is not valid: " + Describe(e), "invalid_json", ParamOf(e)));
        }
        catch (BadHttpRequestException e)
        {
            // The server's own limits (size, data rate) keep their status: 413 says "smaller", not "different".
            return BodyRead<T>.Rejected(ApiErrors.ForStatus(e.StatusCode, "The request body could not be read: " + EchoedText.OfMessage(e.Message)));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // The form reader quotes what it could not parse (a Content-Disposition, say), so its message is request text too.
            return BodyRead<T>.Rejected(ApiErrors.BadRequest("The request body could not be read: " + EchoedText.OfMessage(e.Message), "invalid_body"));
        }
    }

    // Plain fields become strings (the converters read "8" and 8 alike), a number or boolean property's literal text its
    // literal; a field holding a JSON object stays an object.
    private static byte[] FormToJson(IFormCollection form, IReadOnlySet<string> literalFields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var field in form)
            {
                writer.WritePropertyName(field.Key);
                var text = field.Value.ToString();
                if (text.TrimStart().StartsWith('{') && TryParse(text) is { ValueKind: JsonValueKind.Object } element)
                {
                    element.WriteTo(writer);
                }
                else if (literalFields.Contains(field.Key) && TryParse(text) is { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } literal)
                {
                    literal.WriteTo(writer);
                }
                else
                {
                    writer.WriteStringValue(text);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static JsonElement? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<FileUpload> UploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        var fileName = string.IsNullOrWhiteSpace(file.FileName) ? ImagePart : file.FileName;
        return FileUpload.FromBytes(stream.ToArray(), fileName, string.IsNullOrWhiteSpace(file.ContentType) ? null : file.ContentType);
    }

    // The reader appends " Path: <path> | LineNumber: ..." to its own messages, and the path is made of the request's
    // property names: it is quoted like any request text, apart from the reader's own words.
    private static string Describe(JsonException e)
    {
        var location = e.Path is { } path ? e.Message.IndexOf(" Path: " + path, StringComparison.Ordinal) : -1;
        return location < 0
            ? EchoedText.OfMessage(e.Message)
            : string.Create(CultureInfo.InvariantCulture, $"{EchoedText.OfMessage(e.Message[..location])} (at '{EchoedText.Of(e.Path)}', line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
    }

    // The generated converters name the property in the message; JsonException.Path names it for syntax errors.
    private static string? ParamOf(JsonException e) => e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
}

/// <summary>A body that was read (with its uploaded file, if any) or the error answer to send instead.</summary>
internal readonly record struct BodyRead<T>(T? Value, FileUpload? File, IResult? Error)
    where T : class
{
    public static BodyRead<T> Read(T value, FileUpload? file) => new(value, file, null);

    public static BodyRead<T> Rejected(IResult error) => new(null, null, error);
}
