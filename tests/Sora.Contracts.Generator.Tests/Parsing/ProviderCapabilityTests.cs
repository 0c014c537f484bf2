using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>
/// The provider settings that say what a server offers and how it behaves: <c>operations</c>, <c>keyHeaders</c>,
/// <c>requires</c>, <c>extraStatuses</c> and <c>idempotencyKey</c>; each read when well formed, SORA110 at its line otherwise.
/// </summary>
public sealed class ProviderCapabilityTests
{
    [Fact]
    public void CapabilitySettings_AreRead_AndAProfileWithoutThemFollowsTheBaseContract()
    {
        var yaml = Spec(top: """
            x-sora-providers:
              gateway:
                keyHeaders: [x-gateway-key]
                operations: [createPaint]
                extraStatuses: [processing, unknown]
                idempotencyKey: required
              plain:
                idPrefix: p_
              optional:
                idempotencyKey: optional

            """);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        var gateway = model.Providers.Single(p => p.Id == "gateway");
        Assert.Equal(new[] { "x-gateway-key" }, gateway.KeyHeaders);
        Assert.Equal(new[] { "createPaint" }, gateway.Operations);
        Assert.Equal(new[] { "processing", "unknown" }, gateway.ExtraStatuses);
        Assert.Equal((true, true), (gateway.HonoursIdempotencyKey, gateway.RequiresIdempotencyKey));
        var plain = model.Providers.Single(p => p.Id == "plain");
        Assert.Equal((0, 0, 0, false, false), (plain.KeyHeaders.Count, plain.Operations.Count, plain.ExtraStatuses.Count, plain.HonoursIdempotencyKey, plain.RequiresIdempotencyKey));
        var optional = model.Providers.Single(p => p.Id == "optional");
        Assert.Equal((true, false), (optional.HonoursIdempotencyKey, optional.RequiresIdempotencyKey));
    }

    [Fact]
    public void ARequiredParameterAndAnErrorSchema_AreRead()
    {
        var yaml = Spec(
            top: """
                x-sora-providers:
                  proxy:
                    requiredParameters:
                      listPaints: [upstream]
                    errorSchema: Paint
                  plain:
                    idPrefix: p_

                """,
            paths: ListPaths);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        var proxy = model.Providers.Single(p => p.Id == "proxy");
        Assert.Equal(("listPaints", "upstream"), (Assert.Single(proxy.RequiredParameters).OperationId, proxy.RequiredParameters[0].Parameter));
        Assert.Equal("Paint", proxy.ErrorSchema);
        var plain = model.Providers.Single(p => p.Id == "plain");
        Assert.Equal((0, null), (plain.RequiredParameters.Count, plain.ErrorSchema));
    }

    [Theory]
    [InlineData("requiredParameters: {listPaints: [nope]} # bad", "# bad")]
    [InlineData("requiredParameters: {paintIt: [upstream]} # bad", "# bad")]
    [InlineData("requiredParameters: [upstream] # bad", "# bad")]
    [InlineData("errorSchema: Nope # bad", "# bad")]
    [InlineData("errorSchema: Finish # bad", "# bad")]
    [InlineData("errorSchema: [Paint] # bad", "# bad")]
    public void AMalformedParameterOrErrorSetting_IsSora110AtItsLine(string setting, string marker)
    {
        var yaml = Spec(
            top: $"""
                x-sora-providers:
                  odd:
                    {setting}

                """,
            paths: ListPaths);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, marker)));
    }

    private const string ListPaths = DefaultPaths + """
          /paints/all:
            get:
              operationId: listPaints
              parameters:
                - name: upstream
                  in: query
                  schema:
                    type: string
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/PaintJob'

        """;

    [Theory]
    [InlineData("operations: [createPaint, paintIt] # bad", "# bad")]
    [InlineData("operations: createPaint # bad", "# bad")]
    [InlineData("keyHeaders: [] # bad", "# bad")]
    [InlineData("extraStatuses: [processing, processing] # bad", "# bad")]
    [InlineData("idempotencyKey: sometimes # bad", "# bad")]
    [InlineData("idempotencyKey: true # bad", "# bad")]
    [InlineData("requires: {Nope: [name]} # bad", "# bad")]
    public void AMalformedCapabilitySetting_IsSora110AtItsLine(string setting, string marker)
    {
        var yaml = Spec(top: $"""
            x-sora-providers:
              odd:
                {setting}

            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, marker)));
    }
}
