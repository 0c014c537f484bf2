namespace Sora.Contracts.CodeFixes.Tests;

/// <summary>SORA009 (a provider-only field the provider chosen with SoraProvider does not take) → the field is removed.</summary>
public sealed class Sora009RemoveFieldTests
{
    // sglang takes fps and num_frames, not seed, negative_prompt or generate_sound (spec/README.md).
    private const string Sglang = "sglang";

    public static TheoryData<string, string, string> Cases => new()
    {
        // name, before, after
        {
            "builder, in the middle of the chain",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSeed(42).WithFps(16).Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithFps(16).Build();"""
        },
        {
            "builder, not yet built",
            """CreateVideoRequest.Builder Make() => new CreateVideoRequest.Builder("p").WithSize("1280x720").WithGenerateSound(true);""",
            """CreateVideoRequest.Builder Make() => new CreateVideoRequest.Builder("p").WithSize("1280x720");"""
        },
        {
            "builder, a variable that cannot be null",
            """CreateVideoRequest Make(long seed) => new CreateVideoRequest.Builder("p").WithSeed(seed).Build();""",
            """CreateVideoRequest Make(long seed) => new CreateVideoRequest.Builder("p").Build();"""
        },
        {
            "object initializer, first of two",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { NegativePrompt = "blur", Size = "1280x720" };""",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Size = "1280x720" };"""
        },
        {
            "object initializer, last of two",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Fps = 16, Seed = 7 };""",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Fps = 16 };"""
        },
        {
            "target-typed new, the only one",
            """CreateVideoRequest Make() => new("p") { GenerateSound = false };""",
            """CreateVideoRequest Make() => new("p") { };"""
        },
        {
            "with",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Seed = 1, NumFrames = 80 };""",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { NumFrames = 80 };"""
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Removes_the_field_the_provider_does_not_take(string name, string before, string after)
    {
        _ = name;
        return CodeFixHarness.VerifyAsync(Code(before), "SORA009", SoraFixKeys.RemoveField, Code(after), provider: Sglang);
    }

    [Fact]
    public Task Multiline_initializer_keeps_its_layout() =>
        CodeFixHarness.VerifyAsync(
            Code("""
                CreateVideoRequest Make() => new CreateVideoRequest("p")
                {
                    Seed = 7,
                    Fps = 16,
                };
                """),
            "SORA009",
            SoraFixKeys.RemoveField,
            Code("""
                CreateVideoRequest Make() => new CreateVideoRequest("p")
                {
                    Fps = 16,
                };
                """),
            expectedTitle: "Remove seed",
            provider: Sglang);

    [Fact]
    public Task Fix_all_removes_every_field_the_provider_does_not_take() =>
        CodeFixHarness.VerifyAsync(
            Snippet.Code("""
                public static CreateVideoRequest Builder() => new CreateVideoRequest.Builder("p").WithFps(16).WithNumFrames(80).Build();

                public static CreateVideoRequest Initializer() => new CreateVideoRequest("p") { Fps = 16, Size = "1280x720" };
                """),
            "SORA009",
            SoraFixKeys.RemoveField,
            Snippet.Code("""
                public static CreateVideoRequest Builder() => new CreateVideoRequest.Builder("p").Build();

                public static CreateVideoRequest Initializer() => new CreateVideoRequest("p") { Size = "1280x720" };
                """),
            provider: "gptge",
            count: 3);

    private static string Code(string member) => Snippet.Code("public static " + member);
}
