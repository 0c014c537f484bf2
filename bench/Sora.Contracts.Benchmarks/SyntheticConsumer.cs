using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// Writes the C# of a synthetic consumer of Sora.Contracts: <see cref="Files"/> classes with
/// <see cref="SitesPerFile"/> request construction sites each, in every form the analyzer reads (builder chains,
/// initializers, target-typed <c>new</c>, <c>with</c>, <c>TryBuild</c>, an open builder chain) with literals, consts,
/// constant interpolated strings, generated known values (<c>VideoModel.Sora2Pro</c>) and run-time values, plus the
/// ordinary code a real service has around them (records, LINQ, async, string building, non-request object creations
/// and <c>with</c> expressions, which the analyzer is called for as well). About 3% of the sites are invalid, one of
/// each SORA001/002/003/005 shape in turn, so the analyzer reports diagnostics. Deterministic: same text every time.
/// </summary>
internal static class SyntheticConsumer
{
    public const int Files = 40;

    public const int SitesPerFile = 50;

    public const string Namespace = "Synthetic.Consumer";

    /// <summary>Every 30th site (offset 17) is invalid: 67 of 2,000 (3.4%).</summary>
    private const int InvalidEvery = 30;

    private const int InvalidOffset = 17;

    /// <summary>The consumer as (file name, source text), plus what the analyzer must report on it.</summary>
    public static ConsumerSource Create(int files = Files, int sitesPerFile = SitesPerFile)
    {
        var sources = ImmutableArray.CreateBuilder<(string Name, string Text)>(files);
        var forms = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var expectedNone = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var expectedEzmodel = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var invalid = 0;
        var site = 0;
        for (var file = 0; file < files; file++)
        {
            var text = new StringBuilder(32 * 1024);
            WriteHeader(text, file);
            for (var i = 0; i < sitesPerFile; i++, site++)
            {
                var isInvalid = site % InvalidEvery == InvalidOffset;
                var template = isInvalid
                    ? InvalidTemplates[(site / InvalidEvery) % InvalidTemplates.Length]
                    : ValidTemplates[site % ValidTemplates.Length];
                invalid += isInvalid ? 1 : 0;
                Add(forms, template.Form);
                foreach (var id in template.None)
                {
                    Add(expectedNone, id);
                }

                foreach (var id in template.Ezmodel)
                {
                    Add(expectedEzmodel, id);
                }

                WriteSite(text, site, template);
            }

            WriteOrdinaryCode(text, file);
            text.Append("}\n");
            sources.Add(($"Studio{file:D2}.cs", text.ToString()));
        }

        return new ConsumerSource(sources.ToImmutable(), site, invalid, forms, expectedNone, expectedEzmodel);
    }

