using Xunit;
using static Sora.Contracts.Generator.Tests.TestSpecs;

namespace Sora.Contracts.Generator.Tests.Parsing;

/// <summary>The provider setting <c>retired: {date, source}</c>: read when well formed, SORA110 at its line otherwise.</summary>
public sealed class ProviderRetirementTests
{
    [Fact]
    public void Retired_IsReadWithItsDateAndSource_AndAProfileWithoutItIsLive()
    {
        var yaml = Spec(top: """
            x-sora-providers:
              gone:
                retired:
                  date: "2026-01-31"
                  source: the vendor's notice
              live:
                idPrefix: l_

            """);

        var model = Parse(yaml);

        AssertDiagnostics(model);
        Assert.Equal(new[] { ("gone", "2026-01-31", "the vendor's notice"), ("live", (string?)null, (string?)null) },
            model.Providers.Select(p => (p.Id, p.Retired?.Date, p.Retired?.Source)));
    }

    [Theory]
    [InlineData("retired: soon # bad", "# bad")]
    [InlineData("retired: {date: 31.01.2026, source: notice} # bad", "# bad")]
    [InlineData("retired: {date: \"2026-02-30\", source: notice} # bad", "# bad")]
    [InlineData("retired: {date: \"2026-01-31\"} # bad", "# bad")]
    [InlineData("retired: {date: \"2026-01-31\", source: notice, reason: money} # bad", "# bad")]
    public void AMalformedRetirement_IsSora110AtItsLine(string setting, string marker)
    {
        var yaml = Spec(top: $"""
            x-sora-providers:
              gone:
                {setting}

            """);

        var model = Parse(yaml);

        AssertDiagnostics(model, ("SORA110", LineOf(yaml, marker)));
    }
}
