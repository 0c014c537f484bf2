using System.Reflection;

namespace Acme.Video.Tests;

/// <summary>
/// acme.openapi.yaml, listed as <c>&lt;SoraSpec Include="acme.openapi.yaml" Namespace="Acme.Video" /&gt;</c>, yields
/// its own types with its own values. No C# in this project or in src/ mentions an Acme value except these tests.
/// </summary>
public sealed class AcmeTypesTests
{
    [Fact]
    public void GeneratedTypes_LiveInTheNamespaceTheProjectChose()
    {
        Type[] types =
        [
            typeof(ClipModel), typeof(ClipSize), typeof(ClipSeconds), typeof(ClipStatus), typeof(CreateClipRequest),
            typeof(RemixClipRequest), typeof(Clip), typeof(ClipList), typeof(ClipError), typeof(ClipInputReference),
            typeof(ImageReference), typeof(ErrorResponse), typeof(ApiError), typeof(SoraProvider), typeof(SoraJsonContext),
            typeof(SoraPolling), typeof(SoraOperations), typeof(SoraRetryGuidance),
        ];

        Assert.All(types, t => Assert.Equal("Acme.Video", t.Namespace));
        Assert.All(types, t => Assert.Same(typeof(AcmeTypesTests).Assembly, t.Assembly));
    }

    [Fact]
    public void GeneratedTypes_AreOnlyThoseOfTheAcmeSpec()
    {
        string[] generated = typeof(AcmeTypesTests).Assembly.GetTypes()
            .Where(t => t.Namespace == "Acme.Video" && t.DeclaringType is null)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            [
                "ApiError", "Clip", "ClipError", "ClipInputReference", "ClipList", "ClipModel", "ClipSeconds", "ClipSize",
                "ClipStatus", "CreateClipRequest", "ErrorResponse", "ImageReference", "RemixClipRequest", "SoraJsonContext",
                "SoraOperations", "SoraPolling", "SoraProvider", "SoraRetryGuidance",
            ],
            generated);
    }

    [Fact]
    public void KnownValues_AreTheAcmeValuesInSpecOrder()
    {
        Assert.Equal(["acme-v1", "acme-v1-max"], ClipModel.KnownValues.Select(v => v.Value).ToArray());
        Assert.Equal(["640x480", "1280x720", "1920x1080"], ClipSize.KnownValues.Select(v => v.Value).ToArray());
        Assert.Equal(["5", "10", "20"], ClipSeconds.KnownValues.Select(v => v.Value).ToArray());
        Assert.Equal(["pending", "running", "succeeded", "failed", "canceled"], ClipStatus.KnownValues.Select(v => v.Value).ToArray());
    }

    [Fact]
    public void NamedMembers_FollowTheAcmeValues()
    {
        Assert.Equal("acme-v1-max", ClipModel.AcmeV1Max.Value);
        Assert.Equal("1920x1080", ClipSize.Size1920x1080.Value);
        Assert.Equal("20", ClipSeconds.Seconds20.Value);
        Assert.Equal("canceled", ClipStatus.Canceled.Value);
    }

    [Theory]
    [InlineData("sora-2")]
    [InlineData("sora-2-pro")]
    [InlineData("ACME-V1")]
    public void ClipModel_DoesNotKnowOtherSpecsModels(string model)
    {
        Assert.False(new ClipModel(model).IsKnown);
    }

    [Theory]
    [InlineData("720x1280")]
    [InlineData("1792x1024")]
    public void ClipSize_DoesNotKnowSoraSizes(string size)
    {
        Assert.False(new ClipSize(size).IsKnown);
    }

    [Theory]
    [InlineData("4", false)]
    [InlineData("8", false)]
    [InlineData("12", false)]
    [InlineData("5", true)]
    [InlineData("10", true)]
    [InlineData("20", true)]
    public void ClipSeconds_KnowsOnlyTheAcmeDurations(string seconds, bool known)
    {
        Assert.Equal(known, new ClipSeconds(seconds).IsKnown);
    }

    [Fact]
    public void ClipSeconds_ConvertsFromInt()
    {
        ClipSeconds ten = 10;

        Assert.Equal(ClipSeconds.Seconds10, ten);
        Assert.True(ten.TryGetInt32(out int value));
        Assert.Equal(10, value);
    }

    [Theory]
    [InlineData("succeeded", true)]
    [InlineData("failed", true)]
    [InlineData("canceled", true)]
    [InlineData("pending", false)]
    [InlineData("running", false)]
    [InlineData("completed", false)] // Sora's terminal value means nothing here
    [InlineData("cancelled", false)]
    public void IsTerminal_FollowsTheAcmeTerminalValues(string status, bool terminal)
    {
        Assert.Equal(terminal, new ClipStatus(status).IsTerminal);
    }

    [Fact]
    public void Defaults_AreTheAcmeDefaults()
    {
        Assert.Equal(ClipModel.AcmeV1, CreateClipRequest.DefaultModel);
        Assert.Equal(ClipSize.Size640x480, CreateClipRequest.DefaultSize);
        Assert.Equal(ClipSeconds.Seconds5, CreateClipRequest.DefaultSeconds);
    }

    [Fact]
    public void Properties_FollowTheAcmeSchemas()
    {
        PropertyInfo[] clip = typeof(Clip).GetProperties();

        Assert.Contains(clip, p => p.Name == "DownloadUrl" && p.PropertyType == typeof(string));
        Assert.DoesNotContain(clip, p => p.Name is "VideoUrl" or "ExpiresAt" or "RemixedFromVideoId");
        Assert.Equal(typeof(ClipSize?), typeof(CreateClipRequest).GetProperty("Size")?.PropertyType);
        Assert.Equal(typeof(ClipInputReference), typeof(CreateClipRequest).GetProperty("InputReference")?.PropertyType);
        Assert.Contains(typeof(ClipList).GetProperties(), p => p.Name == "NextCursor");
    }

    [Fact]
    public void SpecExtensions_BecomeTheAcmeGuidance()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), SoraPolling.FirstPollMin);
        Assert.Equal(TimeSpan.FromSeconds(4), SoraPolling.FirstPollMax);
        Assert.False(SoraPolling.GrowingIntervals);
        Assert.True(SoraRetryGuidance.IsRetryable(503));
        Assert.False(SoraRetryGuidance.IsRetryable(400));
        Assert.Null(SoraRetryGuidance.IsRetryable(429));
    }

    [Fact]
    public void Operations_AreTheAcmePaths()
    {
        Assert.Equal("/clips", SoraOperations.CreateClip.PathTemplate);
        Assert.Equal("POST", SoraOperations.CreateClip.Method);
        Assert.Equal("CreateClipRequest", SoraOperations.CreateClip.RequestSchema);
        Assert.Equal("/clips/clip_1/remix", SoraOperations.RemixClip.ExpandPath("clip_id", "clip_1"));
        Assert.Equal(["createClip", "getClip", "listClips", "remixClip"], SoraOperations.All.Select(o => o.OperationId).Order(StringComparer.Ordinal).ToArray());
    }
}
