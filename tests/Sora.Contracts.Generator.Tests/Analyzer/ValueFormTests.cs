using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// Every way a value can be written, crossed with every construction form: what the compiler knows (literals, const
/// fields and locals, generated known values, <c>new VideoX("...")</c>, constant interpolated strings, implicit and
/// explicit conversions, constant expressions) is judged; what it cannot know (a parameter, a static readonly field, a
/// variable, the environment) never gives a diagnostic.
/// </summary>
public sealed class ValueFormTests
{
    /// <summary>One way of writing a value: class members, method locals, the expression, and whether it is knowable.</summary>
    private sealed record ValueForm(string Expression, string Fields = "", string Locals = "", bool Knowable = true);

    // 1792x1024 written every way. With the model absent (sora-2) each knowable one is SORA001.
    private static readonly Dictionary<string, ValueForm> Sizes = new()
    {
        ["string literal"] = new("\"1792x1024\""),
        ["const field"] = new("Landscape", Fields: "private const string Landscape = \"1792x1024\";"),
        ["const local"] = new("landscape", Locals: "const string landscape = \"1792x1024\";"),
        ["generated known value"] = new("VideoSize.Size1792x1024"),
        ["fully qualified known value"] = new("global::Sora.Contracts.VideoSize.Size1792x1024"),
        ["new VideoSize(const)"] = new("new VideoSize(\"1792x1024\")"),
        ["new VideoSize(const field)"] = new("new VideoSize(Landscape)", Fields: "private const string Landscape = \"1792x1024\";"),
        ["constant interpolated string"] = new("$\"{W}x{H}\"", Fields: "private const string W = \"1792\", H = \"1024\";"),
        ["constant concatenation"] = new("\"1792\" + \"x\" + \"1024\""),
        ["explicit cast of the implicit conversion"] = new("(VideoSize)\"1792x1024\""),
        ["verbatim literal"] = new("@\"1792x1024\""),
        ["raw literal"] = new("\"\"\"1792x1024\"\"\""),
        ["parameter"] = new("p", Knowable: false),
        ["static readonly field"] = new("Configured", Fields: "private static readonly string Configured = \"1792x1024\";", Knowable: false),
        ["static mutable field"] = new("Current", Fields: "private static string Current = \"1792x1024\";", Knowable: false),
        ["static property"] = new("Configured", Fields: "private static string Configured => \"1792x1024\";", Knowable: false),
        ["variable"] = new("size", Locals: "var size = \"1792x1024\";", Knowable: false),
        ["VideoSize variable"] = new("size", Locals: "VideoSize size = \"1792x1024\";", Knowable: false),
        ["environment variable"] = new("Environment.GetEnvironmentVariable(\"SORA_SIZE\") ?? \"1280x720\"", Knowable: false),
        ["interpolation of a parameter"] = new("$\"{p}x1024\"", Knowable: false),
        ["new VideoSize(parameter)"] = new("new VideoSize(p)", Knowable: false),
    };

    // seconds 5 written every way: SORA002 when knowable.
    private static readonly Dictionary<string, ValueForm> Seconds = new()
    {
        ["int literal"] = new("5"),
        ["string literal"] = new("\"5\""),
        ["const int field"] = new("Five", Fields: "private const int Five = 5;"),
        ["const string field"] = new("Five", Fields: "private const string Five = \"5\";"),
        ["const local"] = new("five", Locals: "const int five = 5;"),
        ["constant expression"] = new("2 + 3"),
        ["new VideoSeconds(const)"] = new("new VideoSeconds(\"5\")"),
        ["explicit cast of the int conversion"] = new("(VideoSeconds)5"),
        ["constant interpolated string"] = new("$\"{Five}\"", Fields: "private const string Five = \"5\";"),
        ["int parameter"] = new("n", Knowable: false),
        ["string parameter"] = new("p", Knowable: false),
        ["static readonly field"] = new("Five", Fields: "private static readonly int Five = 5;", Knowable: false),
        ["parsed configuration"] = new("int.Parse(Environment.GetEnvironmentVariable(\"SORA_SECONDS\") ?? \"4\")", Knowable: false),
        ["variable"] = new("five", Locals: "var five = 5;", Knowable: false),
    };

