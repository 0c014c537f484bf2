using Sora.Contracts;

namespace Sora.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task AValidRequestExitsZeroAndNamesTheValuesInForce()
    {
        var result = await CliRunner.RunAsync("validate", "A cat", "--size", "1280x720", "--seconds", "8", "--provider", "ezmodel");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Valid for provider ezmodel: model sora-2, size 1280x720, seconds 8.", Assert.Single(result.OutLines));
    }

    [Fact]
    public async Task AnInvalidRequestExitsOneAndListsEveryViolationWithTheValidatorsMessages()
    {
        var expected = new CreateVideoRequest(" ") { Model = "sora-2", Size = "1792x1024", Seconds = "5" }.Validate(SoraProvider.Ezmodel).Violations;

        var result = await CliRunner.RunAsync("validate", " ", "--model", "sora-2", "--size", "1792x1024", "--seconds", "5", "--provider", "ezmodel");

        Assert.Equal(1, result.ExitCode);
        Assert.True(expected.Count >= 3);
        Assert.Equal($"Invalid for provider ezmodel ({expected.Count} problems):", result.OutLines[0]);
        string[] analyzerIds = ["SORA005", "SORA004", "SORA002", "SORA001"]; // the analyzer diagnostics of the same rules
        Assert.Equal(expected.Skip(1).Select((v, i) => $"{analyzerIds[i + 1]} {v.Param}: {v.Message} ({v.Code})"), result.OutLines[2..]);
        // The spec's pattern for a prompt is machinery; the line says what the user did wrong.
        Assert.Equal("SORA005 prompt: prompt must not be empty or only spaces (invalid_format)", result.OutLines[1]);
        Assert.Contains("SORA004 size: size must be 720x1280 or 1280x720 with provider ezmodel (unsupported_by_provider)", result.OutLines);
    }

    [Fact]
    public async Task SecondsThatAreNotANumberAreJudgedByTheSpecNotRejectedByTheParser()
    {
        var result = await CliRunner.RunAsync("validate", "A cat", "--seconds", "abc");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["Invalid for the base contract (1 problem):", "SORA002 seconds: seconds must be 4, 8 or 12 (invalid_value)"], result.OutLines);
    }

    [Fact]
    public async Task AFlagWinsOverTheEnvironment()
    {
        var environment = new Dictionary<string, string> { ["SORA_PROVIDER"] = "gptge" };

        var fromEnvironment = await CliRunner.RunAsync(environment, "validate", "A cat", "--size", "1280x720");
        var fromFlag = await CliRunner.RunAsync(environment, "validate", "A cat", "--size", "1280x720", "--provider", "azure");

        Assert.StartsWith("Valid for provider gptge:", fromEnvironment.Out, StringComparison.Ordinal);
        Assert.StartsWith("Valid for provider azure:", fromFlag.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestFileIsJudgedAsItWouldBeSent()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.json");
        var bad = folder.File("bad.json");
        await File.WriteAllTextAsync(good, """{"prompt":"A cat","model":"sora-2-pro","size":"1792x1024","seconds":"12"}""");
        await File.WriteAllTextAsync(bad, """{"prompt":"A cat","size":"1024x1792","seconds":8,"extra":true}""");

        var valid = await CliRunner.RunAsync("validate", "--file", good);
        var invalid = await CliRunner.RunAsync("validate", "--file", bad);

        Assert.Equal(0, valid.ExitCode);
        Assert.Equal("Valid for the base contract: model sora-2-pro, size 1792x1024, seconds 12.", Assert.Single(valid.OutLines));
        Assert.Equal(1, invalid.ExitCode);
        Assert.Equal(["Invalid for the base contract (1 problem):", "SORA001 size: size must be 720x1280 or 1280x720 when model is not set (invalid_combination)"], invalid.OutLines);
    }

    [Fact]
    public async Task AFileThatIsNotARequestIsOneErrorLineAndExitCodeOne()
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.json");
        await File.WriteAllTextAsync(path, """{"prompt": "A cat", """);

        var result = await CliRunner.RunAsync("validate", "--file", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"sora: {path} is not a CreateVideoRequest in JSON: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task AMissingFileOrAFileMixedWithFlagsIsAUsageError()
    {
        var missing = await CliRunner.RunAsync("validate", "--file", "/no/such/request.json");
        var mixed = await CliRunner.RunAsync("validate", "A cat", "--file", "/no/such/request.json");

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("sora: '/no/such/request.json' does not exist.", Assert.Single(missing.ErrorLines));
        Assert.Equal(2, mixed.ExitCode);
        Assert.Equal("sora: give either --file or a prompt with flags, not both.", Assert.Single(mixed.ErrorLines));
    }

    [Fact]
    public async Task AnImageWhosePixelSizeDiffersFromSizeIsAViolation()
    {
        using var folder = new TempFolder();
        var image = folder.File("start.png");
        await File.WriteAllBytesAsync(image, Png(720, 1280));

        var matching = await CliRunner.RunAsync("validate", "A cat", "--size", "720x1280", "--image", image);
        var mismatched = await CliRunner.RunAsync("validate", "A cat", "--size", "1280x720", "--image", image);

        Assert.Equal(0, matching.ExitCode);
        Assert.Equal(1, mismatched.ExitCode);
        Assert.Contains("input_reference: input_reference must be 1280x720 pixels to match size (it is 720x1280) (image_size_mismatch)", mismatched.OutLines);
    }

    // The header alone decides format and size; the reader checks no more than the signature and IHDR.
    private static byte[] Png(int width, int height)
    {
        var png = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(png, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        png[24] = 8;
        png[25] = 2;
        return png;
    }
}
