namespace Sora.Contracts.CodeFixes.Tests;

/// <summary>SORA004 (not supported by the provider chosen with SoraProvider) → the provider's nearest allowed value.</summary>
public sealed class Sora004ProviderValueTests
{
    // ezmodel renders 720p only; the test ShotRequest follows it and also limits seconds to 4 or 8 there.
    private const string Ezmodel = "ezmodel";

    public static TheoryData<string, string, string> Cases => new()
    {
        // name, before, after
        {
            "builder, const",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel(VideoModel.Sora2Pro).WithSize(Landscape1792).Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel(VideoModel.Sora2Pro).WithSize("1280x720").Build();"""
        },
        {
            "builder, known value, portrait",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSize(VideoSize.Size1024x1792).Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSize("720x1280").Build();"""
        },
        {
            "object initializer, string literal",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Model = "sora-2-pro", Size = "1792x1024" };""",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Model = "sora-2-pro", Size = "1280x720" };"""
        },
        {
            "target-typed new, const, portrait",
            """CreateVideoRequest Make() => new("p") { Model = Sora2, Size = Portrait1792 };""",
            """CreateVideoRequest Make() => new("p") { Model = Sora2, Size = "720x1280" };"""
        },
        {
            "with, known value",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Size = VideoSize.Size1792x1024 };""",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Size = "1280x720" };"""
        },
        {
            "int literal",
            """ShotRequest Make() => new ShotRequest("p", "1280x720") { Model = VideoModel.Sora2Pro, Seconds = 12 };""",
            """ShotRequest Make() => new ShotRequest("p", "1280x720") { Model = VideoModel.Sora2Pro, Seconds = 8 };"""
        },
        {
            "int const, with",
            """ShotRequest Change(ShotRequest shot) => shot with { Seconds = Twelve };""",
            """ShotRequest Change(ShotRequest shot) => shot with { Seconds = 8 };"""
        },
        {
            "known value, target-typed new",
            """ShotRequest Make() => new("p", "1280x720") { Model = "sora-2-pro", Seconds = VideoSeconds.Seconds12 };""",
            """ShotRequest Make() => new("p", "1280x720") { Model = "sora-2-pro", Seconds = "8" };"""
        },
        {
            "constructor argument",
            """ShotRequest Make() => new ShotRequest("p", VideoSize.Size1792x1024) { Model = VideoModel.Sora2Pro };""",
            """ShotRequest Make() => new ShotRequest("p", "1280x720") { Model = VideoModel.Sora2Pro };"""
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Replaces_the_value_with_the_providers_nearest_one(string name, string before, string after)
    {
        _ = name;
        return CodeFixHarness.VerifyAsync(Code(before), "SORA004", SoraFixKeys.UseProviderValue, Code(after), provider: Ezmodel);
    }

    [Fact]
    public Task Model_the_provider_does_not_offer() =>
        // azure offers sora-2 only. It is a retired profile, so its SORA007 (about the project, not the request) stays.
        CodeFixHarness.VerifyAsync(
            Code("""CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel("sora-2-pro").WithSize("1280x720").Build();"""),
            "SORA004",
            SoraFixKeys.UseProviderValue,
            Code("""CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel("sora-2").WithSize("1280x720").Build();"""),
            expectedTitle: "Use model sora-2",
            provider: "azure",
            expectedLeft: ["SORA007"]);

    [Fact]
    public Task Provider_named_in_code() =>
        // No SoraProvider property: the provider passed to Build is the one the value is fixed for.
        CodeFixHarness.VerifyAsync(
            Code("""CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel(VideoModel.Sora2Pro).WithSize(Landscape1792).Build(SoraProvider.Ezmodel);"""),
            "SORA004",
            SoraFixKeys.UseProviderValue,
            Code("""CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel(VideoModel.Sora2Pro).WithSize("1280x720").Build(SoraProvider.Ezmodel);"""),
            expectedTitle: "Use size 1280x720");

    [Fact]
    public async Task No_SORA004_and_so_no_fix_without_a_provider()
    {
        var document = CodeFixHarness.CreateDocument(Code("""CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel(VideoModel.Sora2Pro).WithSize(Landscape1792).Build();"""));
        Assert.Empty(await CodeFixHarness.AnalyzeAsync(document));
    }

    private static string Code(string member) =>
        Snippet.Code("private const int Twelve = 12;\n\npublic static " + member, Snippet.ShotRequest);
}
