using System.Net.Http.Headers;
using System.Text;
using Sora.Contracts;
using Sora.Emulator.Tests.Server;
using Xunit.Abstractions;

namespace Sora.Emulator.Tests.Hostile;

public sealed class EmulatorFuzzTests(ITestOutputHelper output)
{
    private const int MinimumRequests = 1200;
    private const long HugeBody = 200L * 1000 * 1000;

    public static TheoryData<string> Profiles() => new(SoraProvider.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task HostileRequests_NeverGetA500_AndEveryErrorIsTheEnvelopeWithAShortPrintableMessage(string profile)
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get(profile), TimeProvider = clock });
        using var http = new EmulatorHttp(emulator);
        var video = await http.CreateAsync("""{"prompt":"a cat","size":"1280x720"}""");
        clock.Advance(TimeSpan.FromMinutes(1));
        var seed = HostileRequests.Seed + SoraProvider.All.Select(p => p.Id).ToList().IndexOf(profile);
        var catalogue = new HostileRequests(seed, emulator, video.Id).All().ToList();

        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var errorsByKind = catalogue.Select(r => r.Kind).Distinct().ToDictionary(kind => kind, _ => 0);
        var longestMessage = string.Empty;
        foreach (var hostile in catalogue)
        {
            using var request = hostile.ToMessage(emulator);
            HttpResponseMessage response;
            try
            {
                response = await http.Client.SendAsync(request);
            }
            catch (HttpRequestException e)
            {
                failures.Add($"{hostile}: no answer ({e.Message})");
                continue;
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                errorsByKind[hostile.Kind] += response.IsSuccessStatusCode ? 0 : 1;
                var (error, problem) = await AnswerCheck.ReadAsync(response);
                if (problem is not null)
                {
                    failures.Add($"{hostile}: {problem}");
                }

                if (error?.Message.Length > longestMessage.Length)
                {
                    longestMessage = error.Message;
                }
            }
        }

        output.WriteLine($"{profile}: {catalogue.Count} requests; statuses {string.Join(", ", statuses.Select(s => $"{s.Key}x{s.Value}"))}");
        output.WriteLine($"longest message ({longestMessage.Length} characters): {longestMessage}");
        Assert.True(catalogue.Count >= MinimumRequests, $"only {catalogue.Count} requests");
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers of {catalogue.Count}:\n" + string.Join("\n", failures.Take(25)));
        Assert.All(errorsByKind, kind => Assert.True(kind.Value > 0, $"no '{kind.Key}' request was refused: the category tests nothing"));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task BodiesOf200MB_AreRefusedWithoutBeingRead_AndAnyAnswerIs413InTheEnvelope(string profile)
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get(profile) });
        using var http = new EmulatorHttp(emulator);
        var jsonHead = Encoding.UTF8.GetBytes("{\"prompt\":\"");
        var formHead = Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n");

        // A profile that takes no JSON body (new-api) refuses one by its Content-Type, before reading it, just as early.
        var takesJson = emulator.Provider.CreateContentTypes.Contains("application/json");
        var (jsonStatus, jsonCode) = takesJson ? (413, "payload_too_large") : (415, "unsupported_content_type");

        // A FastAPI server's text detail (SGLang) carries the message but no code.
        var textOnly = emulator.Provider.ErrorSchema is not null;
        string? CodeOf(string code) => textOnly ? null : code;

        // A client that asks before sending (Expect: 100-continue) is told at once, and sends nothing.
        var announced = Streamed(jsonHead, "application/json", announceLength: true);
        using (var asking = http.Request(HttpMethod.Post, "/videos", announced))
        {
            asking.Headers.ExpectContinue = true;
            using var response = await http.Client.SendAsync(asking);
            Assert.Equal(CodeOf(jsonCode), (await EmulatorHttp.ErrorOf(response, jsonStatus)).Code);
            Assert.Equal(0, announced.Written);
        }

        // A client that just pushes is cut off once the server stops reading; if it hears the answer, it is the 413.
        foreach (var body in new[]
        {
            Streamed(jsonHead, "application/json", announceLength: true), Streamed(jsonHead, "application/json", announceLength: false),
            Streamed(formHead, "multipart/form-data; boundary=b", announceLength: false),
        })
        {
            try
            {
                using var response = await http.SendAsync(HttpMethod.Post, "/videos", body);
                var isJson = body.Headers.ContentType?.MediaType == "application/json";
                Assert.Equal(CodeOf(isJson ? jsonCode : "payload_too_large"), (await EmulatorHttp.ErrorOf(response, isJson ? jsonStatus : 413)).Code);
            }
            catch (HttpRequestException e)
            {
                output.WriteLine($"{profile}: cut off after {body.Written:N0} bytes ({e.Message})");
            }

            Assert.InRange(body.Written, 0, HugeBody / 2);
        }

        Assert.Empty(emulator.Jobs);
        using var after = await http.SendAsync(HttpMethod.Get, "/models");
        Assert.True(after.IsSuccessStatusCode);
    }

    private static StreamedBody Streamed(byte[] head, string contentType, bool announceLength) =>
        new(head, (byte)AnswerCheck.LongValueFiller, HugeBody, announceLength) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } };
}
