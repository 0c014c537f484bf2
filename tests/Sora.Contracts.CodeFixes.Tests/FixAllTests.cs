namespace Sora.Contracts.CodeFixes.Tests;

/// <summary>
/// Several diagnostics in one file: the harness fixes them one at a time and by Fix All in document, project and solution
/// scope (the provider's batch fixer), and each way must give the same text.
/// </summary>
public sealed class FixAllTests
{
    [Fact]
    public async Task Fix_all_in_document_replaces_every_SORA002_value()
    {
        var before = Snippet.Code("""
            public static CreateVideoRequest Builder() => new CreateVideoRequest.Builder("a").WithSeconds(5).Build();

            public static CreateVideoRequest Initializer() => new CreateVideoRequest("b") { Seconds = "7" };

            public static CreateVideoRequest TargetTyped() => new("c") { Seconds = FiveSeconds, Size = "1080x1920", Model = "sora-2-pro" };

            public static CreateVideoRequest With(CreateVideoRequest request) => request with { Seconds = 13 };

            public static CreateVideoRequest NotThisRule() => new CreateVideoRequest("d") { Size = "1792x1024" };
            """);
        var after = Snippet.Code("""
            public static CreateVideoRequest Builder() => new CreateVideoRequest.Builder("a").WithSeconds(4).Build();

            public static CreateVideoRequest Initializer() => new CreateVideoRequest("b") { Seconds = "8" };

            public static CreateVideoRequest TargetTyped() => new("c") { Seconds = 4, Size = "1024x1792", Model = "sora-2-pro" };

            public static CreateVideoRequest With(CreateVideoRequest request) => request with { Seconds = 12 };

            public static CreateVideoRequest NotThisRule() => new CreateVideoRequest("d") { Size = "1792x1024" };
            """);

        // NotThisRule keeps its SORA001: this key fixes the SORA002 values only.
        await CodeFixHarness.VerifyAsync(before, "SORA002", SoraFixKeys.UseNearestValue, after, count: 5, expectedLeft: "SORA001");
    }

    [Fact]
    public async Task Fix_all_in_document_adds_a_pro_model_at_every_SORA001_site()
    {
        var before = Snippet.Code("""
            public static CreateVideoRequest Builder() => new CreateVideoRequest.Builder("a").WithSize("1792x1024").Build();

            public static CreateVideoRequest Initializer() => new CreateVideoRequest("b") { Size = Portrait1792 };

            public static CreateVideoRequest Written() => new("c") { Model = VideoModel.Sora2, Size = VideoSize.Size1792x1024 };
            """);
        var after = Snippet.Code("""
            public static CreateVideoRequest Builder() => new CreateVideoRequest.Builder("a").WithSize("1792x1024").WithModel("sora-2-pro").Build();

            public static CreateVideoRequest Initializer() => new CreateVideoRequest("b") { Size = Portrait1792, Model = "sora-2-pro" };

            public static CreateVideoRequest Written() => new("c") { Model = "sora-2-pro", Size = VideoSize.Size1792x1024 };
            """);

        await CodeFixHarness.VerifyAsync(before, "SORA001", SoraFixKeys.UseConditionValue, after, count: 3);
    }

    [Fact]
    public async Task Fix_all_applies_only_the_chosen_kind_of_fix()
    {
        var before = Snippet.Code("""
            public static CreateVideoRequest A() => new CreateVideoRequest("a") { Model = "sora-2", Size = "1792x1024" };

            public static CreateVideoRequest B() => new CreateVideoRequest("b") { Size = "1024x1792" };
            """);
        var after = Snippet.Code("""
            public static CreateVideoRequest A() => new CreateVideoRequest("a") { Model = "sora-2", Size = "1280x720" };

            public static CreateVideoRequest B() => new CreateVideoRequest("b") { Size = "720x1280" };
            """);

        await CodeFixHarness.VerifyAsync(before, "SORA001", SoraFixKeys.UseAllowedValue, after, count: 2);
    }

    [Fact]
    public async Task Two_rules_at_one_site_get_one_model()
    {
        // Both of ShotRequest's rules apply when the model is absent: two SORA001 diagnostics, one insertion.
        var before = Snippet.Code("public static ShotRequest Make() => new ShotRequest(\"p\", \"1792x1024\") { Seconds = 12 };", Snippet.ShotRequest);
        var after = Snippet.Code("public static ShotRequest Make() => new ShotRequest(\"p\", \"1792x1024\") { Seconds = 12, Model = \"sora-2-pro\" };", Snippet.ShotRequest);

        await CodeFixHarness.VerifyAsync(before, "SORA001", SoraFixKeys.UseConditionValue, after, count: 2);
    }
}
