using Sora.Contracts;
using Sora.Client.Tests.EndToEnd;
using Sora.Emulator;

namespace Sora.Cli.Tests;

/// <summary>Problem 4: validate predicts generate (one verdict), and an unknown or miscased model is a warning as SORA003 is.</summary>
public sealed class VerdictTests
{
    private const string MultipartRefusal =
        "SORA004 input_reference: an uploaded image needs multipart/form-data, which provider gptge does not accept (application/json); give the image as a URL in a request file instead (unsupported_by_provider)";

    [Fact]
    public async Task AnImageUploadToAProviderWithoutMultipartIsInvalidForValidateAndForGenerateAlike()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = Contracts.SoraProvider.Gptge });
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("ok.png"), TestImages.Png(1280, 720));
        string[] request = ["A cat", "--size", "1280x720", "--image", folder.File("ok.png"), "--provider", "gptge"];

        var validate = await CliRunner.RunAsync(emulator, ["validate", .. request]);
        var generate = await CliRunner.RunAsync(emulator, ["generate", .. request, "--out", folder.File("cat.mp4")]);

        Assert.Equal(1, validate.ExitCode);
        Assert.Equal(["Invalid for provider gptge (1 problem):", MultipartRefusal], validate.OutLines);
        Assert.Equal(1, generate.ExitCode);
        Assert.Equal(["sora: the request is invalid (1 problem); nothing was sent:", MultipartRefusal], generate.ErrorLines);
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task AnImageWhosePixelsDifferFromTheSizeIsRefusedBeforeAnyJob()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("tall.png"), TestImages.Png(720, 1280));

        var result = await CliRunner.RunAsync(emulator, "generate", "A cat", "--size", "1280x720", "--image", folder.File("tall.png"), "--out", folder.File("cat.mp4"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("sora: the request is invalid (1 problem); nothing was sent:", result.ErrorLines[0]);
        Assert.StartsWith("input_reference: ", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.EndsWith("(image_size_mismatch)", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task AFileThatIsNoImageIsNamedOnceNotAsInputReferenceInputReference()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("bad.png"), "hello");

        var result = await CliRunner.RunAsync("validate", "A cat", "--image", folder.File("bad.png"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("input_reference: The image is not PNG, JPEG or WebP (it starts with 68 65 6C 6C). (invalid_image)", result.OutLines[1]);
    }

    [Theory]
    [InlineData("sora-3", "sora-2")]
    [InlineData("SORA-2", "sora-2")]
    public async Task AnUnknownOrMiscasedModelIsValidWithTheAnalyzersWarningAndTheKnownValues(string model, string near)
    {
        var result = await CliRunner.RunAsync("validate", "A cat", "--model", model);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"Valid for the base contract: model {model}, size 720x1280, seconds 4.",
                $"warning SORA003 model: model '{model}' is not one the spec knows (sora-2, sora-2-pro, sora-2-2025-10-06, sora-2-pro-2025-10-06 or sora-2-2025-12-08), so its combinations cannot be checked; did you mean '{near}'? It is sent as typed.",
            ],
            result.OutLines);
    }

    [Fact]
    public async Task GenerateWarnsOfAnUnknownModelOnStderrAndStillSendsIt()
    {
        // A live profile that names no model list of its own, so an unknown model is a warning rather than a refusal.
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("ezmodel"), QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var folder = new TempFolder();

        var result = await CliRunner.RunAsync(emulator, "generate", "A cat", "--model", "SORA-2", "--out", folder.File("cat.mp4"));

        Assert.StartsWith("sora: warning: SORA003 model: model 'SORA-2' is not one the spec knows (", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("SORA-2", Assert.Single(emulator.Jobs).Model.Value);
    }

    [Fact]
    public async Task ValidateReadsTheRequestFromStdinWithFileDash()
    {
        var setup = new CliSetup(new Dictionary<string, string>(), Directory.GetCurrentDirectory(), Input: """{"prompt":"A cat","model":"sora-2","size":"1792x1024"}""");

        var result = await CliRunner.RunAsync(setup, "validate", "--file", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Invalid for the base contract (1 problem):", result.OutLines[0]);
        Assert.StartsWith("SORA001 size: ", result.OutLines[1], StringComparison.Ordinal);
    }
}
