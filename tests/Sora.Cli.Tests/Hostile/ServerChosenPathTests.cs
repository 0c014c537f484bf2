using System.Text.RegularExpressions;
using Sora.Testing.Hostile;

namespace Sora.Cli.Tests.Hostile;

/// <summary>
/// A server answers with ids that are paths. Whatever it sends, <c>generate</c> and <c>download</c> write exactly one
/// file, with a safe name, in the working folder, and nothing anywhere else in the sandbox around it.
/// </summary>
public sealed partial class ServerChosenPathTests
{
    public static TheoryData<string> PathIds => new()
    {
        "../outside/x",
        "../../../escaped",
        "{absolute}/x",
        "C:\\x",
        "C:x",
        "\\\\server\\share\\x",
        "\\\\?\\C:\\x",
        "a/../../x",
        "~/x",
        "video_" + new string('a', 4994),
        "\u001b\u0007\u0001\u009b",
        "video_\u202Egnp.exe",
        "CON",
        "nul",
    };

    public static TheoryData<string> NoJobIds => new() { "..", ".", "", "   " };

    [Theory]
    [MemberData(nameof(PathIds))]
    public async Task GenerateSavesUnderASafeNameInTheWorkingFolderWhateverIdTheServerGives(string id)
    {
        using var sandbox = new Sandbox();
        id = id.Replace("{absolute}", sandbox.Absolute, StringComparison.Ordinal);
        await using var gateway = await ScriptedSora.StartAsync(new JobScript(id));
        var outsideBefore = sandbox.FilesOutsideWork();

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "generate", "A cat");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(outsideBefore);
        Assert.Empty(sandbox.FilesOutsideWork());
        var name = Assert.Single(sandbox.WorkEntries());
        Assert.Matches(SafeName(), name);
        Assert.Equal(ScriptedSora.Media, await File.ReadAllBytesAsync(Path.Combine(sandbox.Work, name)));
        Assert.Equal($"Saved to {Path.Combine(sandbox.Work, name)} ({ScriptedSora.Media.Length} bytes).", result.OutLines[^1]);
    }

    [Theory]
    [MemberData(nameof(PathIds))]
    public async Task DownloadOfAnIdCopiedFromTheServerSavesUnderASafeNameInTheWorkingFolder(string id)
    {
        using var sandbox = new Sandbox();
        id = id.Replace("{absolute}", sandbox.Absolute, StringComparison.Ordinal);
        await using var gateway = await ScriptedSora.StartAsync(new JobScript(id));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "download", id);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(sandbox.FilesOutsideWork());
        var name = Assert.Single(sandbox.WorkEntries());
        Assert.Matches(SafeName(), name);
        Assert.Equal(ScriptedSora.Media, await File.ReadAllBytesAsync(Path.Combine(sandbox.Work, name)));
    }

    [Theory]
    [MemberData(nameof(NoJobIds))]
    public async Task AnIdThatNamesNoJobStopsGenerateWithOneLineThatSaysTheJobMayExistAndWritesNothing(string id)
    {
        using var sandbox = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(new JobScript(id));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "generate", "A cat");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"sora: the server answered with the job id '{id}' for the new job, which names no job; nothing more was sent.", line, StringComparison.Ordinal);
        Assert.EndsWith("The job may exist anyway: look with 'sora list' before creating it again.", line, StringComparison.Ordinal);
        Assert.Equal("POST", Assert.Single(gateway.Calls).Method);
        Assert.Empty(sandbox.WorkEntries());
        Assert.Empty(sandbox.FilesOutsideWork());
    }

    [Theory]
    [MemberData(nameof(NoJobIds))]
    public async Task AnIdThatNamesNoJobIsAUsageErrorForDownloadAndNothingIsSent(string id)
    {
        using var sandbox = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(new JobScript("video_1"));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "download", id);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sora: a job id cannot be empty, '.' or '..'. See 'sora download --help'.", Assert.Single(result.ErrorLines));
        Assert.Empty(gateway.Calls);
        Assert.Empty(sandbox.WorkEntries());
    }

    [Fact]
    public async Task AServerAnsweringADownloadWithAnIdThatNamesNoJobGetsOneLineAndNothingIsWritten()
    {
        using var sandbox = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(new JobScript(".."));

        var result = await CliRunner.RunAsync(sandbox.Against(gateway), "download", "video_1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("sora: the server answered with the job id '..' for job video_1, which names no job; nothing more was sent.", Assert.Single(result.ErrorLines));
        Assert.Equal("/v1/videos/video_1", Assert.Single(gateway.Calls).Path);
        Assert.Empty(sandbox.WorkEntries());
    }

    [Fact]
    public async Task TwoHostileIdsThatCleanAlikeAreSavedAsTwoFiles()
    {
        using var sandbox = new Sandbox();
        string[] ids = ["x/../y", "x\\..\\y"];

        foreach (var id in ids)
        {
            await using var gateway = await ScriptedSora.StartAsync(new JobScript(id));
            var result = await CliRunner.RunAsync(sandbox.Against(gateway), "generate", "A cat");
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        Assert.Equal(2, sandbox.WorkEntries().Length);
        Assert.Empty(sandbox.FilesOutsideWork());
    }

    [Fact]
    public async Task TwoRunsInDifferentWorkingFoldersAtOnceEachWriteInTheirOwn()
    {
        using var first = new Sandbox();
        using var second = new Sandbox();
        await using var gateway = await ScriptedSora.StartAsync(new JobScript("video_same"));

        var results = await Task.WhenAll(
            CliRunner.RunAsync(first.Against(gateway), "generate", "A cat"),
            CliRunner.RunAsync(second.Against(gateway), "generate", "A cat"));

        Assert.All(results, result => Assert.True(result.ExitCode == 0, result.ToString()));
        Assert.Equal(["video_same.mp4"], first.WorkEntries());
        Assert.Equal(["video_same.mp4"], second.WorkEntries());
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}(\.[0-9a-f]{12})?\.mp4$")]
    private static partial Regex SafeName();
}
