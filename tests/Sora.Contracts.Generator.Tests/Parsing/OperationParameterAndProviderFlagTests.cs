using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>Operation parameters (with <c>$ref</c>s, path-level ones and bounds) and the provider flag <c>returnsVideoUrl</c>.</summary>
public sealed class OperationParameterAndProviderFlagTests
{
    [Fact]
    public void Parameters_ComeFromThePathItemAndTheOperation_WithRefsResolvedAndIntegerBoundsKept()
    {
        var yaml = Spec(paths: """
              /paints/{paint_id}:
                parameters:
                  - $ref: '#/components/parameters/PaintId'
                get:
                  operationId: listPaints
                  parameters:
                    - name: limit
                      in: query
                      schema: {type: integer, minimum: 1, maximum: 50}
                    - name: after
                      in: query
                      schema: {type: string}
                  responses:
                    '200': {description: ok}

            """).Replace("components:\n", "components:\n  parameters:\n    PaintId: {name: paint_id, in: path, required: true, schema: {type: string}}\n", StringComparison.Ordinal);

        var model = Parse(yaml);

        var op = model.Operations.Single(o => o.OperationId == "listPaints");
        Assert.Equal(
            new[] { ("paint_id", "path", true, (long?)null, (long?)null), ("limit", "query", false, 1L, 50L), ("after", "query", false, null, null) },
            op.Parameters.Select(p => (p.Name, p.In, p.Required, p.Minimum, p.Maximum)));
    }

    [Fact]
    public void ReturnsVideoUrl_IsReadAsAFlag_AndAnythingButTrueOrFalseIsSora110()
    {
        var yaml = Spec(top: """
            x-sora-providers:
              linked:
                returnsVideoUrl: true
              plain:
                idPrefix: p_
              odd:
                returnsVideoUrl: sometimes # not a flag

            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, "# not a flag")));
        Assert.Equal(new[] { ("linked", true), ("plain", false), ("odd", false) }, model.Providers.Select(p => (p.Id, p.ReturnsVideoUrl)));
    }
}
