using Sora.Contracts.Validation;

namespace Sora.Contracts.Tests.Validation;

/// <summary>
/// The expected verdict of <see cref="CreateVideoRequest.Validate"/> for a model, size and seconds, written out by hand
/// from the three gateway documents in shared/seeds/ and the contract table of PRODUCT.md. Deliberately NOT computed
/// from spec/sora.openapi.yaml, the generated metadata or <see cref="SoraProvider.GetAllowedValues"/>: the table is a
/// second, independent reading of the sources, so a wrong spec or a wrong generator shows up as a failing row.
/// </summary>
public static class SeedRules
{
    /// <summary>
    /// The profile ids PRODUCT.md says we ship ("Profiles to ship: openai, azure, unigateway, ezmodel, gptge"), then the
    /// live servers of issue 13 (LiteLLM, new-api, vLLM-Omni, SGLang; the last two take any model, size and seconds of a form).
    /// </summary>
    public static readonly string[] Providers = ["openai", "azure", "unigateway", "ezmodel", "gptge", "litellm", "new-api", "vllm-omni", "sglang"];

    /// <summary>PRODUCT.md, contract row `model`: the known models, in the order the table lists them.</summary>
    public static readonly string[] KnownModels = ["sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08"];

    /// <summary>
    /// The "pro" models. 002_875acc4d494673f2.txt: "1792 尺寸仅支持 sora-2-pro" (1792 sizes only with sora-2-pro);
    /// PRODUCT.md generalises it to "only with a pro model", so the dated pro snapshot counts as pro too.
    /// </summary>
    public static readonly string[] ProModels = ["sora-2-pro", "sora-2-pro-2025-10-06"];

    /// <summary>002_875acc4d494673f2.txt: "默认 sora-2" (the default model is sora-2, which is not pro).</summary>
    public const string DefaultModel = "sora-2";

    /// <summary>002_875acc4d494673f2.txt: "支持 720x1280、1280x720、1024x1792、1792x1024".</summary>
    public static readonly string[] KnownSizes = ["720x1280", "1280x720", "1024x1792", "1792x1024"];

    /// <summary>The two 720p sizes (001_d411cea1ea856dda.txt: "仅支持 720x1280 (竖屏) 和 1280x720 (横屏)").</summary>
    public static readonly string[] Sizes720p = ["720x1280", "1280x720"];

    /// <summary>
    /// Seconds the base contract allows: 001_d411cea1ea856dda.txt "仅支持 4、8、12 秒三种时长", 002_875acc4d494673f2.txt
    /// "支持 4、8、12", and the OpenAI reference.
    /// </summary>
    public static readonly string[] KnownSeconds = ["4", "8", "12"];

    /// <summary>
    /// UniGateway's own document (000_bb6aa4dec4248e13.txt) sends <c>-F 'seconds=5'</c>, answers <c>"seconds": "5"</c> and
    /// says "例如 4 或 5"; PRODUCT.md: "a provider's own document is the authority for that provider".
    /// </summary>
    public static readonly string[] UnigatewaySeconds = ["4", "5", "8", "12"];

    /// <summary>
    /// Issue 9, our decision (spec/README.md): a model other than the known ones must still be a name, not empty and
    /// with no control character (C0, DEL, C1: exactly what <see cref="char.IsControl(char)"/> says) and no bidirectional
    /// formatting character (the marks U+200E, U+200F, U+061C, the embeddings and overrides U+202A-U+202E, the isolates
    /// U+2066-U+2069), which would let a name read as something else in a log or a console.
    /// </summary>
    public static readonly char[] BidiFormattingCharacters =
        ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

    /// <summary>The violation code a model other than the known ones earns for its form, or null when it is a well-formed name.</summary>
    public static string? ModelFormViolation(string model) =>
        KnownModels.Contains(model, StringComparer.Ordinal) ? null
        : model.Length == 0 ? SoraViolationCodes.TooShort
        : model.Any(c => char.IsControl(c) || BidiFormattingCharacters.Contains(c)) ? SoraViolationCodes.InvalidFormat
        : null;

    /// <summary>The models a provider accepts, or null when it accepts every model (the model is an open enum).</summary>
    public static string[]? AllowedModels(string? provider) => provider switch
    {
        // PRODUCT.md, `model` row: "Azure: deployment name, sora-2 only".
        "azure" => ["sora-2"],

        // 000_bb6aa4dec4248e13.txt, "支持的模型": sora-2 and sora-2-pro.
        "unigateway" => ["sora-2", "sora-2-pro"],

        // 002_875acc4d494673f2.txt: "模型名称，支持 sora-2 和 sora-2-pro".
        "gptge" => ["sora-2", "sora-2-pro"],

        // openai (the reference) and ezmodel (001 names no model restriction) take any model.
        _ => null,
    };

    /// <summary>The sizes a provider accepts, or null when it follows the base contract.</summary>
    public static string[]? AllowedSizes(string? provider) => provider switch
    {
        // PRODUCT.md, `size` row: "Azure: 720p only".
        "azure" => Sizes720p,

        // 001_d411cea1ea856dda.txt: "仅支持 720x1280 (竖屏) 和 1280x720 (横屏) 两种分辨率".
        "ezmodel" => Sizes720p,
        _ => null,
    };

    /// <summary>
    /// LiteLLM's own document (BerriAI/litellm@050d1b1 docs/my-website/docs/videos.md, Request Parameters): "`seconds` |
    /// string | No | Video duration in seconds (e.g. "8", "16")".
    /// </summary>
    public static readonly string[] LitellmSeconds = ["4", "8", "12", "16"];

