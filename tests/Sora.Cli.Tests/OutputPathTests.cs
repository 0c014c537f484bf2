using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sora.Contracts;
using Sora.Emulator;
using Sora.Testing.Hostile;

namespace Sora.Cli.Tests;

/// <summary>Problems 1-3: every output path that cannot be written is refused before a paid job is created.</summary>
public sealed class OutputPathTests
{
    [Theory]
    [InlineData("", "sora: --out is empty: give a file path such as cat.mp4 (nothing was created).")]
    [InlineData(" ", "sora: --out is empty: give a file path such as cat.mp4 (nothing was created).")]
    [InlineData("adir", "sora: --out 'adir' is a folder: give a file path such as adir/cat.mp4 (nothing was created).")]
    [InlineData("nosuchdir/x.mp4", "sora: the folder '{work}/nosuchdir' does not exist: create it or choose another --out (nothing was created).")]
    public async Task AnUnusableOutPathIsAUsageErrorAndNoJobIsCreated(string output, string expected)
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("adir"));

        var result = await CliRunner.RunAsync(new CliSetup(CliRunner.EnvironmentFor(emulator), folder.PathName), "generate", "A cat", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected.Replace("{work}", folder.PathName, StringComparison.Ordinal).Replace('/', Path.DirectorySeparatorChar), Assert.Single(result.ErrorLines));
        Assert.Empty(result.Out);
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task AFolderThatRefusesANewFileIsFoundByTryingBeforeAnyJobIsCreated()
    {
        // Root may write anywhere a mode allows; /proc refuses new files to everyone.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        await using var emulator = await SoraEmulator.StartAsync();

        var result = await CliRunner.RunAsync(emulator, "generate", "A cat", "--out", "/proc/cat.mp4");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sora: cannot write in the folder '/proc': choose another --out (nothing was created).", Assert.Single(result.ErrorLines));
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task TheReadmesFirstCommandRunsTwiceWithForceAndReplacesTheVideo()
    {
        using var folder = new TempFolder();
        var setup = new CliSetup(new Dictionary<string, string>(), folder.PathName);

        var first = await CliRunner.RunAsync(setup, "generate", "A cat", "--out", "cat.mp4");
        await File.WriteAllTextAsync(folder.File("cat.mp4"), "old");
        var refused = await CliRunner.RunAsync(setup, "generate", "A cat", "--out", "cat.mp4");
        var forced = await CliRunner.RunAsync(setup, "generate", "A cat", "--out", "cat.mp4", "--force");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"sora: '{folder.File("cat.mp4")}' already exists: pass --force to replace it, or choose another --out (nothing was created).", Assert.Single(refused.ErrorLines));
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal("ftyp"u8.ToArray(), (await File.ReadAllBytesAsync(folder.File("cat.mp4")))[4..8]);
        Assert.Equal(["cat.mp4"], folder.Files());
    }

    [Fact]
    public async Task DownloadRefusesAnExistingFileBeforeAskingTheServerAndReplacesItWithForce()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var folder = new TempFolder();
        var made = await CliRunner.RunAsync(emulator, "generate", "A cat", "--out", folder.File("cat.mp4"));
        Assert.Equal(0, made.ExitCode);
        var id = Assert.Single(emulator.Jobs).Id;
        await File.WriteAllTextAsync(folder.File("cat.mp4"), "old");

        var refused = await CliRunner.RunAsync(emulator, "download", id, "--out", folder.File("cat.mp4"));
        var forced = await CliRunner.RunAsync(emulator, "download", id, "--out", folder.File("cat.mp4"), "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"sora: '{folder.File("cat.mp4")}' already exists: pass --force to replace it, or choose another --out (nothing was downloaded).", Assert.Single(refused.ErrorLines));
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(emulator.GetMedia(id, VideoContentVariant.Video), await File.ReadAllBytesAsync(folder.File("cat.mp4")));
    }

    [Fact]
    public async Task AFailureAfterTheJobWasCreatedNamesTheJobAndTheExactDownloadCommand()
    {
        await using var gateway = await HostileGateway.StartAsync(context =>
        {
            context.Response.ContentType = "application/json";
            if ((context.Request.Path.Value ?? string.Empty).EndsWith("/content", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 404;
                return context.Response.WriteAsync("""{"error":{"message":"asset not ready","code":"not_found"}}""", Encoding.UTF8);
            }

            var video = new JsonObject { ["id"] = "video_paid", ["object"] = "video", ["model"] = "sora-2", ["status"] = "completed", ["progress"] = 100, ["created_at"] = 1_760_000_000 };
            return context.Response.WriteAsync(video.ToJsonString(), Encoding.UTF8);
        });
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string> { ["SORA_BASE_URL"] = gateway.BaseAddress.ToString(), ["SORA_API_KEY"] = "sk-test" };

        var result = await CliRunner.RunAsync(new CliSetup(environment, folder.PathName), "generate", "A cat", "--out", "cat.mp4");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"sora: 404 not_found: asset not ready The job video_paid was created; fetch it once it is finished with: sora download video_paid --out {folder.File("cat.mp4")} (or 'sora resume').",
            Assert.Single(result.ErrorLines));
        Assert.Empty(folder.Files());
    }
}
