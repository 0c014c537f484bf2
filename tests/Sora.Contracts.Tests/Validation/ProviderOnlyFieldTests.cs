using System.Text;
using Sora.Contracts.Http;
using Sora.Contracts.Validation;

namespace Sora.Contracts.Tests.Validation;

/// <summary>Provider-only fields (<c>x-sora-accepted-by</c>): typed, built, sent only when set, refused by the providers that do not take them.</summary>
public sealed class ProviderOnlyFieldTests
{
    private static CreateVideoRequest AllFields() =>
        new CreateVideoRequest.Builder("A lake at sunrise")
            .WithNegativePrompt("blur")
            .WithSeed(42)
            .WithFps(16)
            .WithNumFrames(80)
            .WithGenerateSound(true)
            .Build();

    [Fact]
    public void TheBuilder_SetsEachField_AsItsType()
    {
        var request = AllFields();

        Assert.Equal(("blur", 42L, 16, 80, true), (request.NegativePrompt, request.Seed, request.Fps, request.NumFrames, request.GenerateSound));
    }

    [Fact]
    public void AProviderListedForEveryField_AndNoProvider_AcceptThemAll()
    {
        Assert.True(AllFields().Validate(SoraProvider.Get("vllm-omni")).IsValid);
        Assert.True(AllFields().Validate().IsValid);
    }

    [Fact]
    public void AProviderListedForSomeFields_RefusesOnlyTheOthers_EachWithItsParamCodeAndMessage()
    {
        var violations = AllFields().Validate(SoraProvider.Get("sglang")).Violations;

        Assert.Equal(new[] { "negative_prompt", "seed", "generate_sound" }, violations.Select(v => v.Param));
        Assert.All(violations, v => Assert.Equal(SoraViolationCodes.UnsupportedParameter, v.Code));
        Assert.Equal("seed is not accepted by provider sglang (only by vllm-omni)", violations[1].Message);
    }

    [Fact]
    public void AProviderListedForNone_RefusesEverySetField_AndAcceptsARequestWithoutThem()
    {
        var azure = SoraProvider.Get("azure");

        Assert.Equal(5, AllFields().Validate(azure).Violations.Count);
        Assert.Contains(AllFields().Validate(azure).Violations, v => v.Message == "fps is not accepted by provider azure (only by vllm-omni, sglang)");
        Assert.True(new CreateVideoRequest("A lake at sunrise").Validate(azure).IsValid);
    }

    [Fact]
    public void TheFieldsBounds_StillApply()
    {
        var request = new CreateVideoRequest("A lake") { Fps = 0 };

        Assert.Contains(request.Validate(SoraProvider.Get("sglang")).Violations, v => v is { Param: "fps", Code: SoraViolationCodes.OutOfRange });
    }

    [Fact]
    public async Task JsonAndMultipart_CarryTheSetFields_AndOmitTheUnsetOnes()
    {
        var request = new CreateVideoRequest("A lake") { Seed = 7, GenerateSound = false };

        var json = await SoraHttpContent.CreateJson(request).ReadAsStringAsync();
        var form = await SoraHttpContent.CreateMultipart(request).ReadAsStringAsync();

        Assert.Contains("\"seed\":7", json, StringComparison.Ordinal);
        Assert.Contains("\"generate_sound\":false", json, StringComparison.Ordinal);
        Assert.DoesNotContain("fps", json, StringComparison.Ordinal);
        Assert.Contains("name=\"seed\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("negative_prompt", form, StringComparison.Ordinal);
        Assert.Equal("{\"prompt\":\"A lake\"}", Encoding.UTF8.GetString(await SoraHttpContent.CreateJson(new CreateVideoRequest("A lake")).ReadAsByteArrayAsync()));
    }
}
