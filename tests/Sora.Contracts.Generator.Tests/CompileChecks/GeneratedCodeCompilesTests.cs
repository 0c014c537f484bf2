using Microsoft.CodeAnalysis;
using Xunit;

namespace Sora.Contracts.Generator.Tests.CompileChecks;

/// <summary>
/// The emitted code compiles cleanly: nullable enabled, latest language version, warning level 9999, documentation
/// comments checked (as in a project with GenerateDocumentationFile), referencing Sora.Contracts.dll for the support types.
/// </summary>
public sealed class GeneratedCodeCompilesTests
{
    /// <summary>
    /// A second spec with other names that exercises what the product spec does not: integer-like and keyword-like enum
    /// values, nested and array properties, numbers and booleans, an exclusive group, two rules (one with required),
    /// a file union with image dimensions, several providers with limits and values, polling flags and retry guidance.
    /// </summary>
    public const string WidgetSpec = """
        openapi: 3.1.0
        info:
          title: Widget rendering
          version: '2'
        x-sora-polling:
          firstPollSeconds: 3
          backoff: true
          maxPolls: 40
        x-sora-providers:
          primary-cloud:
            title: Primary cloud
            description: The reference service.
            source: widget-docs.md
            baseUrl: https://render.example/v2
            auth: bearer
            createContentTypes: [application/json, multipart/form-data]
            idPrefix: rnd_
            values:
              RenderJob:
                quality: [draft, final]
                fps: ['24', '30']
            limits:
              maxBatch: 4
              keepAliveSeconds: 60
          edge_node:
            title: Edge node
            auth: api-key
            values:
              RenderJob:
                format: [png]
        paths:
          /renders:
            post:
              operationId: startRender
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/RenderJob'
                  multipart/form-data:
                    schema:
                      $ref: '#/components/schemas/RenderJob'
                    encoding:
                      source:
                        contentType: image/png, image/webp
              responses:
                '202':
                  description: accepted
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/RenderResult'
                '503':
                  description: busy
                  x-sora-retry:
                    retryable: true
                '422':
                  description: invalid
                  x-sora-retry:
                    retryable: false
            get:
              operationId: listRenders
              responses:
                '200':
                  description: a page
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/RenderPage'
          /renders/{render_id}:
            get:
              operationId: getRender
              responses:
                '200':
                  description: one render
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/RenderResult'
            delete:
              operationId: cancel-render
              responses:
                '204':
                  description: gone
        components:
          schemas:
            Quality:
              description: How much effort goes into a frame.
              type: string
              enum: [draft, final, ultra]
            Fps:
              description: Frames per second, a string on the wire.
              type: string
              enum: ['24', '30', '60']
            Keyword:
              description: Values that look like C# keywords or start with digits.
              type: string
              enum: [class, event, default, 3d, new-line, "quote\"d", x<y>z]
            Phase:
              description: Open; done and failed are final.
              anyOf:
                - type: string
                - type: string
                  enum: [pending, running, done, failed]
              x-sora-terminal-values: [done, failed]
            SourceRef:
              description: A reference by URL or by asset id, exactly one.
              type: object
              properties:
                url:
                  type: string
                  maxLength: 2048
                asset_id:
                  type: string
                  pattern: '^asset_[a-z0-9]+$'
              oneOf:
                - required: [url]
                - required: [asset_id]
            RenderSource:
              description: An uploaded image or a reference.
              oneOf:
                - type: string
                  format: binary
                - $ref: '#/components/schemas/SourceRef'
            Layer:
              description: One layer of the picture.
              type: object
              required: [name]
              properties:
                name:
                  type: string
                  minLength: 1
                opacity:
                  type: number
                visible:
                  type: boolean
                phase:
                  $ref: '#/components/schemas/Phase'
            RenderJob:
              description: What to render, and how.
              type: object
              required: [title, layers]
              properties:
                title:
                  type: string
                  minLength: 2
                  maxLength: 40
                  pattern: '^[A-Za-z]'
                  description: A title; "quoted" & <escaped> in docs.
                quality:
                  $ref: '#/components/schemas/Quality'
                  default: draft
                fps:
                  $ref: '#/components/schemas/Fps'
                  default: '30'
                format:
                  type: string
                  enum: [png, jpeg]
                  default: png
                size:
                  type: string
                  default: 640x480
                tags:
                  type: array
                  items:
                    type: string
                layers:
                  type: array
                  items:
                    $ref: '#/components/schemas/Layer'
                count:
                  type: integer
                  format: int32
                  minimum: 1
                  maximum: 10
                budget:
                  type: integer
                  minimum: 0
                ratio:
                  type: number
                enabled:
                  type: boolean
                keyword:
                  $ref: '#/components/schemas/Keyword'
                class:
                  type: string
                  description: A property whose wire name is a C# keyword.
                source:
                  $ref: '#/components/schemas/RenderSource'
                  x-sora-image-dimensions: size
                note:
                  type: [string, 'null']
              allOf:
                - description: Drafts render at 24 or 30 fps.
                  if:
                    properties:
                      quality:
                        const: draft
                  then:
                    properties:
                      fps:
                        enum: ['24', '30']
                - if:
                    required: [format]
                    properties:
                      format:
                        enum: [jpeg]
                  then:
                    required: [quality]
                    properties:
                      quality:
                        enum: [final, ultra]
            Problem:
              type: object
              required: [message]
              properties:
                message:
                  type: string
                retry_after:
                  type: [integer, 'null']
            RenderResult:
              description: A render job as the server reports it.
              type: object
              required: [id, phase]
              properties:
                id:
                  type: string
                object:
                  type: string
                  enum: [render]
                  default: render
                phase:
                  $ref: '#/components/schemas/Phase'
                fps:
                  anyOf:
                    - $ref: '#/components/schemas/Fps'
                    - type: string
                    - type: integer
                quality:
                  anyOf:
                    - $ref: '#/components/schemas/Quality'
                    - type: 'null'
                problem:
                  anyOf:
                    - $ref: '#/components/schemas/Problem'
                    - type: 'null'
                updated_at:
                  type: [integer, 'null']
                  format: int64
                outputs:
                  type: array
                  items:
                    type: string
            RenderPage:
              type: object
              required: [data]
              properties:
                data:
                  type: array
                  items:
                    $ref: '#/components/schemas/RenderResult'
                next:
                  type: [string, 'null']
        """;

