using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sora.Client.Tests.Hostile;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;
using Sora.Testing.Hostile;

namespace Sora.Client.Tests.Telemetry;

/// <summary>
/// A gateway that echoes the key and the prompt everywhere it can (error messages, a rate-limit page, the job id, its
/// model and status, a failed job's error, the job's prompt field): no span name, tag, event or status description and
/// no measurement tag carries either, in any case or encoding.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class SecretFreeTelemetryTests
{
    private const string Prompt = "Seventeen violet walruses recite Euclid at dusk";

    public static readonly string[] Endings = ["failed job", "completed job"];

    [Theory]
    [MemberData(nameof(EndingCases))]
    public async Task NoSpanAndNoMeasurement_CarriesThePromptOrTheKey_FromAServerThatEchoesThem(string ending)
    {
        var echo = EchoedKeyTests.Encode("mixed");
        var creates = 0;
        await using var rig = await HostileRig.StartAsync(context => Answer(context, ending, echo, Interlocked.Increment(ref creates)));
        using var dir = new TempDirectory();
        using var capture = new TelemetryCapture();

        var generate = () => rig.Client.GenerateAsync(new CreateVideoRequest(Prompt), dir.File("walrus.mp4"));
        if (ending == "failed job")
        {
            await Assert.ThrowsAsync<SoraJobFailedException>(generate);
        }
        else
        {
            await generate();
        }

        var texts = capture.Texts().ToArray();
        Assert.Equal(2, capture.HttpSpans.Count(s => s.DisplayName == "POST /videos"));
        Assert.Contains(capture.Measurements, m => m.Instrument == "sora.client.retries");
        Assert.Contains(texts, t => t.StartsWith("sora.video.id=", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Equal(0, KeyScan.Occurrences(t, HostileRig.Key)));
        Assert.DoesNotContain(texts, t => t.Contains("walrus", StringComparison.OrdinalIgnoreCase) || t.Contains("Euclid", StringComparison.OrdinalIgnoreCase));
    }

    public static TheoryData<string> EndingCases() => new(Endings);

    // The first create is refused with a 429 whose message quotes both; then the job's id, model and status are the key.
    private static Task Answer(HttpContext context, string ending, string echo, int requestNumber)
    {
        var request = context.Request;
        var echoed = new JsonObject { ["prompt"] = Prompt + " " + echo, ["model"] = echo };
        if (request.Method == HttpMethods.Post)
        {
            if (requestNumber == 1)
            {
                context.Response.Headers.RetryAfter = "0";
                return Replies.Json(context, new JsonObject { ["error"] = new JsonObject { ["message"] = "slow down, " + echo + ": " + Prompt, ["code"] = echo } }.ToJsonString(), StatusCodes.Status429TooManyRequests);
            }

            return Replies.Json(context, Replies.Job("video_" + echo, echo, echoed));
        }

        if (request.Path.Value!.EndsWith("/content", StringComparison.Ordinal))
        {
            return Replies.Bytes(context, Responses.Mp4(4096), "video/mp4");
        }

        return ending == "failed job"
            ? Replies.Json(context, Replies.Job("video_" + echo, "failed", new JsonObject
            {
                ["prompt"] = Prompt,
                ["error"] = new JsonObject { ["code"] = echo, ["message"] = "refused " + Prompt + " for " + echo },
            }))
            : Replies.Json(context, Replies.Job("video_" + echo, "completed", echoed));
    }
}