    // A blank prompt written every way: SORA005 when knowable.
    private static readonly Dictionary<string, ValueForm> Prompts = new()
    {
        ["empty literal"] = new("\"\""),
        ["whitespace literal"] = new("\"  \""),
        ["escaped whitespace"] = new("\"\\t\\r\\n\""),
        ["const field"] = new("Blank", Fields: "private const string Blank = \" \";"),
        ["const local"] = new("blank", Locals: "const string blank = \"\";"),
        ["constant interpolated string"] = new("$\"{Blank}{Blank}\"", Fields: "private const string Blank = \" \";"),
        ["empty interpolated string"] = new("$\"\""),
        ["string.Empty (a static readonly field)"] = new("string.Empty", Knowable: false),
        ["parameter"] = new("p", Knowable: false),
        ["variable"] = new("blank", Locals: "var blank = \"\";", Knowable: false),
    };

    // An unknown model written every way: SORA003 when knowable.
    private static readonly Dictionary<string, ValueForm> Models = new()
    {
        ["string literal"] = new("\"sora-3-ultra\""),
        ["const field"] = new("Next", Fields: "private const string Next = \"sora-3-ultra\";"),
        ["const local"] = new("next", Locals: "const string next = \"sora-3-ultra\";"),
        ["new VideoModel(const)"] = new("new VideoModel(\"sora-3-ultra\")"),
        ["constant interpolated string"] = new("$\"sora-{Version}\"", Fields: "private const string Version = \"3-ultra\";"),
        ["explicit cast"] = new("(VideoModel)\"sora-3-ultra\""),
        ["parameter"] = new("p", Knowable: false),
        ["static readonly field"] = new("Next", Fields: "private static readonly VideoModel Next = \"sora-3-ultra\";", Knowable: false),
    };

    // sora-2 written every way, with a 1792 size: SORA001 when knowable.
    private static readonly Dictionary<string, ValueForm> NonProModels = new()
    {
        ["string literal"] = new("\"sora-2\""),
        ["generated known value"] = new("VideoModel.Sora2"),
        ["dated generated known value"] = new("VideoModel.Sora220251006"),
        ["const field"] = new("Model", Fields: "private const string Model = \"sora-2\";"),
        ["new VideoModel(const)"] = new("new VideoModel(\"sora-2\")"),
        ["the generated default"] = new("CreateVideoRequest.DefaultModel", Knowable: false),
        ["parameter"] = new("new VideoModel(p)", Knowable: false),
    };

    public static TheoryData<Form, string> SizeCases() => Cross(Sizes);

    public static TheoryData<Form, string> SecondsCases() => Cross(Seconds);

    public static TheoryData<Form, string> PromptCases() => Cross(Prompts);

    public static TheoryData<Form, string> ModelCases() => Cross(Models);

    public static TheoryData<Form, string> NonProModelCases() => Cross(NonProModels);

    [Theory]
    [MemberData(nameof(SizeCases))]
    public Task LandscapeSizeWithTheDefaultModel(Form form, string valueForm)
    {
        var value = Sizes[valueForm];
        var size = Mark(value, "SORA001");

        // A with does not know the model it copies, so it is given sora-2 explicitly.
        var expression = form == Form.With
            ? RequestForms.Expression(form, null, ("Model", "\"sora-2\""), ("Size", size))
            : RequestForms.Expression(form, null, ("Size", size));
        return VerifyAsync(RequestForms.Snippet(expression, value.Fields, value.Locals));
    }

    [Theory]
    [MemberData(nameof(SizeCases))]
    public Task LandscapeSizeWithAProModelIsFineHoweverWritten(Form form, string valueForm)
    {
        var value = Sizes[valueForm];
        return VerifyAsync(RequestForms.Snippet(
            RequestForms.Expression(form, null, ("Model", "VideoModel.Sora2Pro"), ("Size", value.Expression)), value.Fields, value.Locals));
    }

    [Theory]
    [MemberData(nameof(SecondsCases))]
    public Task FiveSeconds(Form form, string valueForm)
    {
        var value = Seconds[valueForm];
        return VerifyAsync(RequestForms.Snippet(RequestForms.Expression(form, null, ("Seconds", Mark(value, "SORA002"))), value.Fields, value.Locals));
    }

