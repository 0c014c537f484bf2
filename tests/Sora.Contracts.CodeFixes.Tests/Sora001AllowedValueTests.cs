namespace Sora.Contracts.CodeFixes.Tests;

/// <summary>SORA001 (a combination not allowed) → "use the allowed size with the same orientation".</summary>
public sealed class Sora001AllowedValueTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        // name, before, after
        {
            "builder, string literal, landscape",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel("sora-2").WithSize("1792x1024").Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel("sora-2").WithSize("1280x720").Build();"""
        },
        {
            "builder, known value, portrait",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel(VideoModel.Sora2).WithSize(VideoSize.Size1024x1792).Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel(VideoModel.Sora2).WithSize("720x1280").Build();"""
        },
        {
            "builder, const, model absent",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSize(Landscape1792).Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSize("1280x720").Build();"""
        },
        {
            "builder, value type created from a constant",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSize(new VideoSize("1024x1792")).Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSize("720x1280").Build();"""
        },
        {
            "object initializer, const, portrait",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Model = "sora-2", Size = Portrait1792 };""",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Model = "sora-2", Size = "720x1280" };"""
        },
        {
            "object initializer, string literal, model absent",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Size = "1792x1024" };""",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Size = "1280x720" };"""
        },
        {
            "target-typed new, known value",
            """CreateVideoRequest Make() => new("p") { Size = VideoSize.Size1792x1024 };""",
            """CreateVideoRequest Make() => new("p") { Size = "1280x720" };"""
        },
        {
            "with, string literal, portrait",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Model = Sora2, Size = "1024x1792" };""",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Model = Sora2, Size = "720x1280" };"""
        },
        {
            "with, known value",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Model = VideoModel.Sora220251208, Size = VideoSize.Size1792x1024 };""",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Model = VideoModel.Sora220251208, Size = "1280x720" };"""
        },
        {
            "with on a fresh creation, model absent",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") with { Size = "1792x1024" };""",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") with { Size = "1280x720" };"""
        },
        {
            "constructor argument",
            """ShotRequest Make() => new ShotRequest("p", "1792x1024");""",
            """ShotRequest Make() => new ShotRequest("p", "1280x720");"""
        },
        {
            "int literal (seconds rule)",
            """ShotRequest Make() => new ShotRequest("p", "1280x720") { Seconds = 12 };""",
            """ShotRequest Make() => new ShotRequest("p", "1280x720") { Seconds = 8 };"""
        },
        {
            "int const (seconds rule), target-typed new",
            """ShotRequest Make() => new("p", "1280x720") { Model = Sora2, Seconds = Twelve };""",
            """ShotRequest Make() => new("p", "1280x720") { Model = Sora2, Seconds = 8 };"""
        },
        {
            "known value (seconds rule), with",
            """ShotRequest Change(ShotRequest shot) => shot with { Model = "sora-2", Seconds = VideoSeconds.Seconds12 };""",
            """ShotRequest Change(ShotRequest shot) => shot with { Model = "sora-2", Seconds = "8" };"""
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Replaces_the_value_with_the_allowed_one(string name, string before, string after)
    {
        _ = name;
        return CodeFixHarness.VerifyAsync(Code(before), "SORA001", SoraFixKeys.UseAllowedValue, Code(after));
    }

    [Theory]
    [InlineData("1792x1024", "1280x720")]
    [InlineData("1024x1792", "720x1280")]
    public Task Keeps_the_orientation_and_names_the_value_in_the_title(string size, string allowed) =>
        CodeFixHarness.VerifyAsync(
            Code($$"""CreateVideoRequest Make() => new CreateVideoRequest("p") { Size = "{{size}}" };"""),
            "SORA001",
            SoraFixKeys.UseAllowedValue,
            Code($$"""CreateVideoRequest Make() => new CreateVideoRequest("p") { Size = "{{allowed}}" };"""),
            expectedTitle: $"Use size {allowed}");

    private static string Code(string member) =>
        Snippet.Code("private const int Twelve = 12;\n\npublic static " + member, ShotRequestType);

    private const string ShotRequestType = Snippet.ShotRequest;
}
