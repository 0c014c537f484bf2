using Sora.Contracts.SpecReader.Model;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>What SpecParser reads from spec/sora.openapi.yaml, asserted on the model (the snapshots show the emitted form).</summary>
public sealed class ProductSpecModelTests
{
    private static readonly Lazy<SpecModel> LazyModel = new(() => SpecReader.Parsing.SpecParser.Parse(TestSpecs.RepoSpecVirtualPath, TestSpecs.RepoSpec, TestSpecs.ProductNamespace));

    private static SpecModel Model => LazyModel.Value;

    [Fact]
    public void ProductSpec_HasNoDiagnostics()
    {
        TestSpecs.AssertDiagnostics(Model);
        Assert.Equal("sora.openapi", Model.SpecName);
        Assert.Equal("Sora.Contracts", Model.Namespace);
    }

    [Theory]
    [InlineData("VideoModel", true, false, "sora-2,sora-2-pro,sora-2-2025-10-06,sora-2-pro-2025-10-06,sora-2-2025-12-08", "")]
    [InlineData("VideoSize", false, false, "720x1280,1280x720,1024x1792,1792x1024", "")]
    [InlineData("VideoSeconds", false, true, "4,8,12", "")]
    [InlineData("VideoStatus", true, false, "queued,in_progress,completed,failed,cancelled", "completed,failed,cancelled")]
    [InlineData("VideoContentVariant", false, false, "video,thumbnail,spritesheet", "")]
    [InlineData("ListOrder", false, false, "asc,desc", "")]
    public void Enums_AreReadOpenOrClosed_WithTheirValuesInSpecOrder(string name, bool open, bool integer, string values, string terminal)
    {
        var model = Model.Enums.Single(e => e.Name == name);

        Assert.Equal(open, model.IsOpen);
        Assert.Equal(integer, model.IsInteger);
        Assert.Equal(values.Split(','), model.Members.Select(m => m.Value));
        Assert.Equal(terminal.Split(',', StringSplitOptions.RemoveEmptyEntries), model.TerminalValues);
    }

    [Fact]
    public void EnumMembers_GetIdentifiersFromTheirValues()
    {
        Assert.Equal(new[] { "Size720x1280", "Size1280x720", "Size1024x1792", "Size1792x1024" }, Model.Enums.Single(e => e.Name == "VideoSize").Members.Select(m => m.Identifier));
        Assert.Equal(new[] { "Seconds4", "Seconds8", "Seconds12" }, Model.Enums.Single(e => e.Name == "VideoSeconds").Members.Select(m => m.Identifier));
        Assert.Equal("InProgress", Model.Enums.Single(e => e.Name == "VideoStatus").Members[1].Identifier);
    }

