using Sora.Contracts.Validation;

namespace Sora.Contracts.Tests.Validation;

/// <summary>
/// A profile that widens a property by a pattern (vLLM-Omni, SGLang): any value matching it is valid for that provider,
/// others stay refused, the other profiles keep their lists, and the spec's if/then rule does not judge that provider.
/// The values are vLLM-Omni's (protocol/videos.py: size ^\d+x\d+$, seconds ^[1-9]\d*$, model the one it serves).
/// </summary>
public sealed class ProviderPatternValidationTests
{
    private static readonly SoraProvider VllmOmni = SoraProvider.Get("vllm-omni");

    private static CreateVideoRequest Request(string? model = null, string? size = null, string? seconds = null)
    {
        var request = new CreateVideoRequest("A lake at sunrise");
        request = model is null ? request : request with { Model = model };
        request = size is null ? request : request with { Size = size };
        return seconds is null ? request : request with { Seconds = seconds };
    }

    [Fact]
    public void AVllmOmniRequest_WithItsOwnModelSizeAndSeconds_IsValidForVllmOmni()
    {
        var request = Request("Wan-AI/Wan2.2-T2V-A14B", "832x480", "5");

        Assert.True(request.Validate(VllmOmni).IsValid, string.Join("; ", request.Validate(VllmOmni).Violations));
    }

    [Fact]
    public void TheSameRequest_IsRefusedWithoutAProvider_AndByAProfileThatLists()
    {
        var request = Request("Wan-AI/Wan2.2-T2V-A14B", "832x480", "5");

        Assert.Equal(new[] { "size", "seconds" }, request.Validate().Violations.Select(v => v.Param));
        var ezmodel = request.Validate(SoraProvider.Get("ezmodel")).Violations;
        Assert.Contains(ezmodel, v => v.Param == "size" && v.Code == SoraViolationCodes.InvalidValue && v.Message == "size must be 720x1280 or 1280x720 with provider ezmodel");
    }

    [Theory]
    [InlineData("size", "832 x 480")]
    [InlineData("size", "832x480\n")]
    [InlineData("seconds", "0")]
    [InlineData("seconds", "5.5")]
    public void AValueOutsideThePattern_IsRefusedForVllmOmni_WithThePatternAndTheProviderInItsMessage(string param, string value)
    {
        var request = param == "size" ? Request(size: value) : Request(seconds: value);

        var violation = Assert.Single(request.Validate(VllmOmni).Violations);

        Assert.Equal((param, SoraViolationCodes.InvalidValue), (violation.Param, violation.Code));
        Assert.Equal($"{param} must match the pattern {VllmOmni.GetAllowedPattern("CreateVideoRequest", param)} with provider vllm-omni", violation.Message);
    }

    [Fact]
    public void AnEmptyModel_IsRefusedForVllmOmni()
    {
        Assert.Contains(Request(model: string.Empty).Validate(VllmOmni).Violations, v => v.Param == "model");
    }

    [Fact]
    public void TheProRule_DoesNotJudgeAProviderThatWidensASizeByAPattern_ButStillJudgesTheOthers()
    {
        var request = Request("sora-2", "1792x1024");

        Assert.True(request.Validate(VllmOmni).IsValid);
        Assert.Contains(request.Validate().Violations, v => v.Param == "size" && v.Code == SoraViolationCodes.InvalidCombination);
        Assert.Contains(request.Validate(SoraProvider.Get("gptge")).Violations, v => v.Param == "size" && v.Code == SoraViolationCodes.InvalidCombination);
    }

    [Fact]
    public void SglangTakesAnyWholeSeconds_IncludingZero_WhichVllmOmniRefuses()
    {
        var request = Request(size: "832x480", seconds: "0");

        Assert.True(request.Validate(SoraProvider.Get("sglang")).IsValid);
        Assert.False(request.Validate(VllmOmni).IsValid);
    }

    [Fact]
    public void AProfileWithAPattern_ListsNoValues_AndAProfileWithAList_HasNoPattern()
    {
        Assert.Null(VllmOmni.GetAllowedValues("CreateVideoRequest", "size"));
        Assert.Equal("^[0-9]+x[0-9]+$", VllmOmni.GetAllowedPattern("CreateVideoRequest", "size"));
        Assert.Null(SoraProvider.Get("ezmodel").GetAllowedPattern("CreateVideoRequest", "size"));
        Assert.Null(VllmOmni.GetAllowedPattern("CreateVideoRequest", "prompt"));
    }
}
