using Sora.Contracts;

namespace Sora.Cli.Tests;

public sealed class ProvidersCommandTests
{
    [Fact]
    public async Task EveryProfileHasARowWithItsValuesAndLimitsFromTheSpec()
    {
        var result = await CliRunner.RunAsync("providers");

        Assert.Equal(0, result.ExitCode);
        var rows = result.OutLines.Where(line => line.StartsWith("│ ", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.Equal(SoraProvider.All.Count, rows.Count);
        foreach (var (provider, row) in SoraProvider.All.Zip(rows))
        {
            var cells = row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.StartsWith(provider.Id, cells[0], StringComparison.Ordinal);
            Assert.Equal(provider.BaseUrl, cells[1]);
            var sizes = provider.GetAllowedPattern("CreateVideoRequest", "size") is { } pattern
                ? "matching " + pattern
                : string.Join(", ", provider.GetAllowedValues("CreateVideoRequest", "size") ?? VideoSize.KnownValues.Select(v => v.Value));
            Assert.Equal(sizes, cells[3]);
            Assert.Equal(provider.Auth, cells[6]);
        }

        var ezmodel = rows.Single(row => row.StartsWith("│ ezmodel ", StringComparison.Ordinal)).Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["ezmodel", "https://api.ezmodel.cloud/v1", "sora-2, sora-2-pro, sora-2-2025-10-06, sora-2-pro-2025-10-06, sora-2-2025-12-08", "720x1280, 1280x720", "4, 8, 12", "2 concurrent jobs, assets kept 24 h", "bearer", "application/json, multipart/form-data"], ezmodel);
        Assert.Contains(rows, row => row.StartsWith("│ openai (retired 2026-09-24)", StringComparison.Ordinal) && row.Contains("download links 1 h", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("│ azure (retired 2026-10-15)", StringComparison.Ordinal));
        Assert.Equal(SoraProvider.All.Count(p => p.IsRetired), rows.Count(row => row.Contains("(retired ", StringComparison.Ordinal)));
        Assert.Contains(rows, row => row.StartsWith("│ unigateway ", StringComparison.Ordinal) && row.Contains("│ 4, 5, 8, 12 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AProfileThatWidensByAPattern_ShowsThePatternInItsCells()
    {
        var result = await CliRunner.RunAsync("providers");

        Assert.Equal(0, result.ExitCode);
        var row = result.OutLines.Single(line => line.StartsWith("│ vllm-omni ", StringComparison.Ordinal)).Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["matching ^.+$", "matching ^[0-9]+x[0-9]+$", "matching ^[1-9][0-9]*$"], row[2..5]);
    }

    [Fact]
    public async Task Json_GivesAPatternBesideANullList_AndNullPatternsBesideLists()
    {
        var result = await CliRunner.RunAsync("providers", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var profiles = document.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, profiles["vllm-omni"].GetProperty("sizes").ValueKind);
        Assert.Equal("^[0-9]+x[0-9]+$", profiles["vllm-omni"].GetProperty("sizes_pattern").GetString());
        Assert.Equal(["720x1280", "1280x720"], profiles["ezmodel"].GetProperty("sizes").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, profiles["ezmodel"].GetProperty("sizes_pattern").ValueKind);
    }

    [Fact]
    public async Task Json_CarriesEachRetirementsDateAndSource_AndNullsForLiveProfiles()
    {
        var result = await CliRunner.RunAsync("providers", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(
            SoraProvider.All.Select(p => (p.Id, p.RetiredOn, p.RetiredSource)),
            document.RootElement.EnumerateArray().Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("retired_on").GetString(), e.GetProperty("retired_source").GetString())));
        Assert.Contains(document.RootElement.EnumerateArray(), e => e.GetProperty("retired_on").GetString() is not null);
    }
}
