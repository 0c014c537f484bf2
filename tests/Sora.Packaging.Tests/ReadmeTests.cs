using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sora.Packaging.Tests.Infrastructure;

namespace Sora.Packaging.Tests;

/// <summary>
/// The README as a new user reads it: every C# block compiles as written against the packed assemblies, and the
/// commands that install from a local folder work against a freshly packed one.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class ReadmeTests(PackedPackages packed) : IDisposable
{
    // What `ImplicitUsings` gives a console project: a block may rely on these and on nothing else it does not name.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private readonly string _work = Directory.CreateTempSubdirectory("sora-readme-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void EveryCSharpBlock_CompilesAsWritten_AgainstThePackedAssemblies()
    {
        Assert.True(packed.ClientAppBuild.Succeeded, packed.ClientAppBuild.ToString());
        var blocks = Blocks("csharp");
        Assert.True(blocks.Count >= 4, $"only {blocks.Count} C# blocks found in the README");
        var references = References();

        var failures = new List<string>();
        foreach (var (line, code) in blocks)
        {
            // Each block is a program of its own (top-level statements); the analyzer is not loaded, so a block that
            // shows an analyzer error (SORA001) is judged as C#, as a build without the package's analyzer would.
            var compilation = CSharpCompilation.Create(
                "ReadmeBlockAtLine" + line,
                [CSharpSyntaxTree.ParseText(ImplicitUsings), CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp12))],
                references,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            failures.AddRange(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"README line {line}: {d}"));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task TheInstallFromALocalFolderCommands_RunAgainstAFreshlyPackedFolder()
    {
        var commands = Blocks("sh").Single(block => block.Code.Contains("--add-source ./artifacts", StringComparison.Ordinal)).Code
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("dotnet pack -c Release -o ./artifacts", commands[0]);
        var app = Path.Combine(_work, "app");
        Directory.CreateDirectory(app);
        await File.WriteAllTextAsync(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
            using Sora.Client;
            using Sora.Contracts;
            // A prompt known only at run time: the analyzer would reject a blank literal at build time.
            try { new CreateVideoRequest(args.Length > 99 ? "A cat" : " ").Validate().ThrowIfInvalid("request"); }
            catch (SoraException e) { Console.WriteLine("caught " + e.GetType().Name); }
            """);
        await File.WriteAllTextAsync(Path.Combine(_work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /></packageSources>
              <fallbackPackageFolders><add key="machine" value="{System.Security.SecurityElement.Escape(packed.MachinePackages)}" /></fallbackPackageFolders>
            </configuration>
            """);
        // No registry is asked: the packages come from the feed the commands name, their dependencies from the machine's folder.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "nuget-packages") };
        var tools = Path.Combine(_work, "tools");

        // The feed is the README's ./artifacts, packed by the fixture with that command plus a run-unique version (so
        // that no cached package can hide a broken one): each command names that version, and the global tool goes to
        // a folder of this run instead of the machine's.
        foreach (var command in commands.Skip(1))
        {
            var arguments = command.Split(' ').Skip(1)
                .Select(a => a == "./artifacts" ? packed.Feed.Directory : a)
                .SelectMany(a => a == "--global" ? ["--tool-path", tools] : new[] { a })
                .Concat(["--version", packed.Feed.Version]);
            var result = await ProcessRunner.DotnetAsync(app, arguments, environment, TimeSpan.FromMinutes(5));
            Assert.True(result.Succeeded, result.ToString());
        }

        var run = await ProcessRunner.DotnetAsync(app, ["run"], environment, TimeSpan.FromMinutes(5));
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("caught SoraValidationException", run.Output, StringComparison.Ordinal);
        var check = await ProcessRunner.RunAsync(Path.Combine(tools, "sora"), _work, ["spec", "check", Path.Combine(Repository.Root, "spec", "sora.openapi.yaml")], timeout: TimeSpan.FromMinutes(1));
        Assert.True(check.Succeeded, check.ToString());
    }

    private static List<(int Line, string Code)> Blocks(string language)
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Fence(language).Matches(readme)
            .Select(m => (readme[..m.Index].Count(c => c == '\n') + 2, m.Groups["code"].Value))
            .ToList();
    }

    private List<MetadataReference> References()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(runtime))!;
        var aspNet = Directory.GetDirectories(Path.Combine(shared, "Microsoft.AspNetCore.App")).Order(StringComparer.Ordinal).Last();
        // The consumer app built from the feed holds the packed Sora assemblies and their package dependencies.
        var consumer = Path.Combine(packed.ClientApp.Directory, "bin", "Debug", "net10.0");
        return new[] { runtime, aspNet, consumer }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.dll"))
            .Where(IsManaged)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(group => (MetadataReference)MetadataReference.CreateFromFile(group.First()))
            .ToList();
    }

    private static bool IsManaged(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        return reader.HasMetadata;
    }

    private static Regex Fence(string language) => new($@"^```{Regex.Escape(language)}\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
}