    [Theory]
    [MemberData(nameof(PromptCases))]
    public Task BlankPrompt(Form form, string valueForm)
    {
        var value = Prompts[valueForm];
        return VerifyAsync(RequestForms.Snippet(RequestForms.Expression(form, Mark(value, "SORA005")), value.Fields, value.Locals));
    }

    [Theory]
    [MemberData(nameof(ModelCases))]
    public Task UnknownModel(Form form, string valueForm)
    {
        var value = Models[valueForm];
        return VerifyAsync(RequestForms.Snippet(RequestForms.Expression(form, null, ("Model", Mark(value, "SORA003")), ("Size", "\"1792x1024\"")), value.Fields, value.Locals));
    }

    [Theory]
    [MemberData(nameof(NonProModelCases))]
    public Task NonProModelWithALandscapeSize(Form form, string valueForm)
    {
        var value = NonProModels[valueForm];
        var snippet = RequestForms.Snippet(
            RequestForms.Expression(
                form,
                null,
                ("Model", value.Knowable ? "{|#1:" + value.Expression + "|}" : value.Expression),
                ("Size", value.Knowable ? "{|#0:VideoSize.Size1792x1024|}" : "VideoSize.Size1792x1024")),
            value.Fields,
            value.Locals);

        // The model is where the condition's fix edits: the first additional location.
        return value.Knowable
            ? VerifyAsync(snippet, null, Diagnostic("SORA001").WithLocation(0).WithLocation(1))
            : VerifyAsync(snippet);
    }

    [Fact]
    public Task ConstantsFromAnotherTypeAreKnown() =>
        VerifyAsync(Usings + """
            namespace Consumer;

            internal static class Presets
            {
                public const string Landscape = "1792x1024";
                public const int Seconds = 5;
            }

            internal static class C
            {
                public static CreateVideoRequest M() =>
                    new CreateVideoRequest.Builder("p").WithSize({|SORA001:Presets.Landscape|}).WithSeconds({|SORA002:Presets.Seconds|}).Build();
            }
            """);

    [Fact]
    public Task NullAndDefaultMeanNotSet() =>
        // Size = null sends no size: the 720x1280 default, fine with sora-2.
        VerifyAsync(RequestForms.Snippet("new CreateVideoRequest(\"p\") { Model = \"sora-2\", Size = null, Seconds = default(VideoSeconds?) }"));

    [Fact]
    public async Task DefaultOfAValueTypeIsAnEmptyValueNotAbsentSize()
    {
        // At run time WithSize(default) sets a size (the empty one) and validation rejects it; it is not "not set".
        var runtime = new CreateVideoRequest.Builder("p").WithSize(default).TryBuild(out _, out var result);
        Assert.False(runtime, "the runtime rejects default(VideoSize)");
        Assert.Contains(result.Violations, v => v.Param == "size");

        await VerifyAsync(RequestForms.Snippet("new CreateVideoRequest.Builder(\"p\").WithSize({|SORA002:default|}).Build()"));
    }

    [Fact]
    public async Task DefaultOfAValueTypeIsAnEmptyValueNotAbsentModel()
    {
        // At run time Model = default(VideoModel) is the model "" (unknown, open enum): the sora-2 rule does not apply,
        // but the open branch's minLength does, so the empty name is the one violation. The analyzer must say the same
        // (SORA005 on the empty model), not call it "not set (sora-2 by default)" and report SORA001 on the size.
        var request = new CreateVideoRequest("p") { Model = default(VideoModel), Size = VideoSize.Size1792x1024 };
        var violation = Assert.Single(request.Validate().Violations);
        Assert.Equal(("model", Sora.Contracts.Validation.SoraViolationCodes.TooShort), (violation.Param, violation.Code));

        await VerifyAsync(RequestForms.Snippet("new CreateVideoRequest(\"p\") { Model = {|SORA005:default(VideoModel)|}, Size = \"1792x1024\" }"));
    }

    private static TheoryData<Form, string> Cross(Dictionary<string, ValueForm> values)
    {
        var data = new TheoryData<Form, string>();
        foreach (var form in RequestForms.All)
        {
            foreach (var name in values.Keys)
            {
                data.Add(form, name);
            }
        }

        return data;
    }

    private static string Mark(ValueForm value, string id) => value.Knowable ? "{|" + id + ":" + value.Expression + "|}" : value.Expression;
}
