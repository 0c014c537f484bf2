namespace Sora.Packaging.Tests.Infrastructure;

/// <summary>The checkout these tests were built from: the packages are packed from its sources.</summary>
public static class Repository
{
    public const string SolutionFile = "Sora.Contracts.sln";

    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
