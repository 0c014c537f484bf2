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
            Assert.Equal(string.Join(", ", provider.GetAllowedValues("CreateVideoRequest", "size") ?? VideoSize.KnownValues.Select(v => v.Value)), cells[3]);
            Assert.Equal(provider.Auth, cells[6]);
        }

        var ezmodel = rows.Single(row => row.StartsWith("│ ezmodel ", StringComparison.Ordinal)).Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["ezmodel", "https://api.ezmodel.cloud/v1", "sora-2, sora-2-pro, sora-2-2025-10-06, sora-2-pro-2025-10-06, sora-2-2025-12-08", "720x1280, 1280x720", "4, 8, 12", "2 concurrent jobs, assets kept 24 h", "bearer", "application/json, multipart/form-data"], ezmodel);
        Assert.Contains(rows, row => row.StartsWith("│ openai (shut down 2026-09-24)", StringComparison.Ordinal) && row.Contains("download links 1 h", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("│ unigateway ", StringComparison.Ordinal) && row.Contains("│ 4, 5, 8, 12 ", StringComparison.Ordinal));
    }
}
