using Xunit;
using static Sora.Contracts.Generator.Tests.Corpus.CorpusCompiler;

namespace Sora.Contracts.Generator.Tests.Corpus;

/// <summary>
/// Every media type of a request body gets its type, validator and builder (multipart listed first, as OpenAI does,
/// must not hide the JSON body); inline bodies and responses are named from their operation; one schema, one type.
/// </summary>
public sealed class MediaTypesCorpusTests
{
    private const string Spec = """
        openapi: 3.1.0
        info:
          title: Media
          version: '1'
        paths:
          /uploads:
            post:
              operationId: create-upload
              requestBody:
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      required: [file]
                      properties:
                        file:
                          type: string
                          format: binary
                        note:
                          type: string
                          maxLength: 4
                  application/json:
                    schema:
                      type: object
                      required: [url]
                      properties:
                        url:
                          type: string
                          minLength: 8
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id:
                            type: string
          /notes:
            post:
              operationId: createNote
              requestBody:
                content:
                  multipart/form-data:
                    schema:
                      $ref: '#/components/schemas/Note'
                  application/json:
                    schema:
                      $ref: '#/components/schemas/Note'
              responses:
                '200':
                  description: ok
        components:
          schemas:
            Note:
              type: object
              properties:
                text:
                  type: string
                  maxLength: 2
        """;

    private const string Probe = """
        public static class Probe
        {
            public static string Json() => string.Join(",", new CreateUploadRequest("short").Validate().Violations.Select(v => v.Param + ":" + v.Code));

            public static string Multipart() => string.Join(",", new CreateUploadRequest2(new Sora.Contracts.FileUpload(new byte[] { 1 }, "a.bin", "application/octet-stream")) { Note = "12345" }.Validate().Violations.Select(v => v.Param + ":" + v.Code));

            public static string MultipartFiles() => ((Sora.Contracts.Http.ISoraRequestBody)new CreateUploadRequest2(new Sora.Contracts.FileUpload(new byte[] { 1 }, "a.bin", "application/octet-stream"))).GetFiles().Count.ToString();

            public static string Builders() => string.Join(",", typeof(CreateUploadRequest.Builder).Name, typeof(CreateUploadRequest2.Builder).Name, typeof(Note.Builder).Name);

            public static string Response() => System.Text.Json.JsonSerializer.Deserialize("{\"id\":\"u1\"}", SoraJsonContext.Default.CreateUploadResponse)!.Id!;

            public static string Operation() => SoraOperations.CreateUpload.RequestSchema + " " + string.Join(",", SoraOperations.CreateUpload.RequestContentTypes) + " " + SoraOperations.CreateNote.RequestSchema;
        }
        """;

    private static readonly Lazy<CorpusCompiler.Result> Generated = new(() => Compile(Spec, Probe));

    [Fact]
    public void JsonAndMultipartBodies_EachHaveTheirValidator()
    {
        Assert.Empty(Generated.Value.SpecDiagnostics);
        Assert.Equal("url:too_short", Generated.Value.Call("Json"));
        Assert.Equal("note:too_long", Generated.Value.Call("Multipart"));
        Assert.Equal("1", Generated.Value.Call("MultipartFiles"));
    }

    [Fact]
    public void EveryBodyHasABuilder_AndOneSchemaForBothMediaTypesIsOneType()
    {
        Assert.Equal("Builder,Builder,Builder", Generated.Value.Call("Builders"));
        Assert.DoesNotContain(Generated.Value.Sources.Keys, k => k.Contains("Note2", StringComparison.Ordinal));
    }

    [Fact]
    public void InlineBodiesAndResponses_AreNamedFromTheirOperation_TheJsonOneFirst()
    {
        Assert.Equal("u1", Generated.Value.Call("Response"));
        Assert.Equal("CreateUploadRequest multipart/form-data,application/json Note", Generated.Value.Call("Operation"));
    }
}
