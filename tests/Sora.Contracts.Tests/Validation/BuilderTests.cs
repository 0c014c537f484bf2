using Sora.Contracts.Tests.Images;
using Sora.Contracts.Validation;

namespace Sora.Contracts.Tests.Validation;

public sealed class BuilderTests
{
    [Fact]
    public void Build_ReturnsTheRequestWithEveryValueSet()
    {
        FileUpload image = FileUpload.FromBytes(TestImages.Get("jpeg-baseline-1280x720").Bytes, "reference_image.jpg");

        CreateVideoRequest request = new CreateVideoRequest.Builder("The cat starts walking slowly towards the camera")
            .WithModel("sora-2")
            .WithSize("1280x720")
            .WithSeconds(8)
            .WithInputReference(image)
            .Build();

        Assert.Equal("The cat starts walking slowly towards the camera", request.Prompt);
        Assert.Equal(VideoModel.Sora2, request.Model);
        Assert.Equal(VideoSize.Size1280x720, request.Size);
        Assert.Equal(VideoSeconds.Seconds8, request.Seconds);
        Assert.Same(image, request.InputReference?.File);
    }

    [Fact]
    public void Build_LeavesUnsetValuesAbsentSoTheServerDefaultsApply()
    {
        CreateVideoRequest request = new CreateVideoRequest.Builder("A cat").Build();

        Assert.Null(request.Model);
        Assert.Null(request.Size);
        Assert.Null(request.Seconds);
        Assert.Null(request.InputReference);
        Assert.Equal("sora-2", CreateVideoRequest.DefaultModel.Value);
        Assert.Equal("720x1280", CreateVideoRequest.DefaultSize.Value);
        Assert.Equal("4", CreateVideoRequest.DefaultSeconds.Value);
    }

    [Fact]
    public void Build_ThrowsAValidationExceptionListingEveryViolation()
    {
        CreateVideoRequest.Builder builder = new CreateVideoRequest.Builder("   ")
            .WithModel("sora-2")
            .WithSize("1792x1024")
            .WithSeconds("5");

        SoraValidationException exception = Assert.Throws<SoraValidationException>(() => builder.Build());

        Assert.Equal(
            "prompt:invalid_format, seconds:invalid_value, size:invalid_combination",
            ValidatorTableTests.Describe(exception.Violations.Select(v => (v.Param, v.Code))));
        Assert.All(exception.Violations, v => Assert.Contains(v.Message, exception.Message, StringComparison.Ordinal));
        Assert.Contains("CreateVideoRequest", exception.Message, StringComparison.Ordinal);
        Assert.Contains("3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_ReturnsFalseWithEveryViolationAndNoRequest()
    {
        bool built = new CreateVideoRequest.Builder("")
            .WithSize("abc")
            .WithSeconds("four")
            .TryBuild(out CreateVideoRequest? request, out SoraValidationResult result);

        Assert.False(built);
        Assert.Null(request);
        Assert.False(result.IsValid);
        Assert.Contains(result.Violations, v => v is { Param: "prompt", Code: SoraViolationCodes.TooShort });
        Assert.Contains(result.Violations, v => v is { Param: "size", Code: SoraViolationCodes.InvalidValue });
        Assert.Contains(result.Violations, v => v is { Param: "seconds", Code: SoraViolationCodes.InvalidValue });
    }

    [Fact]
    public void TryBuild_ReturnsTrueWithTheRequestWhenValid()
    {
        bool built = new CreateVideoRequest.Builder("A cat").WithModel("sora-2-pro").WithSize("1024x1792").WithSeconds(12)
            .TryBuild(out CreateVideoRequest? request, out SoraValidationResult result);

        Assert.True(built);
        Assert.NotNull(request);
        Assert.True(result.IsValid);
        Assert.Equal(VideoSize.Size1024x1792, request.Size);
    }

    [Fact]
    public void Build_WithAProviderAppliesThatProfile()
    {
        CreateVideoRequest.Builder builder = new CreateVideoRequest.Builder("A cat").WithModel("sora-2-pro").WithSize("1792x1024");

        CreateVideoRequest request = builder.Build();
        Assert.Equal(VideoSize.Size1792x1024, request.Size);

        SoraValidationException ezmodel = Assert.Throws<SoraValidationException>(() => builder.Build(SoraProvider.Ezmodel));
        SoraViolation violation = Assert.Single(ezmodel.Violations);
        Assert.Equal(new SoraViolation("size", SoraViolationCodes.UnsupportedByProvider, "size must be 720x1280 or 1280x720 with provider ezmodel"), violation);

        SoraValidationException azure = Assert.Throws<SoraValidationException>(() => builder.Build(SoraProvider.Azure));
        Assert.Equal("model:unsupported_by_provider, size:unsupported_by_provider", ValidatorTableTests.Describe(azure.Violations.Select(v => (v.Param, v.Code))));

        Assert.Equal(VideoModel.Sora2Pro, builder.Build(SoraProvider.Gptge).Model);
    }

    [Fact]
    public void TryBuild_WithUnigatewayAdmitsFiveSecondsThatTheBaseContractRejects()
    {
        CreateVideoRequest.Builder builder = new CreateVideoRequest.Builder("A cinematic aerial shot of a coastline at golden hour.")
            .WithModel("sora-2").WithSize("1280x720").WithSeconds(5);

        Assert.True(builder.TryBuild(out CreateVideoRequest? request, out _, SoraProvider.Unigateway));
        Assert.Equal("5", request.Seconds?.Value);
        Assert.False(builder.TryBuild(out CreateVideoRequest? rejected, out SoraValidationResult result));
        Assert.Null(rejected);
        Assert.Equal(("seconds", SoraViolationCodes.InvalidValue), (result.Violations[0].Param, result.Violations[0].Code));
    }

    [Fact]
    public void Builder_RejectsANullPrompt()
    {
        Assert.Throws<ArgumentNullException>(() => new CreateVideoRequest.Builder(null!));
    }

    [Fact]
    public void RemixBuilder_BuildsAndRejectsLikeTheCreateBuilder()
    {
        Assert.Equal("Make it night", new RemixVideoRequest.Builder("Make it night").Build().Prompt);

        SoraValidationException exception = Assert.Throws<SoraValidationException>(() => new RemixVideoRequest.Builder("\t").Build());
        Assert.Equal(SoraViolationCodes.InvalidFormat, Assert.Single(exception.Violations).Code);
        Assert.False(new RemixVideoRequest.Builder(string.Empty).TryBuild(out RemixVideoRequest? remix, out _));
        Assert.Null(remix);
    }

    [Fact]
    public void ValidationException_SaysHowManyRulesAreBroken()
    {
        var one = new SoraValidationException("CreateVideoRequest", [new SoraViolation("size", "invalid_value", "size must be 720x1280")]);

        Assert.Equal("CreateVideoRequest breaks 1 rule: size must be 720x1280", one.Message);
        Assert.Equal("CreateVideoRequest", one.Subject);
    }
}
