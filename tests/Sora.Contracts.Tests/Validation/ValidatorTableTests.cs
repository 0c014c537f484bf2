using Sora.Contracts.Validation;

namespace Sora.Contracts.Tests.Validation;

/// <summary>
/// Every model x size x seconds combination, without a provider and with each profile, against the verdict written out
/// by hand in <see cref="SeedRules"/>. A null model, size or seconds means the property is absent (the server default).
/// </summary>
public sealed class ValidatorTableTests
{
    /// <summary>
    /// The five known models, absent, an unknown one, three unknown spellings of sora-2 and two that are no name at all
    /// (the empty one, and one with a right-to-left override).
    /// </summary>
    public static readonly string?[] Models =
        ["sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08", null, "my-model", "", "SORA-2", " sora-2", "sora-2\u202E"];

    /// <summary>The four known sizes, absent, and unknown or malformed ones.</summary>
    public static readonly string?[] Sizes =
        ["720x1280", "1280x720", "1024x1792", "1792x1024", null, "1920x1080", "1280X720", "1280x720 ", "abc"];

    /// <summary>The three known durations, absent, UniGateway's "5", and malformed ones.</summary>
    public static readonly string?[] SecondsValues = ["4", "8", "12", null, "5", "0", "-4", "4.0", "", "four"];

    /// <summary>No provider (null), then every profile.</summary>
    public static readonly string?[] ProviderIds = [null, .. SeedRules.Providers];

    public static TheoryData<string?, string?, string?, string?> Table
    {
        get
        {
            var rows = new TheoryData<string?, string?, string?, string?>();
            foreach (string? provider in ProviderIds)
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
    public void Validate_ReportsExactlyTheViolationsTheSeedsPredict(string? provider, string? model, string? size, string? seconds)
    {
        CreateVideoRequest request = Request(model, size, seconds);

        SoraValidationResult result = request.Validate(provider is null ? null : SoraProvider.Get(provider));

        string[] expected = Pairs(SeedRules.Expected(provider, model, size, seconds));
        // Duplicates are kept in the actual list, so a pair reported twice fails the row too.
        string[] actual = Pairs(result.Violations.Select(v => (v.Param, v.Code)));
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Length == 0, result.IsValid);
        Assert.All(result.Violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Message)));
    }

    [Fact]
    public void Table_CoversEveryProfileTheLibraryShips()
    {
        Assert.Equal(SeedRules.Providers, SoraProvider.All.Select(p => p.Id));
    }

    [Fact]
    public void Table_HasARowForEveryCombination()
    {
        Assert.Equal(8 * 11 * 9 * 10, Table.Count);
    }

    // ---- Spot checks of the API-style messages ----

    [Theory]
    [InlineData("ezmodel", "sora-2-pro", "1792x1024", null, "size", SoraViolationCodes.UnsupportedByProvider, "size must be 720x1280 or 1280x720 with provider ezmodel")]
    [InlineData("ezmodel", null, "1024x1792", null, "size", SoraViolationCodes.UnsupportedByProvider, "size must be 720x1280 or 1280x720 with provider ezmodel")]
    [InlineData("azure", "sora-2", "1792x1024", null, "size", SoraViolationCodes.UnsupportedByProvider, "size must be 720x1280 or 1280x720 with provider azure")]
    [InlineData("azure", "sora-2-pro", null, null, "model", SoraViolationCodes.UnsupportedByProvider, "model must be sora-2 with provider azure")]
    [InlineData("gptge", "my-model", null, null, "model", SoraViolationCodes.UnsupportedByProvider, "model must be sora-2 or sora-2-pro with provider gptge")]
    [InlineData("unigateway", "sora-2-2025-12-08", null, null, "model", SoraViolationCodes.UnsupportedByProvider, "model must be sora-2 or sora-2-pro with provider unigateway")]
    [InlineData("unigateway", null, null, "four", "seconds", SoraViolationCodes.InvalidValue, "seconds must be 4, 5, 8 or 12 with provider unigateway")]
    [InlineData(null, null, null, "5", "seconds", SoraViolationCodes.InvalidValue, "seconds must be 4, 8 or 12")]
    [InlineData(null, null, "abc", null, "size", SoraViolationCodes.InvalidValue, "size must be 720x1280, 1280x720, 1024x1792 or 1792x1024")]
    public void Validate_ExplainsAViolationInTheApiStyle(
        string? provider, string? model, string? size, string? seconds, string param, string code, string message)
    {
        SoraValidationResult result = Request(model, size, seconds).Validate(provider is null ? null : SoraProvider.Get(provider));

        Assert.Contains(new SoraViolation(param, code, message), result.Violations);
    }

    [Theory]
    [InlineData("sora-2")]
    [InlineData("sora-2-2025-10-06")]
    [InlineData("sora-2-2025-12-08")]
    public void Validate_NamesTheNonProModelWhenA1792SizeIsAskedOfIt(string model)
    {
        SoraViolation violation = Assert.Single(Request(model, "1792x1024", null).Validate().Violations);

        Assert.Equal(("size", SoraViolationCodes.InvalidCombination), (violation.Param, violation.Code));
        Assert.Contains("720x1280 or 1280x720", violation.Message, StringComparison.Ordinal);
        Assert.Contains(model, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SaysTheModelIsAbsentWhenTheDefaultModelMeetsA1792Size()
    {
        SoraViolation violation = Assert.Single(Request(null, "1024x1792", null).Validate().Violations);

        Assert.Equal(("size", SoraViolationCodes.InvalidCombination), (violation.Param, violation.Code));
        Assert.Contains("model", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsEveryBrokenRuleAtOnceNotJustTheFirst()
    {
        var request = new CreateVideoRequest(" ") { Model = "sora-2-pro", Size = "1792x1024", Seconds = "0" };

        SoraValidationResult result = request.Validate(SoraProvider.Azure);

        Assert.Equal(
            "model:unsupported_by_provider, prompt:invalid_format, seconds:invalid_value, size:unsupported_by_provider",
            Describe(result.Violations.Select(v => (v.Param, v.Code))));
    }

    [Fact]
    public void Validate_OfAValidRequestHasNoViolationsAndSaysValid()
    {
        SoraValidationResult result = new CreateVideoRequest("A cat").Validate();

        Assert.True(result.IsValid);
        Assert.Empty(result.Violations);
        Assert.Equal("valid", result.ToString());
    }

    internal static CreateVideoRequest Request(string? model, string? size, string? seconds) => new("A calico cat playing a piano on stage")
    {
        Model = model is null ? (VideoModel?)null : new VideoModel(model),
        Size = size is null ? (VideoSize?)null : new VideoSize(size),
        Seconds = seconds is null ? (VideoSeconds?)null : new VideoSeconds(seconds),
    };

    internal static string Describe(IEnumerable<(string Param, string Code)> pairs) => string.Join(", ", Pairs(pairs));

    internal static string[] Pairs(IEnumerable<(string Param, string Code)> pairs) =>
        pairs.Select(p => p.Param + ":" + p.Code).Order(StringComparer.Ordinal).ToArray();
}
