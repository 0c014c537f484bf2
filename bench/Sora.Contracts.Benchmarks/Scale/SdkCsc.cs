using System.Runtime.InteropServices;

namespace Sora.Contracts.Benchmarks.Scale;

/// <summary>
/// The command line of the SDK's own C# compiler (<c>sdk/*/Roslyn/bincore/csc.dll</c> of the dotnet that runs this)
/// compiling a folder of generated files as a library against the targeting pack of this runtime and Sora.Contracts:
/// the compile step of a <c>dotnet build</c>, without MSBuild, generators or analyzers.
/// </summary>
internal static class SdkCsc
{
    /// <summary>The newest <c>sdk/*/Roslyn/bincore/csc.dll</c> of the dotnet that runs this.</summary>
    public static string CompilerPath()
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return Directory.GetDirectories(Path.Combine(root, "sdk"))
            .Select(sdk => Path.Combine(sdk, "Roslyn", "bincore", "csc.dll"))
            .Where(File.Exists)
            .OrderBy(path => path, StringComparer.Ordinal)
            .LastOrDefault() ?? throw new InvalidOperationException($"No sdk/*/Roslyn/bincore/csc.dll under {root}.");
    }

    public static string[] Compile(string sources, string outputFolder, string runtimeLibrary)
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var csc = CompilerPath();
        var version = Path.GetFileName(Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory()));
        var pack = Directory.GetDirectories(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref"), version)
            .Concat(Directory.GetDirectories(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref")).OrderBy(p => p, StringComparer.Ordinal))
            .Select(p => Path.Combine(p, "ref", "net10.0"))
            .First(Directory.Exists);
        Directory.CreateDirectory(outputFolder);
        var responseFile = Path.Combine(outputFolder, "csc.rsp");
        File.WriteAllLines(responseFile, new[] { "-nologo", "-noconfig", "-t:library", "-nullable:enable", "-optimize+", "-out:" + Quote(Path.Combine(outputFolder, "Consumer.dll")) }
            .Concat(Directory.GetFiles(pack, "*.dll").Order(StringComparer.Ordinal).Append(runtimeLibrary).Select(r => "-r:" + Quote(r)))
            .Concat(Directory.GetFiles(sources, "*.cs").Order(StringComparer.Ordinal).Select(Quote)));
        return ["dotnet", csc, "@" + responseFile];
    }

    private static string Quote(string path) => "\"" + path + "\"";
}
