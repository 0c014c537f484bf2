using System.Text.Json;
using Sora.Contracts.Validation;

namespace Sora.Contracts.Tests.Validation;

/// <summary>
/// The model is an open enum, so any name is kept and sent; but it must be a name: not empty, and with no control
/// character and no bidirectional formatting character (spec: VideoModel's open branch). The known models and every
/// well-formed unknown one stay exactly as valid as before.
/// </summary>
public sealed class ModelValidationTests
{
    public static TheoryData<string> KnownModels => new(SeedRules.KnownModels);

    /// <summary>Unknown names that are well formed, including the characters just outside the forbidden ranges.</summary>
    public static TheoryData<string> WellFormedUnknownModels => new(
        "sora-3",
        "my-azure-deployment",
        "SORA-2",
        " sora-2 ",
        "模型-视频",
        "sora\u200D2", // zero-width joiner (used in emoji sequences): a format character, but not a bidi one
        "a\u00A0b", // no-break space, just after the C1 controls
        "a\u061Bb\u061Db", // the neighbours of U+061C
        "a\u200Db\u2010c", // the neighbours of U+200E-U+200F
        "a\u2029b\u202Fc", // the neighbours of U+202A-U+202E
        "a\u2065b\u206Ac", // the neighbours of U+2066-U+2069
        "\U0001F3AC-model");

    public static TheoryData<string> ModelsWithAForbiddenCharacter
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var c in SeedRules.BidiFormattingCharacters.Concat(['\u0000', '\u0009', '\n', '\u001F', '\u007F', '\u0080', '\u009F']))
            {
                data.Add("sora" + c + "2");
            }

            data.Add("sora-2\n"); // a trailing newline, which .NET's own '$' would let through
            data.Add("\u202Eevil");
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(KnownModels))]
    public void Validate_AcceptsEveryKnownModel(string model)
    {
        Assert.True(Request(model).Validate().IsValid);
    }

    [Theory]
    [MemberData(nameof(WellFormedUnknownModels))]
    public void Validate_AcceptsAWellFormedUnknownModel(string model)
    {
        var result = Request(model).Validate();

        Assert.True(result.IsValid, string.Join("; ", result.Violations.Select(v => v.Message)));
        Assert.False(new VideoModel(model).IsKnown);
    }

    [Fact]
    public void Validate_RejectsAnEmptyModelAsTooShort()
    {
        SoraViolation violation = Assert.Single(Request(string.Empty).Validate().Violations);

        Assert.Equal(new SoraViolation("model", SoraViolationCodes.TooShort, "model must be at least 1 character long"), violation);
    }

    [Fact]
    public void Validate_RejectsTheDefaultOfTheValueType_WhichIsTheEmptyModel()
    {
        SoraViolation violation = Assert.Single(new CreateVideoRequest("A cat") { Model = default(VideoModel) }.Validate().Violations);

        Assert.Equal(("model", SoraViolationCodes.TooShort), (violation.Param, violation.Code));
    }

    [Theory]
    [MemberData(nameof(ModelsWithAForbiddenCharacter))]
    public void Validate_RejectsAModelWithAControlOrBidiCharacterAsInvalidFormat(string model)
    {
        SoraViolation violation = Assert.Single(Request(model).Validate().Violations);

        Assert.Equal(("model", SoraViolationCodes.InvalidFormat), (violation.Param, violation.Code));
        Assert.StartsWith("model must match the pattern ^[^", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RejectsExactlyTheControlAndBidiCharacters_OfAllUtf16CodeUnits()
    {
        var rejected = new List<int>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!Request("sora" + (char)c + "2").Validate().IsValid)
            {
                rejected.Add(c);
            }
        }

        var expected = Enumerable.Range(0, char.MaxValue + 1)
            .Where(c => char.IsControl((char)c) || SeedRules.BidiFormattingCharacters.Contains((char)c))
            .ToList();
        Assert.Equal(expected, rejected);
        Assert.Equal(65 + 12, rejected.Count);
    }

    [Fact]
    public void Validate_ReportsTheFormBesidesTheProviderVerdict()
    {
        var violations = Request(string.Empty).Validate(SoraProvider.Get("azure")).Violations;

        Assert.Equal(
            [("model", SoraViolationCodes.TooShort), ("model", SoraViolationCodes.UnsupportedByProvider)],
            violations.Select(v => (v.Param, v.Code)));
    }

    [Theory]
    [InlineData("""{"prompt":"A cat","model":""}""", SoraViolationCodes.TooShort)]
    [InlineData("""{"prompt":"A cat","model":"sora-2\u202E"}""", SoraViolationCodes.InvalidFormat)]
    [InlineData("""{"prompt":"A cat","model":"sora\u00002"}""", SoraViolationCodes.InvalidFormat)]
    public void Validate_RejectsAMalformedModelReadFromJson_AsAServerWould(string json, string code)
    {
        CreateVideoRequest request = JsonSerializer.Deserialize(json, SoraJsonContext.Default.CreateVideoRequest)!;

        SoraViolation violation = Assert.Single(request.Validate().Violations);
        Assert.Equal(("model", code), (violation.Param, violation.Code));
    }

    [Fact]
    public void Validate_OnAValidRequestWithAnUnknownModel_AllocatesNothing()
    {
        var request = Request("my-azure-deployment");
        Assert.True(request.Validate().IsValid);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var valid = request.Validate().IsValid;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(valid);
        Assert.Equal(0, allocated);
    }

    private static CreateVideoRequest Request(string model) => new("A cat on a skateboard") { Model = model };
}
