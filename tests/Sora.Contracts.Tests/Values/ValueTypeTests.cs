namespace Sora.Contracts.Tests.Values;

/// <summary>The string-backed open value types: ordinal equality, conversions, known values in spec order.</summary>
public sealed class ValueTypeTests
{
    [Fact]
    public void KnownValues_AreListedInTheOrderOfTheContract()
    {
        // PRODUCT.md contract table (model, size, seconds, status rows) and the content endpoint's variants.
        Assert.Equal(["sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08"], VideoModel.KnownValues.Select(v => v.Value).ToArray());
        Assert.Equal(["720x1280", "1280x720", "1024x1792", "1792x1024"], VideoSize.KnownValues.Select(v => v.Value).ToArray());
        Assert.Equal(["4", "8", "12"], VideoSeconds.KnownValues.Select(v => v.Value).ToArray());
        Assert.Equal(["queued", "in_progress", "completed", "failed", "cancelled"], VideoStatus.KnownValues.Select(v => v.Value).ToArray());
        Assert.Equal(["video", "thumbnail", "spritesheet"], VideoContentVariant.KnownValues.Select(v => v.Value).ToArray());
    }

    [Fact]
    public void KnownValues_AreAllKnownAndTheNamedMembersMatch()
    {
        Assert.All(VideoModel.KnownValues, v => Assert.True(v.IsKnown));
        Assert.All(VideoSize.KnownValues, v => Assert.True(v.IsKnown));
        Assert.All(VideoSeconds.KnownValues, v => Assert.True(v.IsKnown));
        Assert.All(VideoStatus.KnownValues, v => Assert.True(v.IsKnown));
        Assert.All(VideoContentVariant.KnownValues, v => Assert.True(v.IsKnown));
        Assert.Equal("sora-2-pro", VideoModel.Sora2Pro.Value);
        Assert.Equal("1792x1024", VideoSize.Size1792x1024.Value);
        Assert.Equal("12", VideoSeconds.Seconds12.Value);
        Assert.Equal("in_progress", VideoStatus.InProgress.Value);
        Assert.Equal("spritesheet", VideoContentVariant.Spritesheet.Value);
    }

    [Fact]
    public void Equality_IsOrdinalOnTheWireForm()
    {
        VideoModel model = "sora-2";

        Assert.Equal(VideoModel.Sora2, model);
        Assert.True(model == VideoModel.Sora2);
        Assert.Equal(VideoModel.Sora2.GetHashCode(), model.GetHashCode());
        Assert.NotEqual(VideoModel.Sora2, new VideoModel("SORA-2"));
        Assert.NotEqual(VideoModel.Sora2, new VideoModel(" sora-2"));
        Assert.True(new VideoSize("1280X720") != VideoSize.Size1280x720);
        Assert.False(new VideoStatus("Completed").Equals(VideoStatus.Completed));
        Assert.False(VideoStatus.Completed.Equals((object)"completed"));
        Assert.True(VideoStatus.Completed.Equals((object)new VideoStatus("completed")));
    }

    [Theory]
    [InlineData("SORA-2")]
    [InlineData(" sora-2")]
    [InlineData("sora-2 ")]
    [InlineData("")]
    [InlineData("my-model")]
    public void IsKnown_IsFalseForAnythingButTheExactSpelling(string value)
    {
        VideoModel model = value;

        Assert.False(model.IsKnown);
        Assert.Equal(value, model.Value);
        Assert.Equal(value, model.ToString());
    }

    [Fact]
    public void ImplicitConversions_WrapTheStringAsIs()
    {
        VideoSize size = "1920x1080";
        VideoStatus status = "paused";
        VideoContentVariant variant = "poster";
        VideoSeconds seconds = "4.0";

        Assert.Equal("1920x1080", size.Value);
        Assert.False(size.IsKnown);
        Assert.Equal("paused", status.Value);
        Assert.Equal("poster", variant.Value);
        Assert.Equal("4.0", seconds.Value);
        Assert.False(seconds.IsKnown);
    }

