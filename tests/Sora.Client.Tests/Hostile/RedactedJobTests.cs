using System.Text.Json;
using Sora.Client.Redaction;
using Sora.Contracts;

namespace Sora.Client.Tests.Hostile;

/// <summary>The copy of a job handed back in an error: every string redacted, unknown fields kept, nothing else changed.</summary>
public sealed class RedactedJobTests
{
    private const string Key = HostileRig.Key;

    private static Video Parse(string json) => JsonSerializer.Deserialize(json, SoraJsonContext.Default.Video)!;

    [Fact]
    public void UnknownFieldsWhoseNamesDifferOnlyInHowTheySpellTheKeyAreAllKept()
    {
        var job = Parse($$$"""{"id":"video_1","object":"video","model":"sora-2","status":"failed","{{{Key}}}":1,"{{{Key.ToUpperInvariant()}}}":2,"note":{"deep":["{{{Key}}}"]}}""");

        var copy = RedactedJob.Of(job, SecretRedactor.For(Key));

        Assert.Equal(["***", "***#2", "note"], copy.AdditionalProperties!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([1, 2], new[] { copy.AdditionalProperties["***"].GetInt32(), copy.AdditionalProperties["***#2"].GetInt32() });
        Assert.Equal("""{"deep":["***"]}""", copy.AdditionalProperties["note"].GetRawText());
    }

    [Fact]
    public void EveryDeclaredStringIsRedactedAndTheRestIsUnchanged()
    {
        var job = Parse($$$"""{"id":"{{{Key}}}","object":"video","model":"m-{{{Key}}}","status":"{{{Key}}}","progress":40,"created_at":1760592434,"prompt":"p {{{Key}}}","remixed_from_video_id":"{{{Key}}}","video_url":"https://cdn.example.net/{{{Key}}}","error":{"code":"{{{Key}}}","message":"m {{{Key}}}"}}""");

        var copy = RedactedJob.Of(job, SecretRedactor.For(Key));

        Assert.Equal(("***", "m-***", "***", "p ***", "***", "https://cdn.example.net/***"), (copy.Id, copy.Model.Value, copy.Status.Value, copy.Prompt, copy.RemixedFromVideoId, copy.VideoUrl));
        Assert.Equal(("***", "m ***"), (copy.Error!.Code, copy.Error.Message));
        Assert.Equal((40, 1760592434L), (copy.Progress, copy.CreatedAt));
    }

    [Fact]
    public void AJobWithoutTheKeyIsHandedBackAsItIs()
    {
        var job = Parse("""{"id":"video_1","object":"video","model":"sora-2","status":"failed","extra":"x"}""");

        Assert.Same(job, RedactedJob.Of(job, SecretRedactor.For(Key)));
    }
}
