using Sora.Contracts;
using Sora.Contracts.Tests.Images;
using Sora.Contracts.Validation;

namespace Acme.Video.Tests;

/// <summary>
/// The acme rules, written out by hand from acme.openapi.yaml (the fixture this project owns):
/// <list type="bullet">
/// <item>sizes 640x480 / 1280x720 / 1920x1080, seconds 5 / 10 / 20, model open (acme-v1, acme-v1-max), default acme-v1;</item>
/// <item>rule 1: 1920x1080 only with acme-v1-max (an absent model is acme-v1; an unknown model cannot be checked);</item>
/// <item>rule 2, on another pair of properties: a 1920x1080 clip is 5 or 10 seconds (only when size is sent);</item>
/// <item>acme-cloud: models acme-v1 and acme-v1-max only, and it also admits "30" seconds;</item>
/// <item>edgebox: model acme-v1, size 640x480 and 5 or 10 seconds only.</item>
/// </list>
/// </summary>
public sealed class AcmeValidationTests
{
    public static readonly string?[] Models = ["acme-v1", "acme-v1-max", null, "acme-v2-preview"];
    public static readonly string?[] Sizes = ["640x480", "1280x720", "1920x1080", null];
    public static readonly string?[] SecondsValues = ["5", "10", "20", null];
    public static readonly string?[] Providers = [null, "acme-cloud", "edgebox"];

