using Sora.Client.Http;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>The wire names the client must know are ones the spec declares, and the spec's bounds are enforced before sending.</summary>
public sealed class SpecAgreementTests
{
    public static TheoryData<string, string> QueryNames => new()
    {
        { SoraOperations.ListVideos.OperationId, QueryParameters.After },
        { SoraOperations.ListVideos.OperationId, QueryParameters.Limit },
        { SoraOperations.ListVideos.OperationId, QueryParameters.Order },
        { SoraOperations.DownloadVideoContent.OperationId, QueryParameters.Variant },
    };

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void EveryQueryParameterTheClientSendsIsDeclaredBySpec(string operationId, string name)
    {
        var operation = SoraOperations.All.Single(o => o.OperationId == operationId);

        Assert.Equal("query", operation.FindParameter(name)?.In);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task APageSizeOutsideTheSpecsBoundsIsRefusedBeforeSending(int pageSize)
    {
        using var rig = new TestRig();

        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => rig.Client.ListPageAsync(pageSize: pageSize));

        Assert.Contains("1..100", e.Message);
        Assert.Empty(rig.Handler.Requests);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public async Task APageSizeAtTheSpecsBoundsIsSent(int pageSize)
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Json("""{"object":"list","data":[]}"""));

        await rig.Client.ListPageAsync(pageSize: pageSize, order: ListOrder.Direction.Descending);

        Assert.Equal($"?limit={pageSize}&order=desc", rig.Handler.Requests[0].Uri.Query);
    }
}
