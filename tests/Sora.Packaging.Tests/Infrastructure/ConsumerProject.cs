namespace Sora.Packaging.Tests.Infrastructure;

/// <summary>
/// One of the projects under Consumers/, copied outside the checkout (so no Directory.Build.props or central package
/// versions of this repository reach it) and built against the packed packages only, as a new user's project would be.
/// </summary>
public sealed class ConsumerProject
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly string _version;

    private ConsumerProject(string directory, string version, IReadOnlyDictionary<string, string> environment)
    {
        Directory = directory;
        _version = version;
        _environment = environment;
    }

    public string Directory { get; }

    /// <summary>Copies Consumers/<paramref name="name"/> into <paramref name="consumersDirectory"/>, whose nuget.config lists the feed.</summary>
    public static ConsumerProject Copy(string name, string consumersDirectory, string version, IReadOnlyDictionary<string, string> environment)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Consumers", name);
        var target = Path.Combine(consumersDirectory, name);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return new ConsumerProject(target, version, environment);
    }

    /// <summary>Restores from the feed and builds.</summary>
    public Task<ProcessResult> BuildAsync() => DotnetAsync("build", $"-p:SoraPackageVersion={_version}");

    /// <summary>Builds again with InvalidRequest.cs compiled in: the build is expected to fail with the analyzer's error.</summary>
    public Task<ProcessResult> BuildWithInvalidRequestAsync() =>
        DotnetAsync("build", "--no-restore", $"-p:SoraPackageVersion={_version}", "-p:IncludeInvalidRequest=true");

    public Task<ProcessResult> RunAsync() => DotnetAsync("run", "--no-build", "--framework", "net10.0");

    /// <summary>The files the Sora generator wrote for this project (EmitCompilerGeneratedFiles), by name.</summary>
    public IReadOnlyList<string> SoraGeneratedFiles()
    {
        var generated = Path.Combine(Directory, "obj", "Debug", "net10.0", "generated", "Sora.Contracts.Generator");
        return System.IO.Directory.Exists(generated)
            ? System.IO.Directory.EnumerateFiles(generated, "*.cs", SearchOption.AllDirectories).Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private Task<ProcessResult> DotnetAsync(params string[] arguments) => ProcessRunner.DotnetAsync(Directory, arguments, _environment);
}