    private static void Add(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;

    /// <summary>
    /// One site shape. <see cref="Code"/> gets the site number and returns an expression of type CreateVideoRequest or
    /// RemixVideoRequest, or statements ending in a <c>return</c> (then <see cref="Statements"/> is true).
    /// <see cref="None"/> and <see cref="Ezmodel"/> are the diagnostics it must produce with no provider and with
    /// <c>SoraProvider=ezmodel</c>.
    /// </summary>
    private sealed record Template(string Form, bool Remix, bool Statements, Func<int, string> Code, string[] None, string[] Ezmodel);

    private static string Prompt(int site) => (site % 3) switch
    {
        0 => "prompt",
        1 => "DefaultPrompt",
        _ => Literal($"A lighthouse in a storm at dusk, shot {site}"),
    };

    private static string Literal(string text) => "\"" + text + "\"";

    private static readonly Template[] ValidTemplates =
    [
        new("builder chain, literals", false, false,
            s => $"new CreateVideoRequest.Builder({Prompt(s)}).WithModel(\"sora-2\").WithSize(\"1280x720\").WithSeconds(8).Build()", [], []),
        new("builder chain, known values", false, false,
            s => $"new CreateVideoRequest.Builder({Prompt(s)}).WithModel(VideoModel.Sora2Pro).WithSize(VideoSize.Size1280x720).WithSeconds(VideoSeconds.Seconds12).Build()", [], []),
        new("initializer, known values and int", false, false,
            s => $"new CreateVideoRequest({Prompt(s)}) {{ Model = VideoModel.Sora2, Size = VideoSize.Size720x1280, Seconds = 4 }}", [], []),
        new("target-typed new, consts", false, true,
            s => $"CreateVideoRequest request = new({Prompt(s)}) {{ Model = ProModel, Size = LandscapeSize, Seconds = LongSeconds }};\n        _history.Add(request.Prompt);\n        return request;", [], []),
        new("with, known value and literal", false, false,
            _ => "seed with { Size = VideoSize.Size1280x720, Seconds = \"8\" }", [], []),
        new("builder chain, run-time values", false, false,
            s => $"new CreateVideoRequest.Builder({Prompt(s)}).WithModel(model).WithSize(size).WithSeconds(seconds).Build()", [], []),
        new("TryBuild", false, true,
            s => $"if (!new CreateVideoRequest.Builder({Prompt(s)}).WithSeconds(VideoSeconds.Seconds4).TryBuild(out var built, out var result))\n        {{\n            _log.Append(result.Violations.Count).AppendLine(\" violations\");\n            return seed;\n        }}\n\n        return built;", [], []),
        new("builder chain, constant interpolated string", false, false,
            s => $"new CreateVideoRequest.Builder({Prompt(s)}).WithModel(ProModel).WithSize($\"{{Width}}x{{Height}}\").Build()", [], []),
        new("initializer, new VideoSize(const)", false, false,
            s => $"new CreateVideoRequest({Prompt(s)}) {{ Size = new VideoSize(\"1280x720\"), Model = \"sora-2-2025-12-08\" }}", [], []),
        new("remix, constructor and builder", true, false,
            s => s % 2 == 0 ? $"new RemixVideoRequest({Prompt(s)})" : $"new RemixVideoRequest.Builder({Prompt(s)}).Build()", [], []),
        new("open builder chain, finished later", false, true,
            s => $"var builder = new CreateVideoRequest.Builder({Prompt(s)}).WithModel(VideoModel.Sora2);\n        if (size.IsKnown)\n        {{\n            builder.WithSize(size);\n        }}\n\n        return builder.Build();", [], []),
        new("initializer, const int, run-time prompt", false, false,
            _ => "new CreateVideoRequest(prompt) { Seconds = LongSecondsInt, Model = model }", [], []),
        // Valid for the spec; ezmodel renders 720p only.
        new("with, pro model and tall 1792 size", false, false,
            _ => "seed with { Model = VideoModel.Sora2Pro20251006, Size = VideoSize.Size1024x1792 }", [], ["SORA004"]),
    ];

    private static readonly Template[] InvalidTemplates =
    [
        // A 1792 size with a non-pro model; with ezmodel the size itself is reported instead.
        new("invalid: SORA001 builder chain", false, false,
            s => $"new CreateVideoRequest.Builder({Prompt(s)}).WithModel(\"sora-2\").WithSize(VideoSize.Size1792x1024).Build()", ["SORA001"], ["SORA004"]),
        new("invalid: SORA002 initializer", false, false,
            s => $"new CreateVideoRequest({Prompt(s)}) {{ Seconds = 5 }}", ["SORA002"], ["SORA002"]),
        new("invalid: SORA003 with", false, false,
            _ => "seed with { Model = \"sora-3-ultra\" }", ["SORA003"], ["SORA003"]),
        new("invalid: SORA005 builder chain", false, false,
            _ => "new CreateVideoRequest.Builder(\"   \").WithSeconds(8).Build()", ["SORA005"], ["SORA005"]),
        // The default model is not a pro one.
        new("invalid: SORA001 target-typed new, default model", false, false,
            s => $"new({Prompt(s)}) {{ Size = \"1024x1792\" }}", ["SORA001"], ["SORA004"]),
    ];

    private static void WriteHeader(StringBuilder text, int file)
    {
        text.Append(CultureInfo.InvariantCulture, $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            using Sora.Contracts;

            namespace {{Namespace}};

            /// <summary>Synthetic consumer class {{file}}: video requests among ordinary service code.</summary>
            public sealed class Studio{{file:D2}}
            {
                private const string DefaultPrompt = "A paper boat drifting down a rainy street, studio {{file}}";
                private const string ProModel = "sora-2-pro";
                private const string LandscapeSize = "1280x720";
                private const string LongSeconds = "12";
                private const int LongSecondsInt = 12;
                private const string Width = "1280";
                private const string Height = "720";
                private const int MaxAttempts = {{3 + (file % 4)}};

                private static readonly string[] Tags = ["night", "rain", "city", "forest", "studio{{file}}"];

                private readonly Dictionary<string, Job> _jobs = new(StringComparer.Ordinal);
                private readonly List<string> _history = new();
                private readonly StringBuilder _log = new();

                /// <summary>A job this studio tracks.</summary>
                public sealed record Job(string Id, string Status, int Attempts, DateTimeOffset Created);


            """);
    }

    private static void WriteSite(StringBuilder text, int site, Template template)
    {
        var type = template.Remix ? "RemixVideoRequest" : "CreateVideoRequest";
        var signature = $"    public {type} Site{site:D4}(string prompt, VideoModel model, VideoSize size, VideoSeconds seconds, CreateVideoRequest seed)";
        text.Append(signature).Append('\n');
        text.Append("    {\n");

        // Ordinary statements around the site, varying with the site number.
        switch (site % 4)
        {
            case 0:
                text.Append(CultureInfo.InvariantCulture, $"        var pending = _jobs.Values.Count(j => j.Attempts < MaxAttempts && j.Status != \"failed\");\n");
                text.Append(CultureInfo.InvariantCulture, $"        _log.Append(\"site {site}: \").Append(pending).Append(\" pending, seed \").AppendLine(seed.Prompt);\n");
                break;
            case 1:
                text.Append(CultureInfo.InvariantCulture, $"        var job = new Job(\"job_{site}\", \"queued\", 0, DateTimeOffset.UnixEpoch.AddMinutes({site}));\n");
                text.Append("        _jobs[job.Id] = job with { Attempts = job.Attempts + 1 };\n");
                break;
            case 2:
                text.Append(CultureInfo.InvariantCulture, $"        var tag = Tags[{site} % Tags.Length];\n");
                text.Append("        _history.Add($\"{tag}:{model}:{size}:{seconds}\");\n");
                break;
            default:
                text.Append("        if (string.IsNullOrEmpty(prompt))\n        {\n            throw new ArgumentException(\"A prompt is required.\", nameof(prompt));\n        }\n");
                break;
        }

        if (template.Statements)
        {
            text.Append("        ").Append(template.Code(site)).Append('\n');
        }
        else
        {
            text.Append("        ").Append(type).Append(" value = ").Append(template.Code(site)).Append(";\n");
            text.Append("        _history.Add(value.Prompt);\n");
            text.Append("        return value;\n");
        }

        text.Append("    }\n\n");
    }

    private static void WriteOrdinaryCode(StringBuilder text, int file)
    {
        text.Append(CultureInfo.InvariantCulture, $$"""
                public int Pending() => _jobs.Values.Count(j => j.Status is "queued" or "in_progress");

                public IEnumerable<string> Recent(int count) =>
                    _jobs.Values.OrderByDescending(j => j.Created).ThenBy(j => j.Id, StringComparer.Ordinal).Take(count).Select(j => j.Id);

                public string Describe(Job job) => job.Status switch
                {
                    "completed" => $"{job.Id} finished after {job.Attempts} attempt(s)",
                    "failed" when job.Attempts >= MaxAttempts => $"{job.Id} failed for good",
                    "failed" => $"{job.Id} failed, will retry",
                    _ => $"{job.Id} is {job.Status}",
                };

                public async Task<int> PollAsync(Func<string, CancellationToken, Task<string>> fetch, CancellationToken cancellationToken)
                {
                    var polled = 0;
                    foreach (var job in _jobs.Values.ToList())
                    {
                        try
                        {
                            var status = await fetch(job.Id, cancellationToken).ConfigureAwait(false);
                            _jobs[job.Id] = job with { Status = status, Attempts = job.Attempts + 1 };
                            polled++;
                        }
                        catch (HttpRequestException exception)
                        {
                            _log.Append(job.Id).Append(": ").AppendLine(exception.Message);
                        }
                    }

                    return polled;
                }

                public Dictionary<string, int> CountByStatus()
                {
                    var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    foreach (var job in _jobs.Values)
                    {
                        counts[job.Status] = counts.TryGetValue(job.Status, out var count) ? count + 1 : 1;
                    }

                    return counts;
                }

                public static string Slug(string prompt)
                {
                    var builder = new StringBuilder(prompt.Length);
                    foreach (var c in prompt)
                    {
                        if (char.IsLetterOrDigit(c))
                        {
                            builder.Append(char.ToLowerInvariant(c));
                        }
                        else if (builder.Length > 0 && builder[^1] != '-')
                        {
                            builder.Append('-');
                        }
                    }

                    return builder.ToString().Trim('-');
                }

                public static T? FirstMatch<T>(IEnumerable<T> items, Func<T, bool> predicate)
                    where T : class
                {
                    foreach (var item in items)
                    {
                        if (predicate(item))
                        {
                            return item;
                        }
                    }

                    return null;
                }

                public static int Checksum(ReadOnlySpan<char> text)
                {
                    var hash = {{17 + file}};
                    foreach (var c in text)
                    {
                        hash = unchecked((hash * 31) + c);
                    }

                    return hash;
                }

                public string Report()
                {
                    var lines = CountByStatus()
                        .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                        .Select(pair => $"{pair.Key,-12}{pair.Value,6}")
                        .ToList();
                    lines.Add($"history: {_history.Count}, log: {_log.Length} chars, checksum {Checksum(string.Join(",", _history))}");
                    return string.Join(Environment.NewLine, lines);
                }

            """);
    }
}

/// <summary>The generated consumer and what the analyzer must report on it.</summary>
internal sealed record ConsumerSource(
    ImmutableArray<(string Name, string Text)> Files,
    int Sites,
    int InvalidSites,
    IReadOnlyDictionary<string, int> Forms,
    IReadOnlyDictionary<string, int> ExpectedWithoutProvider,
    IReadOnlyDictionary<string, int> ExpectedWithEzmodel)
{
    public int Lines => Files.Sum(f => f.Text.Count(c => c == '\n'));

    public int Chars => Files.Sum(f => f.Text.Length);
}
