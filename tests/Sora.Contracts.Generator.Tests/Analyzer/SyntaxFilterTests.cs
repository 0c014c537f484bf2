using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// The analyzer binds only the nodes whose syntax may name a request or its builder (issue 11, point 4). A request
/// written any other way C# allows (an alias, a global alias from another file, a fully qualified or
/// <c>global::</c> name, <c>using static</c>, a target-typed <c>new</c> wherever its target is, a parenthesized or
/// longer chain) is still judged; a user type that only shares the simple name is bound and then left alone.
/// </summary>
public sealed class SyntaxFilterTests
{
    private const string Invalid = """Model = "sora-2", Size = {|SORA001:"1792x1024"|}""";

    private const string InvalidChain = """.WithModel("sora-2").WithSize({|SORA001:"1792x1024"|})""";

    private static string Method(string usings, string body) => usings + "\n" + InClass($$"""
            public static object M(CreateVideoRequest request)
            {
                {{body}}
            }
        """);

    [Fact]
    public Task AnAliasOfTheRequest_IsJudged() =>
        VerifyAsync(Method(
            "using R = Sora.Contracts.CreateVideoRequest;",
            $$"""return new R("A cat") { {{Invalid}} };"""));

    [Fact]
    public Task AnAliasOfTheBuilder_IsJudged() =>
        VerifyAsync(Method(
            "using B = Sora.Contracts.CreateVideoRequest.Builder;",
            $$"""return new B("A cat"){{InvalidChain}}.Build();"""));

    [Fact]
    public Task TheBuilderUnderAnAliasOfTheRequest_IsJudged() =>
        VerifyAsync(Method(
            "using R = Sora.Contracts.CreateVideoRequest;",
            $$"""return new R.Builder("A cat"){{InvalidChain}}.Build();"""));

    [Fact]
    public Task AnAliasDeclaredInsideANamespace_IsJudged() =>
        VerifyAsync(Usings + """
            namespace Consumer
            {
                using Request = Sora.Contracts.CreateVideoRequest;

                internal static class C
                {
                    public static Request M() => new Request("A cat") { Model = "sora-2", Size = {|SORA001:"1792x1024"|} };
                }
            }
            """);

    [Fact]
    public async Task AGlobalAliasFromAnotherFile_IsJudged()
    {
        var test = Test(InClass($$"""public static object M() => new GlobalRequest("A cat") { {{Invalid}} };"""));
        test.TestState.Sources.Add(("/src/Consumer/Usings.cs", "global using GlobalRequest = Sora.Contracts.CreateVideoRequest;\n"));

        await RunAsync(test);
    }

    [Fact]
    public Task AFullyQualifiedRequest_IsJudged() =>
        VerifyAsync(Method(string.Empty, $$"""return new Sora.Contracts.CreateVideoRequest("A cat") { {{Invalid}} };"""));

    [Fact]
    public Task AGlobalQualifiedBuilder_IsJudged() =>
        VerifyAsync(Method(string.Empty, $$"""return new global::Sora.Contracts.CreateVideoRequest.Builder("A cat"){{InvalidChain}}.Build();"""));

    [Fact]
    public Task TheBareBuilderNameUnderUsingStatic_IsJudged() =>
        VerifyAsync(Method(
            "using static Sora.Contracts.CreateVideoRequest;",
            $$"""return new Builder("A cat"){{InvalidChain}}.Build();"""));

    [Fact]
    public Task AParenthesizedBuilderCreation_IsJudgedFromItsChain() =>
        VerifyAsync(Method(string.Empty, $$"""return (new CreateVideoRequest.Builder("A cat")){{InvalidChain}}.Build();"""));

    [Fact]
    public Task AChainThatGoesOnAfterBuild_IsJudged() =>
        VerifyAsync(Method(string.Empty, $$"""return new CreateVideoRequest.Builder("A cat"){{InvalidChain}}.Build().ToString();"""));

    [Fact]
    public Task ABuilderThatNothingIsCalledOn_IsJudgedAtItsCreation() =>
        VerifyAsync(Method(string.Empty, """return new CreateVideoRequest.Builder({|SORA005:""|});"""));

    [Fact]
    public Task ATargetTypedNewAsAnArgument_IsJudged() =>
        VerifyAsync(InClass($$"""
                private static object Take(CreateVideoRequest request) => request;

                public static object M() => Take(new("A cat") { {{Invalid}} });
            """));

    [Fact]
    public Task ATargetTypedNewReturned_IsJudged() =>
        VerifyAsync(InClass($$"""public static CreateVideoRequest M() => new("A cat") { {{Invalid}} };"""));

    [Fact]
    public Task ATargetTypedNewInAFieldAndAPropertyOfANullableRequest_IsJudged() =>
        VerifyAsync(InClass($$"""
                private static readonly CreateVideoRequest? Field = new("A cat") { {{Invalid}} };

                public static Sora.Contracts.CreateVideoRequest Property { get; } = new("A cat") { {{Invalid}} };
            """));

    [Fact]
    public Task ATargetTypedBuilder_IsJudged() =>
        VerifyAsync(InClass("""public static CreateVideoRequest.Builder M() { CreateVideoRequest.Builder builder = new({|SORA005:""|}); return builder; }"""));

    [Fact]
    public Task AWithOverAnAliasedCreation_IsJudged() =>
        VerifyAsync(Method(
            "using R = Sora.Contracts.CreateVideoRequest;",
            """return new R("A cat") with { Size = {|SORA001:"1792x1024"|} };"""));

    [Fact]
    public Task AUserTypeWithTheSameSimpleNamesInAnotherNamespace_GetsNoDiagnostic() =>
        VerifyAsync("""
            namespace Other
            {
                public sealed record CreateVideoRequest(string Prompt)
                {
                    public string? Model { get; init; }
                    public string? Size { get; init; }

                    public sealed class Builder
                    {
                        public Builder(string prompt) { }
                        public Builder WithModel(string model) => this;
                        public Builder WithSize(string size) => this;
                        public CreateVideoRequest Build() => new("");
                    }
                }
            }

            namespace Consumer
            {
                using Other;

                internal static class C
                {
                    public static object[] M(CreateVideoRequest request)
                    {
                        CreateVideoRequest typed = new("") { Model = "sora-2", Size = "1792x1024" };
                        return new object[]
                        {
                            new CreateVideoRequest("") { Model = "sora-2", Size = "1920x1080" },
                            new Other.CreateVideoRequest.Builder("").WithModel("sora-2").WithSize("1792x1024").Build(),
                            new CreateVideoRequest.Builder(""),
                            request with { Model = "sora-2", Size = "1792x1024" },
                            typed with { Size = "1920x1080" },
                        };
                    }
                }
            }
            """);
}