    [Fact]
    public void Requests_FollowTheOperations()
    {
        Assert.Equal(new[] { "CreateVideoRequest", "RemixVideoRequest" }, Model.Objects.Where(o => o.IsRequest).Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CreateVideoRequest_HasItsDefaultsLimitsImageRuleAndProviderValues()
    {
        var request = Model.Objects.Single(o => o.Name == "CreateVideoRequest");

        var prompt = request.Properties.Single(p => p.JsonName == "prompt");
        Assert.True(prompt.Required);
        Assert.Equal((1, 32000, @"\S"), (prompt.Text.MinLength, prompt.Text.MaxLength, prompt.Text.Pattern));
        Assert.Equal(
            new[] { ("model", "sora-2"), ("size", "720x1280"), ("seconds", "4") },
            request.Properties.Where(p => p.Default is not null).Select(p => (p.JsonName, p.Default!)));
        var input = request.Properties.Single(p => p.JsonName == "input_reference");
        Assert.Equal(TypeKind.Union, input.Type.Kind);
        Assert.Equal("size", input.ImageDimensionsFrom);
        Assert.Equal(new[] { "image/jpeg", "image/png", "image/webp" }, input.MediaTypes);
        Assert.Equal(
            new[]
            {
                "azure.model", "azure.size", "unigateway.model", "unigateway.seconds", "ezmodel.size", "gptge.model", "litellm.seconds",
                "vllm-omni.model /^.+$/", "vllm-omni.size /^[0-9]+x[0-9]+$/", "vllm-omni.seconds /^[1-9][0-9]*$/",
                "sglang.model /^.+$/", "sglang.size /^[0-9]+x[0-9]+$/", "sglang.seconds /^[0-9]+$/",
            },
            request.ProviderValues.Select(v => v.Provider + "." + v.Property + (v.Pattern is null ? string.Empty : " /" + v.Pattern + "/")));
    }

    [Fact]
    public void ImageReference_IsAnExclusiveGroup_AndVideoInputReferenceAFileOrObjectUnion()
    {
        Assert.Equal(new[] { "image_url", "file_id" }, Model.Objects.Single(o => o.Name == "ImageReference").ExclusiveGroups.Single().Properties);
        var union = Model.Unions.Single();
        Assert.Equal(("VideoInputReference", true), (union.Name, union.HasFile));
        Assert.Equal(new[] { "ImageReference" }, union.ObjectAlternatives);
    }

    [Fact]
    public void VideoResponseProperties_KeepUnknownValues()
    {
        var video = Model.Objects.Single(o => o.Name == "Video");

        Assert.True(video.Properties.Single(p => p.JsonName == "size").AcceptsAnyValue);
        Assert.True(video.Properties.Single(p => p.JsonName == "seconds").AcceptsAnyValue);
        Assert.True(video.Properties.Single(p => p.JsonName == "completed_at").Nullable);
        Assert.Equal(TypeKind.Object, video.Properties.Single(p => p.JsonName == "error").Type.Kind);
        Assert.True(video.Properties.Single(p => p.JsonName == "error").Nullable);
    }

    [Fact]
    public void ProvidersPollingAndRetry_AreRead()
    {
        Assert.Equal(new[] { "openai", "azure", "unigateway", "ezmodel", "gptge", "litellm", "new-api", "vllm-omni", "sglang" }, Model.Providers.Select(p => p.Id));
        var litellm = Model.Providers.Single(p => p.Id == "litellm");
        Assert.Equal(new[] { "x-litellm-api-key" }, litellm.KeyHeaders);
        Assert.Equal(new[] { "processing" }, litellm.ExtraStatuses);
        Assert.Equal(new[] { ("CreateVideoRequest", "model") }, litellm.Requires.Select(r => (r.Schema, r.Property)));
        Assert.Empty(litellm.Operations);
        var newApi = Model.Providers.Single(p => p.Id == "new-api");
        Assert.Equal(new[] { "createVideo", "getVideo", "downloadVideoContent", "listModels" }, newApi.Operations);
        Assert.Equal(new[] { "multipart/form-data" }, newApi.CreateContentTypes);
        Assert.DoesNotContain(Model.Providers, p => p.HonoursIdempotencyKey);
        var ezmodel = Model.Providers.Single(p => p.Id == "ezmodel");
        Assert.Equal(new[] { ("concurrentJobs", "2"), ("assetLifetimeSeconds", "86400") }, ezmodel.Limits.Select(l => (l.Key, l.Value)));
        Assert.Equal(new[] { ("openai", "2026-09-24"), ("azure", "2026-10-15") }, Model.Providers.Where(p => p.Retired is not null).Select(p => (p.Id, p.Retired!.Date)));
        Assert.Equal(new[] { "firstPollMinSeconds", "firstPollMaxSeconds", "growingIntervals", "overallTimeoutRequired" }, Model.Polling.Select(s => s.Key));
        Assert.Equal(new[] { (400, false), (401, false), (404, false), (422, false), (429, true), (500, true) }, Model.Retry.Select(r => (r.StatusCode, r.Retryable)));
    }

    [Fact]
    public void ProductSpec_ThroughTheDriver_HasNoDiagnostics_AndGeneratesEverySchema()
    {
        var run = ProductSpec.Product;

        Assert.Empty(run.Diagnostics);
        foreach (var name in Model.Enums.Select(e => e.Name).Concat(Model.Objects.Select(o => o.Name)).Concat(Model.Unions.Select(u => u.Name)))
        {
            Assert.Contains($"sora.openapi.{name}.g.cs", run.Sources.Keys);
        }
    }
}
