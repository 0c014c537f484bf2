namespace Sora.Contracts.CodeFixes.Tests;

/// <summary>
/// SORA001 (a combination not allowed) → "use a pro model": the model is replaced when written, and added (to the
/// builder chain, or to the object initializer, created when there is none) when absent.
/// </summary>
public sealed class Sora001ConditionValueTests
{
    public static TheoryData<string, string, string> Replaced => new()
    {
        // name, before, after
        {
            "builder, string literal",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel("sora-2").WithSize("1792x1024").Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel("sora-2-pro").WithSize("1792x1024").Build();"""
        },
        {
            "builder, known value",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel(VideoModel.Sora2).WithSize(VideoSize.Size1024x1792).Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel("sora-2-pro").WithSize(VideoSize.Size1024x1792).Build();"""
        },
        {
            "builder, const",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel(Sora2).WithSize(Landscape1792).Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithModel("sora-2-pro").WithSize(Landscape1792).Build();"""
        },
        {
            "object initializer, string literal",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Model = "sora-2-2025-10-06", Size = "1792x1024" };""",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Model = "sora-2-pro", Size = "1792x1024" };"""
        },
        {
            "target-typed new, known value",
            """CreateVideoRequest Make() => new("p") { Model = VideoModel.Sora2, Size = Portrait1792 };""",
            """CreateVideoRequest Make() => new("p") { Model = "sora-2-pro", Size = Portrait1792 };"""
        },
        {
            "with, const",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Model = Sora2, Size = VideoSize.Size1792x1024 };""",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Model = "sora-2-pro", Size = VideoSize.Size1792x1024 };"""
        },
        {
            "with, value type created from a constant",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Model = new VideoModel("sora-2"), Size = "1792x1024" };""",
            """CreateVideoRequest Change(CreateVideoRequest request) => request with { Model = "sora-2-pro", Size = "1792x1024" };"""
        },
    };

    public static TheoryData<string, string, string> AddedToBuilder => new()
    {
        {
            "one line",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSize("1792x1024").Build();""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSize("1792x1024").WithModel("sora-2-pro").Build();"""
        },
        {
            "one call per line",
            """
            CreateVideoRequest Make() =>
                new CreateVideoRequest.Builder("p")
                    .WithSize(VideoSize.Size1024x1792)
                    .WithSeconds(8)
                    .Build();
            """,
            """
            CreateVideoRequest Make() =>
                new CreateVideoRequest.Builder("p")
                    .WithSize(VideoSize.Size1024x1792)
                    .WithSeconds(8)
                    .WithModel("sora-2-pro")
                    .Build();
            """
        },
        {
            "Build with a provider argument",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSize(Landscape1792).Build(SoraProvider.Openai);""",
            """CreateVideoRequest Make() => new CreateVideoRequest.Builder("p").WithSize(Landscape1792).WithModel("sora-2-pro").Build(SoraProvider.Openai);"""
        },
        {
            "TryBuild",
            """bool Make() => new CreateVideoRequest.Builder("p").WithSize("1792x1024").TryBuild(out _, out _);""",
            """bool Make() => new CreateVideoRequest.Builder("p").WithSize("1792x1024").WithModel("sora-2-pro").TryBuild(out _, out _);"""
        },
    };

    public static TheoryData<string, string, string> AddedToInitializer => new()
    {
        {
            "one line",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Size = "1792x1024" };""",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Size = "1792x1024", Model = "sora-2-pro" };"""
        },
        {
            "one line, trailing comma",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Size = "1792x1024", };""",
            """CreateVideoRequest Make() => new CreateVideoRequest("p") { Size = "1792x1024", Model = "sora-2-pro", };"""
        },
        {
            "target-typed new",
            """CreateVideoRequest Make() => new("p") { Seconds = 4, Size = Portrait1792 };""",
            """CreateVideoRequest Make() => new("p") { Seconds = 4, Size = Portrait1792, Model = "sora-2-pro" };"""
        },
        {
            "one per line, trailing comma",
            """
            CreateVideoRequest Make() => new CreateVideoRequest("p")
            {
                Seconds = 8,
                Size = VideoSize.Size1792x1024,
            };
            """,
            """
            CreateVideoRequest Make() => new CreateVideoRequest("p")
            {
                Seconds = 8,
                Size = VideoSize.Size1792x1024,
                Model = "sora-2-pro",
            };
            """
        },
        {
            "one per line, no trailing comma",
            """
            CreateVideoRequest Make() => new CreateVideoRequest("p")
            {
                Size = VideoSize.Size1792x1024
            };
            """,
            """
            CreateVideoRequest Make() => new CreateVideoRequest("p")
            {
                Size = VideoSize.Size1792x1024,
                Model = "sora-2-pro"
            };
            """
        },
        {
            "no initializer: one is created",
            """ShotRequest Make() => new ShotRequest("p", "1792x1024");""",
            """ShotRequest Make() => new ShotRequest("p", "1792x1024") { Model = "sora-2-pro" };"""
        },
        {
            "no initializer, target-typed new, followed by a comment",
            """
            ShotRequest Make()
            {
                ShotRequest shot = new("p", Landscape1792); // wide
                return shot;
            }
            """,
            """
            ShotRequest Make()
            {
                ShotRequest shot = new("p", Landscape1792) { Model = "sora-2-pro" }; // wide
                return shot;
            }
            """
        },
        {
            "empty initializer",
            """ShotRequest Make() => new ShotRequest("p", VideoSize.Size1024x1792) { };""",
            """ShotRequest Make() => new ShotRequest("p", VideoSize.Size1024x1792) { Model = "sora-2-pro" };"""
        },
        {
            "no initializer, as an argument",
            """string Make() => Describe(new ShotRequest("p", "1792x1024"));""",
            """string Make() => Describe(new ShotRequest("p", "1792x1024") { Model = "sora-2-pro" });"""
        },
    };

    [Theory]
    [MemberData(nameof(Replaced))]
    public Task Replaces_the_model(string name, string before, string after) => Verify(name, before, after);

    [Theory]
    [MemberData(nameof(AddedToBuilder))]
    public Task Adds_the_model_to_the_builder_chain(string name, string before, string after) => Verify(name, before, after);

    [Theory]
    [MemberData(nameof(AddedToInitializer))]
    public Task Adds_the_model_to_the_object_initializer(string name, string before, string after) => Verify(name, before, after);

    [Fact]
    public async Task Both_fixes_are_offered_with_titles_naming_the_values()
    {
        var document = CodeFixHarness.CreateDocument(Code("""CreateVideoRequest Make() => new CreateVideoRequest("p") { Model = "sora-2", Size = "1024x1792" };"""));
        var diagnostic = Assert.Single(await CodeFixHarness.AnalyzeAsync(document));
        Assert.Equal("SORA001", diagnostic.Id);

        var actions = await CodeFixHarness.ActionsAsync(document, diagnostic);
        Assert.Equal(
            new[] { ("Use model sora-2-pro", SoraFixKeys.UseConditionValue), ("Use size 720x1280", SoraFixKeys.UseAllowedValue) },
            actions.Select(a => (a.Title, a.EquivalenceKey ?? string.Empty)));
    }

    [Fact]
    public async Task With_the_model_absent_in_a_with_expression_only_the_size_fix_is_offered()
    {
        // A with expression keeps the original's model, so the analyzer cannot say where to add one: the rule only
        // applies when the with expression sets the model itself, and then it is replaced.
        var document = CodeFixHarness.CreateDocument(Code("""ShotRequest Change(ShotRequest shot) => shot with { Model = "sora-2", Seconds = 12 };"""));
        var diagnostic = Assert.Single(await CodeFixHarness.AnalyzeAsync(document));
        var actions = await CodeFixHarness.ActionsAsync(document, diagnostic);
        Assert.Equal(new[] { SoraFixKeys.UseConditionValue, SoraFixKeys.UseAllowedValue }, actions.Select(a => a.EquivalenceKey));

        var none = CodeFixHarness.CreateDocument(Code("""CreateVideoRequest Change(CreateVideoRequest request) => request with { Size = "1792x1024" };"""));
        Assert.Empty(await CodeFixHarness.AnalyzeAsync(none));
    }

    private static Task Verify(string name, string before, string after)
    {
        _ = name;
        return CodeFixHarness.VerifyAsync(Code(before), "SORA001", SoraFixKeys.UseConditionValue, Code(after), expectedTitle: "Use model sora-2-pro");
    }

    private static string Code(string member) =>
        Snippet.Code("private static string Describe(ShotRequest shot) => shot.Prompt;\n\npublic static " + member, Snippet.ShotRequest);
}