    [Fact]
    public void ProductSpec_GeneratedIntoAnotherNamespace_CompilesWithoutWarnings()
    {
        var run = ProductSpec.RunInto("Sora.Contracts.CompileCheck");

        Assert.Empty(run.Diagnostics);
        Assert.Equal(25, run.Sources.Count);
        AssertCompilesCleanly(run);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Sora.Contracts.CompileCheck.CreateVideoRequest"));
    }

    [Fact]
    public void WidgetSpec_ParsesWithoutDiagnostics()
    {
        var model = TestSpecs.Parse(WidgetSpec, "Widgets.Api");

        TestSpecs.AssertDiagnostics(model);
        Assert.Equal(new[] { "Fps", "Keyword", "Phase", "Quality" }, model.Enums.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "Layer", "Problem", "RenderJob", "RenderPage", "RenderResult", "SourceRef" }, model.Objects.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "RenderSource" }, model.Unions.Select(u => u.Name));
        Assert.Equal(2, model.Objects.Single(o => o.Name == "RenderJob").Rules.Count);
        Assert.Single(model.Objects.Single(o => o.Name == "SourceRef").ExclusiveGroups);
    }

    [Fact]
    public void WidgetSpec_CompilesWithoutWarnings()
    {
        var run = GeneratorHarness.Run(new[] { new SpecFile("/widgets/widget.openapi.yaml", WidgetSpec) }, rootNamespace: "Widgets.Api");

        Assert.Empty(run.Diagnostics);
        AssertCompilesCleanly(run);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Widgets.Api.RenderJob"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Widgets.Api.RenderJob+Builder"));
    }

    [Fact]
    public void ProductSpecAndWidgetSpec_InOneProject_CompileSideBySide()
    {
        var specs = new[]
        {
            ProductSpec.File("Sora.Contracts.CompileCheck"),
            new SpecFile("/widgets/widget.openapi.yaml", WidgetSpec, "Widgets.Api"),
        };

        var run = GeneratorHarness.Run(specs, rootNamespace: "Ignored.Root");

        Assert.Empty(run.Diagnostics);
        AssertCompilesCleanly(run);
    }

    [Fact]
    public void PropertyNamedLikeTheProviderType_DoesNotHideTheProviderInValidation()
    {
        // The validator refers to the profiles as `SoraProvider.X` (not global::-qualified); a property whose identifier
        // is SoraProvider shadows the type inside the record, and the provider checks no longer compile.
        const string spec = """
            openapi: 3.1.0
            info:
              title: Shadow
              version: '1'
            x-sora-providers:
              acme:
                values:
                  Job:
                    mode: [fast]
            paths:
              /jobs:
                post:
                  operationId: createJob
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Job'
                  responses:
                    '200':
                      description: ok
            components:
              schemas:
                Job:
                  type: object
                  properties:
                    mode:
                      type: string
                    sora_provider:
                      type: string
            """;

        var run = GeneratorHarness.Run(new[] { new SpecFile("/shadow/shadow.yaml", spec) }, rootNamespace: "Shadow.Api");

        Assert.Empty(run.Diagnostics);
        AssertCompilesCleanly(run);
    }

    private static void AssertCompilesCleanly(GeneratorRun run)
    {
        Assert.Null(run.Generator.Exception);
        Assert.Empty(run.DriverDiagnostics);
        var problems = run.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .ToList();
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(40).Select(Describe)));
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var line = diagnostic.Location.GetLineSpan();
        var text = diagnostic.Location.SourceTree?.GetText().Lines[line.StartLinePosition.Line].ToString().Trim() ?? string.Empty;
        return $"  {diagnostic.Id} {System.IO.Path.GetFileName(line.Path)}({line.StartLinePosition.Line + 1}): {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}\n      {text}";
    }
}
