using Xunit;
using static Sora.Contracts.Generator.Tests.Corpus.CorpusCompiler;

namespace Sora.Contracts.Generator.Tests.Corpus;

/// <summary>
/// The official OpenAI spec's videos section, listed by a consumer as their own spec: it generates code that compiles
/// cleanly, the official example payloads read with its types (though they leave out properties the spec requires),
/// and both create bodies, multipart and JSON, have their validator.
/// </summary>
public sealed class OpenAiFragmentAsOwnSpecTests
{
    private static readonly string Fragment = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reading", "openai-videos-fragment.yaml"));

    private static readonly string ExamplesPath = Path.Combine(AppContext.BaseDirectory, "Corpus", "openai-video-examples.json");

    private const string Probe = """
        public static class Probe
        {
            private static readonly System.Text.Json.JsonDocument Examples = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Corpus", "openai-video-examples.json")));

            private static string Example(string name) => Examples.RootElement.GetProperty(name).GetRawText();

            private static string Read<T>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, System.Func<T, string> describe) =>
                describe(System.Text.Json.JsonSerializer.Deserialize(Example(name), type)!);

            public static string Queued() => Read("video_queued", SoraJsonContext.Default.VideoResource, v => v.Id + " " + v.Status.Value + " " + v.Progress);

            public static string InProgress() => Read("video_in_progress", SoraJsonContext.Default.VideoResource, v => v.Status.Value + " " + v.Progress);

            public static string Completed() => Read("video_completed", SoraJsonContext.Default.VideoResource, v => v.Status.Value + " " + v.CompletedAt + " " + (v.Error is null));

            public static string Failed() => Read("video_failed", SoraJsonContext.Default.VideoResource, v => v.Status.Value + " " + v.Error!.Code);

            public static string ListPage() => Read("video_list_page", SoraJsonContext.Default.VideoListResource, l => l.Data.Count + " " + l.Data[0].Status.Value);

            public static string ErrorBody() => Read("error_invalid_type_input_reference", SoraJsonContext.Default.ErrorResponse, e => e.Error.Code + " " + e.Error.Param);

            public static string QueuedViolations() => Read("video_queued", SoraJsonContext.Default.VideoResource, v => string.Join(",", v.Validate().Violations.Select(x => x.Param + ":" + x.Code)));

            public static string WrongType()
            {
                try
                {
                    System.Text.Json.JsonSerializer.Deserialize("{\"id\":\"v\",\"progress\":\"half\"}", SoraJsonContext.Default.VideoResource);
                    return "read";
                }
                catch (System.Text.Json.JsonException e)
                {
                    return e.Message;
                }
            }

            public static string JsonBody() => string.Join(",", new CreateVideoJsonBody("") { InputReference = new ImageRefParam2 { FileId = "file-1" } }.Validate().Violations.Select(x => x.Param + ":" + x.Code));

            public static string ValidJsonBody() => new CreateVideoJsonBody("A calico cat playing a piano").Validate().IsValid.ToString();

            public static string MultipartBody() => string.Join(",", new CreateVideoMultipartBody(new string('x', 32001)).Validate().Violations.Select(x => x.Param + ":" + x.Code));

            public static string MultipartFile() => new CreateVideoMultipartBody("cat") { InputReference = new Sora.Contracts.FileUpload(new byte[] { 1 }, "a.png", "image/png") }.InputReference!.IsFile.ToString();
        }
        """;

    private static readonly Lazy<Result> Generated = new(() => Compile(Fragment, Probe, "/consumer/openai.yaml"));

    [Fact]
    public void Fragment_GeneratesCodeThatCompilesCleanly_WithNoSpecDiagnostic()
    {
        Assert.Empty(Generated.Value.SpecDiagnostics);
        Assert.True(File.Exists(ExamplesPath));
    }

    [Fact]
    public void OfficialVideoExamples_Deserialize_ThoughTheyOmitRequiredProperties()
    {
        var result = Generated.Value;

        Assert.Equal("video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5 queued 0", result.Call("Queued"));
        Assert.Equal("in_progress 33", result.Call("InProgress"));
        Assert.Equal("completed 1760627863 True", result.Call("Completed"));
        Assert.Equal("failed PLACEHOLDER_error_code", result.Call("Failed"));
        Assert.Equal("1 completed", result.Call("ListPage"));
        Assert.Equal("invalid_type input_reference", result.Call("ErrorBody"));
    }

    [Fact]
    public void AResponseThatOmitsRequiredProperties_ReportsThemWhenValidated()
    {
        var violations = Generated.Value.Call("QueuedViolations");

        Assert.Contains("prompt:missing_required", violations, StringComparison.Ordinal);
        Assert.DoesNotContain("progress:", violations, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongType_StillFails_NamingTheProperty()
    {
        Assert.Contains("progress", Generated.Value.Call("WrongType"), StringComparison.Ordinal);
    }

    [Fact]
    public void BothCreateBodies_JsonAndMultipart_HaveTheirValidator()
    {
        var result = Generated.Value;

        Assert.Equal("prompt:too_short", result.Call("JsonBody"));
        Assert.Equal("True", result.Call("ValidJsonBody"));
        Assert.Equal("prompt:too_long", result.Call("MultipartBody"));
        Assert.Equal("True", result.Call("MultipartFile"));
    }
}
