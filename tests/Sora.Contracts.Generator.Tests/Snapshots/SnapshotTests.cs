using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Snapshots;

/// <summary>
/// Every file generated from spec/sora.openapi.yaml (RootNamespace <c>Sora.Contracts</c>) against its committed baseline
/// <c>Snapshots/{hint name without .cs}.verified.cs</c>, Verify-style: on a mismatch the new output is written next to it
/// as <c>.received.cs</c>; set <c>SORA_ACCEPT_SNAPSHOTS=1</c> to overwrite the baselines. Only line endings are normalized.
/// </summary>
public sealed class SnapshotTests
{
    public const string AcceptVariable = "SORA_ACCEPT_SNAPSHOTS";
    private const string VerifiedSuffix = ".verified.cs";
    private const string ReceivedSuffix = ".received.cs";

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static TheoryData<string> GeneratedHintNames => new(ProductSpec.Product.Sources.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void ProductSpec_GeneratesWithoutDiagnostics()
    {
        var run = ProductSpec.Product;

        Assert.Null(run.Generator.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(25, run.Sources.Count);
    }

    [Theory]
    [MemberData(nameof(GeneratedHintNames))]
    public void GeneratedFile_MatchesItsVerifiedSnapshot(string hintName)
    {
        var received = Normalize(ProductSpec.Product.Sources[hintName]);
        var verifiedPath = Path.Combine(SnapshotDirectory(), BaseName(hintName) + VerifiedSuffix);
        var receivedPath = Path.Combine(SnapshotDirectory(), BaseName(hintName) + ReceivedSuffix);

        if (Accepting)
        {
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return;
        }

        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Assert.Fail(
            (verified is null ? $"'{hintName}' has no baseline: {verifiedPath} does not exist." : $"'{hintName}' differs from its baseline. {FirstDifference(verified, received)}")
            + $"\nThe generated text was written to {receivedPath}."
            + $"\nReview it (diff '{verifiedPath}' '{receivedPath}'); if the change is intended, accept it with"
            + $"\n  {AcceptVariable}=1 dotnet test tests/Sora.Contracts.Generator.Tests"
            + "\nor rename the .received.cs file to .verified.cs, and commit the baseline.");
    }

    [Fact]
    public void EveryVerifiedSnapshot_HasAGeneratedFile_AndEveryGeneratedFileHasASnapshot()
    {
        var generated = ProductSpec.Product.Sources.Keys.Select(BaseName).ToHashSet(StringComparer.Ordinal);
        var verifiedFiles = Directory.GetFiles(SnapshotDirectory(), "*" + VerifiedSuffix);
        var verified = verifiedFiles.Select(f => Path.GetFileName(f)[..^VerifiedSuffix.Length]).ToHashSet(StringComparer.Ordinal);

        var stale = verified.Except(generated).Order(StringComparer.Ordinal).ToList();
        var missing = generated.Except(verified).Order(StringComparer.Ordinal).ToList();
        if (Accepting)
        {
            foreach (var name in stale)
            {
                File.Delete(Path.Combine(SnapshotDirectory(), name + VerifiedSuffix));
            }

            return;
        }

        Assert.True(
            stale.Count == 0,
            "Stale baselines (no generated file has these names any more): " + string.Join(", ", stale)
            + $". Delete them, or run with {AcceptVariable}=1 to delete them.");
        Assert.True(
            missing.Count == 0,
            "Generated files without a baseline: " + string.Join(", ", missing)
            + $". Run with {AcceptVariable}=1 to create them, review and commit.");
    }

    [Fact]
    public void SnapshotsAreComparedByText_OnlyLineEndingsAreNormalized()
    {
        Assert.Equal("a\nb\n", Normalize("a\r\nb\r\n"));
        Assert.Equal("a \n\tb", Normalize("a \r\n\tb"));
        Assert.NotEqual(Normalize("a\n"), Normalize("a \n"));
    }

    /// <summary><c>sora.openapi.VideoSize.g.cs</c> → <c>sora.openapi.VideoSize.g</c>.</summary>
    private static string BaseName(string hintName) => hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string FirstDifference(string verified, string received)
    {
        var expected = verified.Split('\n');
        var actual = received.Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var e = i < expected.Length ? expected[i] : "<end of file>";
            var a = i < actual.Length ? actual[i] : "<end of file>";
            if (e != a)
            {
                return $"First difference at line {i + 1}:\n  verified: {e}\n  received: {a}";
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// The source folder of these snapshots: found from the test binaries by walking up to the project folder (so it
    /// works from any clone), or from this file's compile-time path.
    /// </summary>
    private static string SnapshotDirectory([CallerFilePath] string thisFile = "")
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sora.Contracts.Generator.Tests.csproj")))
            {
                return Path.Combine(directory.FullName, "Snapshots");
            }
        }

        var fromSource = Path.GetDirectoryName(thisFile);
        if (fromSource is not null && Directory.Exists(fromSource))
        {
            return fromSource;
        }

        throw new InvalidOperationException("Cannot find tests/Sora.Contracts.Generator.Tests/Snapshots from " + AppContext.BaseDirectory);
    }
}
