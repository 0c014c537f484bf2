namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// A consumer spec with the rule kinds the product spec's requests lack: a number range on two properties (inclusive
/// and exclusive bounds, a step) and an exactly-one group.
/// </summary>
internal static class RenderSpec
{
    public const string Path = "/consumer/specs/render.openapi.yaml";

    public const string Namespace = "Render.Api";

    public const string Yaml = """
        openapi: 3.1.0
        info:
          title: Render
          version: '1'
        paths:
          /renders:
            post:
              operationId: createRender
              requestBody:
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/CreateRenderRequest'
              responses:
                '200':
                  description: ok
        components:
          schemas:
            CreateRenderRequest:
              type: object
              required: [prompt]
              properties:
                prompt:
                  type: string
                duration:
                  type: integer
                  format: int32
                  minimum: 1
                  maximum: 60
                  multipleOf: 5
                fps:
                  type: integer
                  format: int32
                  exclusiveMinimum: 0
                  exclusiveMaximum: 121
                image_url:
                  type: string
                file_id:
                  type: string
              oneOf:
                - required: [image_url]
                - required: [file_id]
        """;
}