    [Theory]
    [InlineData(4, "4", true)]
    [InlineData(8, "8", true)]
    [InlineData(12, "12", true)]
    [InlineData(5, "5", false)]
    [InlineData(0, "0", false)]
    [InlineData(-4, "-4", false)]
    public void SecondsFromInt_IsItsDecimalString(int value, string expected, bool known)
    {
        VideoSeconds seconds = value;

        Assert.Equal(expected, seconds.Value);
        Assert.Equal(known, seconds.IsKnown);
        Assert.Equal(new VideoSeconds(expected), seconds);
    }

    [Theory]
    [InlineData("4", 4)]
    [InlineData("8", 8)]
    [InlineData("12", 12)]
    [InlineData("5", 5)]
    public void TryGetInt32_ReadsAWholeNumber(string value, int expected)
    {
        Assert.True(new VideoSeconds(value).TryGetInt32(out int number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("4.0")]
    [InlineData("")]
    [InlineData("four")]
    [InlineData(" 8")]
    [InlineData("8 ")]
    [InlineData("1e1")]
    [InlineData("99999999999")]
    public void TryGetInt32_FailsForTextThatIsNotAPlainWholeNumber(string value)
    {
        Assert.False(new VideoSeconds(value).TryGetInt32(out _));
    }

    [Fact]
    public void Default_HasAnEmptyValueAndIsUnknown()
    {
        Assert.Equal(string.Empty, default(VideoModel).Value);
        Assert.Equal(string.Empty, default(VideoModel).ToString());
        Assert.False(default(VideoModel).IsKnown);
        Assert.Equal(string.Empty, default(VideoSize).Value);
        Assert.Equal(string.Empty, default(VideoSeconds).Value);
        Assert.False(default(VideoSeconds).TryGetInt32(out _));
        Assert.Equal(string.Empty, default(VideoStatus).Value);
        Assert.False(default(VideoStatus).IsTerminal);
        Assert.Equal(string.Empty, default(VideoContentVariant).Value);
        Assert.NotEqual(VideoModel.Sora2, default);
    }

    [Fact]
    public void Default_EqualsTheEmptyWireFormItPrints()
    {
        // Equality is documented as "ordinal equality of the wire forms", and default's wire form is "".
        VideoModel empty = string.Empty;

        Assert.Equal(empty, default(VideoModel));
        Assert.Equal(empty.GetHashCode(), default(VideoModel).GetHashCode());
    }

    [Fact]
    public void Constructor_RejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => new VideoModel(null!));
        Assert.Throws<ArgumentNullException>(() => new VideoSize(null!));
        Assert.Throws<ArgumentNullException>(() => new VideoSeconds(null!));
        Assert.Throws<ArgumentNullException>(() => new VideoStatus(null!));
        Assert.Throws<ArgumentNullException>(() => new VideoContentVariant(null!));
    }

    [Theory]
    [InlineData("completed", true)]
    [InlineData("failed", true)]
    [InlineData("cancelled", true)] // 001_d411cea1ea856dda.txt adds cancelled
    [InlineData("queued", false)]
    [InlineData("in_progress", false)]
    [InlineData("paused", false)]
    [InlineData("canceled", false)]
    [InlineData("COMPLETED", false)]
    public void IsTerminal_IsTrueOnlyForCompletedFailedAndCancelled(string status, bool terminal)
    {
        Assert.Equal(terminal, new VideoStatus(status).IsTerminal);
    }

    [Fact]
    public void ValuesWork_AsDictionaryKeys()
    {
        var bySize = new Dictionary<VideoSize, int> { [VideoSize.Size720x1280] = 1, ["1280x720"] = 2 };

        Assert.Equal(1, bySize["720x1280"]);
        Assert.Equal(2, bySize[VideoSize.Size1280x720]);
        Assert.False(bySize.ContainsKey("1280X720"));
    }
}
