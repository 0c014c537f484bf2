using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;
using Sora.Contracts.Validation;

namespace Sora.Client.Tests;

/// <summary>Requests are checked locally, against the provider's profile, and nothing is sent when they break a rule.</summary>
public sealed class ValidationTests
{
    [Fact]
    public async Task AnInvalidCreateIsRejectedWithTheBuildersViolationsAndNothingIsSent()
    {
        using var rig = new TestRig();
        var request = new CreateVideoRequest("A cat") { Model = "sora-2", Size = "1792x1024", Seconds = "7" };
        var builder = new CreateVideoRequest.Builder("A cat").WithModel("sora-2").WithSize("1792x1024").WithSeconds("7");
        var fromBuilder = Assert.Throws<SoraValidationException>(() => builder.Build());

        var fromClient = await Assert.ThrowsAsync<SoraValidationException>(() => rig.Client.CreateAsync(request));

        Assert.Empty(rig.Handler.Requests);
        Assert.Equal(fromBuilder.Violations, fromClient.Violations);
        Assert.Equal(fromBuilder.Message, fromClient.Message);
        Assert.Contains(fromClient.Violations, v => v.Param == "seconds");
        Assert.Contains(fromClient.Violations, v => v.Param == "size");
    }

    [Fact]
    public async Task ValidationIsNarrowedToTheProvider()
    {
        using var rig = new TestRig(o => o.Provider = SoraProvider.Ezmodel);
        var request = new CreateVideoRequest("A cat") { Model = "sora-2-pro", Size = "1792x1024" };
        var expected = request.Validate(SoraProvider.Ezmodel).Violations;
        Assert.True(request.Validate().IsValid);

        var thrown = await Assert.ThrowsAsync<SoraValidationException>(() => rig.Client.CreateAsync(request));

        Assert.Equal(expected, thrown.Violations);
        Assert.Equal(SoraViolationCodes.UnsupportedByProvider, Assert.Single(thrown.Violations).Code);
        Assert.Empty(rig.Handler.Requests);
    }

    [Fact]
    public async Task AFileForAProviderWithoutMultipartIsAViolation()
    {
        using var rig = new TestRig(o => o.Provider = SoraProvider.Gptge);
        var request = new CreateVideoRequest("Animate it") { InputReference = FileUpload.FromBytes(Images.Png(720, 1280), "a.png") };

        var thrown = await Assert.ThrowsAsync<SoraValidationException>(() => rig.Client.CreateAsync(request));

        var violation = Assert.Single(thrown.Violations);
        Assert.Equal("input_reference", violation.Param);
        Assert.Equal(SoraViolationCodes.UnsupportedByProvider, violation.Code);
        Assert.Contains("gptge", violation.Message);
        Assert.Empty(rig.Handler.Requests);
    }

    [Fact]
    public async Task AnImageOfTheWrongSizeIsRejectedBeforeUpload()
    {
        using var rig = new TestRig();
        var request = new CreateVideoRequest("Animate it") { Size = "1280x720", InputReference = FileUpload.FromBytes(Images.Png(720, 1280), "a.png") };

        var thrown = await Assert.ThrowsAsync<SoraValidationException>(() => rig.Client.CreateAsync(request));

        Assert.Equal(SoraViolationCodes.ImageSizeMismatch, Assert.Single(thrown.Violations).Code);
        Assert.Empty(rig.Handler.Requests);
    }

    [Fact]
    public async Task AnInvalidRemixIsRejectedBeforeSending()
    {
        using var rig = new TestRig();

        var thrown = await Assert.ThrowsAsync<SoraValidationException>(() => rig.Client.RemixAsync("video_1", new RemixVideoRequest("   ")));

        Assert.Contains(thrown.Violations, v => v.Param == "prompt");
        Assert.Empty(rig.Handler.Requests);
    }

    [Fact]
    public async Task GenerateRejectsAnInvalidRequestBeforeCreatingAnything()
    {
        using var rig = new TestRig();
        var path = Path.Combine(Path.GetTempPath(), "sora-" + Guid.NewGuid().ToString("N") + ".mp4");

        await Assert.ThrowsAsync<SoraValidationException>(() => rig.Client.GenerateAsync(new CreateVideoRequest("A cat") { Size = "1x1" }, path));

        Assert.Empty(rig.Handler.Requests);
        Assert.False(File.Exists(path));
    }
}