    /// <summary>The seconds a provider accepts.</summary>
    public static string[] AllowedSeconds(string? provider) => provider switch
    {
        "unigateway" => UnigatewaySeconds,
        "litellm" => LitellmSeconds,
        _ => KnownSeconds,
    };

    /// <summary>
    /// The servers that take any model they are asked for (the one they serve), any WxH size and any whole seconds:
    /// vLLM-Omni (vllm-project/vllm-omni protocol/videos.py: <c>model: str | None</c>, <c>SizeStr</c> <c>^\d+x\d+$</c>,
    /// <c>SecondStr</c> <c>^[1-9]\d*$</c>) and SGLang (its video_api.py handler: <c>model</c> echoed, <c>size</c> a WxH
    /// string, <c>seconds: int</c>, so 0 too). Digits are ASCII digits, as a size or a duration is written.
    /// </summary>
    public static bool TakesAnyForm(string? provider) => provider is "vllm-omni" or "sglang";

    private static bool IsWholeNumber(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    /// <summary>Whether a pattern-taking server reads <paramref name="size"/> as WIDTHxHEIGHT.</summary>
    public static bool IsWidthByHeight(string size) => size.Split('x') is [var width, var height] && IsWholeNumber(width) && IsWholeNumber(height);

    /// <summary>Whether a pattern-taking server reads <paramref name="seconds"/> as whole seconds (vLLM-Omni: from 1).</summary>
    public static bool IsWholeSeconds(string? provider, string seconds) => IsWholeNumber(seconds) && (provider != "vllm-omni" || seconds[0] != '0');

    /// <summary>
    /// Every (param, code) pair the validator must report for the request, no more and no fewer.
    /// <list type="bullet">
    /// <item><c>invalid_value</c>: a value outside the spec's (closed) enum, whatever the provider.</item>
    /// <item><c>invalid_combination</c>: the cross-field rule "1792 sizes only with a pro model" (002); an absent model
    /// is sora-2 and so not pro; an unknown model cannot be checked, so it never breaks the rule; a size that is not a
    /// known size is already invalid and is not a 1792 size, so it does not break the rule either.</item>
    /// <item><c>unsupported_by_provider</c>: a value the spec knows (or any value of the open model enum) that the
    /// chosen profile does not allow. Absent values take the defaults (sora-2, 720x1280, "4"), which every profile allows.</item>
    /// <item><c>too_short</c> / <c>invalid_format</c> on the model: an unknown model that is empty, or holds a control or
    /// bidi formatting character (<see cref="ModelFormViolation"/>), besides whatever the provider says of it.</item>
    /// </list>
    /// </summary>
    public static SortedSet<(string Param, string Code)> Expected(string? provider, string? model, string? size, string? seconds)
    {
        var expected = new SortedSet<(string Param, string Code)>();

        if (model is not null && ModelFormViolation(model) is { } modelForm)
        {
            expected.Add(("model", modelForm));
        }

        if (model is not null && AllowedModels(provider) is { } models && !models.Contains(model, StringComparer.Ordinal))
        {
            expected.Add(("model", SoraViolationCodes.UnsupportedByProvider));
        }

        if (TakesAnyForm(provider))
        {
            // Its own model, size and seconds: judged by their form alone, and the pro rule (about the spec's models
            // and sizes) does not judge such a server (spec/README.md, "Cross-field rules and patterns").
            if (model is { Length: 0 })
            {
                expected.Add(("model", SoraViolationCodes.UnsupportedByProvider));
            }

            if (size is not null && !IsWidthByHeight(size))
            {
                expected.Add(("size", KnownSizes.Contains(size, StringComparer.Ordinal) ? SoraViolationCodes.UnsupportedByProvider : SoraViolationCodes.InvalidValue));
            }

            if (seconds is not null && !IsWholeSeconds(provider, seconds))
            {
                expected.Add(("seconds", KnownSeconds.Contains(seconds, StringComparer.Ordinal) ? SoraViolationCodes.UnsupportedByProvider : SoraViolationCodes.InvalidValue));
            }

            return expected;
        }

        if (size is not null)
        {
            if (!KnownSizes.Contains(size, StringComparer.Ordinal))
            {
                expected.Add(("size", SoraViolationCodes.InvalidValue));
            }
            else if (AllowedSizes(provider) is { } sizes && !sizes.Contains(size, StringComparer.Ordinal))
            {
                expected.Add(("size", SoraViolationCodes.UnsupportedByProvider));
            }

            string effectiveModel = model ?? DefaultModel;
            bool modelIsKnownAndNotPro = KnownModels.Contains(effectiveModel, StringComparer.Ordinal)
                && !ProModels.Contains(effectiveModel, StringComparer.Ordinal);
            bool is1792 = KnownSizes.Contains(size, StringComparer.Ordinal) && !Sizes720p.Contains(size, StringComparer.Ordinal);
            if (is1792 && modelIsKnownAndNotPro)
            {
                expected.Add(("size", SoraViolationCodes.InvalidCombination));
            }
        }

        if (seconds is not null && !AllowedSeconds(provider).Contains(seconds, StringComparer.Ordinal))
        {
            // No profile narrows seconds below the base enum, so a rejected value is always one the spec does not
            // know ("5" is known only to UniGateway's profile, not to the base enum).
            expected.Add(("seconds", SoraViolationCodes.InvalidValue));
        }

        return expected;
    }
}
