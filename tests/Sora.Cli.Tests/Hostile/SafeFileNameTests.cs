using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Sora.Cli.Files;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Tests.Hostile;

public sealed partial class SafeFileNameTests
{
    private static readonly string s_folder = Path.Combine(Path.GetTempPath(), "sora-names-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("video_68d7512d07848190b3e45da0ecbebcde")]
    [InlineData("task_12345-abc")]
    public void APlainLowerCaseIdIsKeptAsItIs(string id) => Assert.Equal(id, SafeFileName.StemFor(id));

    [Theory]
    [InlineData("../outside/x", "___outside_x")]
    [InlineData("/etc/passwd", "_etc_passwd")]
    [InlineData("C:\\x", "C__x")]
    [InlineData("C:x", "C_x")]
    [InlineData("\\\\server\\share", "__server_share")]
    [InlineData("\\\\?\\C:\\x", "____C__x")]
    [InlineData("..", "__")]
    [InlineData(".", "_")]
    [InlineData("", "job")]
    [InlineData("\u001b\u0007\u0001\u009b", "____")]
    [InlineData("video_\u202Egnp.exe", "video__gnp_exe")]
    [InlineData("video_\u001b]0;PWNED\u0007\u001b[2J", "video___0_PWNED___2J")]
    [InlineData("CON", "_CON")]
    [InlineData("nul", "_nul")]
    [InlineData("com1", "_com1")]
    [InlineData("Video_ABC", "Video_ABC")]
    public void AnythingChangedKeepsTheSafeCharactersAndAddsAHashOfTheOriginal(string id, string kept)
    {
        var stem = SafeFileName.StemFor(id);

        Assert.Matches(ChangedStem(), stem);
        Assert.Equal(kept, stem[..stem.LastIndexOf('.')]);
    }

    [Fact]
    public void ALongIdIsCutToTheCapWithItsHash()
    {
        var stem = SafeFileName.StemFor("video_" + new string('a', 4994));

        Assert.Equal(SafeFileName.MaxStemLength, stem.Length);
        Assert.Matches(ChangedStem(), stem);
        Assert.StartsWith("video_aaaa", stem, StringComparison.Ordinal);
    }

    [Fact]
    public void IdsThatCleanToTheSameCharactersOrDifferOnlyInCaseGetDifferentNames()
    {
        string[] ids = ["a/b", "a\\b", "a:b", "a b", "a_b", "A_B", "a_B", "..", "._", "__", new string('a', 65), new string('a', 66)];

        var stems = ids.Select(SafeFileName.StemFor).ToList();

        Assert.Equal(ids.Length, stems.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("x/y")]
    [InlineData("/abs")]
    [InlineData("..")]
    public void APathThatWouldLeaveTheFolderIsRefused(string name) =>
        Assert.Throws<InvalidOperationException>(() => MediaFile.InFolder(s_folder, name));

    [Property(Arbitrary = [typeof(HostileIds)], MaxTest = 2000)]
    public bool AnyIdGivesANonEmptyCappedNameOfSafeCharactersWhosePathIsInTheWorkingFolder(string id)
    {
        var path = MediaFile.PathFor(Io(), requested: null, id, VideoContentVariant.Default);
        var name = Path.GetFileName(path);
        var stem = name[..name.LastIndexOf('.')];

        return stem.Length is > 0 and <= SafeFileName.MaxStemLength
            && SafeName().IsMatch(name)
            && Path.GetDirectoryName(path) == s_folder;
    }

    [Property(Arbitrary = [typeof(HostileIds)], MaxTest = 2000)]
    public bool TwoDifferentIdsNeverShareANameEvenOnACaseInsensitiveDisk(IdPair ids) =>
        ids.First == ids.Second || !string.Equals(SafeFileName.StemFor(ids.First), SafeFileName.StemFor(ids.Second), StringComparison.OrdinalIgnoreCase);

    private static CliIo Io() =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }), TextWriter.Null, TextWriter.Null, _ => null, s_folder);

    [GeneratedRegex(@"^[A-Za-z0-9_-]+\.[0-9a-f]{12}$")]
    private static partial Regex ChangedStem();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+$")]
    private static partial Regex SafeName();
}