    public static TheoryData<string?, string?, string?, string?> Table
    {
        get
        {
            var rows = new TheoryData<string?, string?, string?, string?>();
            foreach (string? provider in Providers)
            {
                foreach (string? model in Models)
                {
                    foreach (string? size in Sizes)
                    {
                        foreach (string? seconds in SecondsValues)
                        {
                            rows.Add(provider, model, size, seconds);
                        }
                    }
                }
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Validate_EnforcesTheAcmeRulesAndProfiles(string? provider, string? model, string? size, string? seconds)
    {
        SoraValidationResult result = Request(model, size, seconds).Validate(provider is null ? null : SoraProvider.Get(provider));

        Assert.Equal(Expected(provider, model, size, seconds), Pairs(result.Violations));
    }

    [Fact]
    public void Validate_RejectsFullHdWithTheBaseModelAndExplainsWhy()
    {
        SoraViolation violation = Assert.Single(Request("acme-v1", "1920x1080", null).Validate().Violations);

        Assert.Equal(new SoraViolation("size", SoraViolationCodes.InvalidCombination, "size must be 640x480 or 1280x720 when model is acme-v1"), violation);
    }

    [Fact]
    public void Validate_RejectsALongFullHdClipOnTheSecondsProperty()
    {
        SoraViolation violation = Assert.Single(Request("acme-v1-max", "1920x1080", "20").Validate().Violations);

        Assert.Equal(("seconds", SoraViolationCodes.InvalidCombination), (violation.Param, violation.Code));
        Assert.Contains("5 or 10", violation.Message, StringComparison.Ordinal);
        Assert.Contains("1920x1080", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AppliesTheSecondRuleOnlyWhenSizeIsSent()
    {
        Assert.True(Request("acme-v1-max", null, "20").Validate().IsValid);
    }

    [Fact]
    public void Validate_AcceptsWhatTheSoraSpecWouldRejectAndTheReverse()
    {
        Assert.True(Request("acme-v1-max", "1920x1080", "10").Validate().IsValid);
        Assert.Equal(["size:invalid_value"], Pairs(Request("acme-v1-max", "1792x1024", null).Validate().Violations));
        Assert.Equal(["seconds:invalid_value"], Pairs(Request(null, null, "4").Validate().Violations));
    }

    [Fact]
    public void Validate_AdmitsThirtySecondsOnlyWithAcmeCloud()
    {
        CreateClipRequest request = Request("acme-v1", "640x480", "30");

        Assert.True(request.Validate(SoraProvider.AcmeCloud).IsValid);
        Assert.Equal(["seconds:invalid_value"], Pairs(request.Validate().Violations));
        Assert.Equal(["seconds:invalid_value"], Pairs(request.Validate(SoraProvider.Edgebox).Violations));
    }

    [Fact]
    public void Validate_StillAppliesTheFullHdDurationRuleToAcmeCloudsThirtySeconds()
    {
        Assert.Equal(["seconds:invalid_combination"], Pairs(Request("acme-v1-max", "1920x1080", "30").Validate(SoraProvider.AcmeCloud).Violations));
    }

    [Fact]
    public void Validate_ExplainsProviderNarrowingWithTheProfileId()
    {
        SoraValidationResult result = Request("acme-v1-max", "1280x720", "20").Validate(SoraProvider.Edgebox);

        Assert.Contains(new SoraViolation("model", SoraViolationCodes.UnsupportedByProvider, "model must be acme-v1 with provider edgebox"), result.Violations);
        Assert.Contains(new SoraViolation("size", SoraViolationCodes.UnsupportedByProvider, "size must be 640x480 with provider edgebox"), result.Violations);
        Assert.Contains(new SoraViolation("seconds", SoraViolationCodes.UnsupportedByProvider, "seconds must be 5 or 10 with provider edgebox"), result.Violations);
    }

    // ---- Values outside the enums: invalid_value only, never an extra invalid_combination (same rule as the Sora table) ----

    [Fact]
    public void Validate_ReportsAnUnknownSizeOnlyAsInvalidValueEvenWithTheBaseModel()
    {
        Assert.Equal(["size:invalid_value"], Pairs(Request("acme-v1", "720x1280", null).Validate().Violations));
    }

    [Fact]
    public void Validate_ReportsAnUnknownDurationOnlyAsInvalidValueEvenForFullHd()
    {
        Assert.Equal(["seconds:invalid_value"], Pairs(Request("acme-v1-max", "1920x1080", "4").Validate().Violations));
    }

    // ---- Prompt and input_reference follow the acme schema too ----

    [Fact]
    public void Validate_UsesTheAcmePromptLimit()
    {
        Assert.True(new CreateClipRequest(new string('a', 500)).Validate().IsValid);
        Assert.Equal(["prompt:too_long"], Pairs(new CreateClipRequest(new string('a', 501)).Validate().Violations));
        // Deliberately blank, to test the run-time validator; the analyzer rightly flags it at compile time too.
#pragma warning disable SORA005
        Assert.Equal(["prompt:invalid_format"], Pairs(new CreateClipRequest("   ").Validate().Violations));
#pragma warning restore SORA005
    }

    [Fact]
    public void Validate_ChecksAnUploadAgainstTheAcmeDefaultSize()
    {
        FileUpload vga = FileUpload.FromBytes(TestImages.Create(TestImageKind.Png, 640, 480).Bytes, "frame.png");
        FileUpload hd = FileUpload.FromBytes(TestImages.Create(TestImageKind.JpegBaseline, 1280, 720).Bytes, "frame.jpg");

        Assert.True(new CreateClipRequest("A robot") { InputReference = vga }.Validate().IsValid);
        Assert.True(new CreateClipRequest("A robot") { Size = "1280x720", InputReference = hd }.Validate().IsValid);
        Assert.Equal(["input_reference:image_size_mismatch"], Pairs(new CreateClipRequest("A robot") { InputReference = hd }.Validate().Violations));
    }

    [Fact]
    public void Validate_AcceptsOnlyTheMediaTypesTheAcmeSpecLists()
    {
        FileUpload webp = FileUpload.FromBytes(TestImages.Create(TestImageKind.WebPLossy, 640, 480).Bytes, "frame.webp");

        SoraViolation violation = Assert.Single(new CreateClipRequest("A robot") { InputReference = webp }.Validate().Violations);

        Assert.Equal(("input_reference", SoraViolationCodes.UnsupportedMediaType), (violation.Param, violation.Code));
        Assert.Contains("image/webp", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ChecksTheImageReferenceOneOf()
    {
        var both = new CreateClipRequest("A robot") { InputReference = new ImageReference { ImageUrl = "https://x/y.png", FileId = "file_1" } };

        Assert.Equal(["input_reference:invalid_combination"], Pairs(both.Validate().Violations));
    }

    /// <summary>The hand-written verdict for a table row (no value outside the enums appears in the table).</summary>
    private static string[] Expected(string? provider, string? model, string? size, string? seconds)
    {
        var expected = new List<(string, string)>();

        string[]? models = provider switch
        {
            "acme-cloud" => ["acme-v1", "acme-v1-max"],
            "edgebox" => ["acme-v1"],
            _ => null,
        };
        if (model is not null && models is not null && !models.Contains(model))
        {
            expected.Add(("model", SoraViolationCodes.UnsupportedByProvider));
        }

        if (size is not null && provider == "edgebox" && size != "640x480")
        {
            expected.Add(("size", SoraViolationCodes.UnsupportedByProvider));
        }

        if (seconds is not null && provider == "edgebox" && seconds is not ("5" or "10"))
        {
            expected.Add(("seconds", SoraViolationCodes.UnsupportedByProvider));
        }

        // Rule 1: 1920x1080 only with acme-v1-max; absent model = acme-v1; an unknown model is not checked.
        if (size == "1920x1080" && (model ?? "acme-v1") == "acme-v1")
        {
            expected.Add(("size", SoraViolationCodes.InvalidCombination));
        }

        // Rule 2: a 1920x1080 clip (size sent) is 5 or 10 seconds.
        if (size == "1920x1080" && seconds is not null && seconds is not ("5" or "10"))
        {
            expected.Add(("seconds", SoraViolationCodes.InvalidCombination));
        }

        return Pairs(expected);
    }

    private static CreateClipRequest Request(string? model, string? size, string? seconds) => new("A robot juggling oranges")
    {
        Model = model is null ? (ClipModel?)null : new ClipModel(model),
        Size = size is null ? (ClipSize?)null : new ClipSize(size),
        Seconds = seconds is null ? (ClipSeconds?)null : new ClipSeconds(seconds),
    };

    private static string[] Pairs(IEnumerable<SoraViolation> violations) => Pairs(violations.Select(v => (v.Param, v.Code)));

    private static string[] Pairs(IEnumerable<(string Param, string Code)> pairs) =>
        pairs.Select(p => p.Param + ":" + p.Code).Order(StringComparer.Ordinal).ToArray();
}
