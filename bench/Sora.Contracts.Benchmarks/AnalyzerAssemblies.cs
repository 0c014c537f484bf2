using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// Analyzers loaded from DLLs as a compiler loads them: the SDK's default .NET analyzers (found beside the runtime this
/// process runs on, in <c>sdk/&lt;version&gt;/Sdks/Microsoft.NET.Sdk/analyzers/</c>) and an older build of
/// SoraRequestAnalyzer (same assembly name as the one this process references, hence its own load context).
/// </summary>
internal static class AnalyzerAssemblies
{
    /// <summary>The C# analyzers of Microsoft.CodeAnalysis.NetAnalyzers.dll and Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll of the newest SDK.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers(out string folder)
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/ -> <root>/sdk/<version>/...
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        folder = Directory.GetDirectories(Path.Combine(root, "sdk"))
            .Select(sdk => Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers"))
            .Where(path => File.Exists(Path.Combine(path, "Microsoft.CodeAnalysis.NetAnalyzers.dll")))
            .OrderBy(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path))))), out var v) ? v : new Version(0, 0), Comparer<Version>.Default)
            .LastOrDefault()
            ?? throw new InvalidOperationException($"No SDK under {root} has Microsoft.CodeAnalysis.NetAnalyzers.dll.");
        return Load(Path.Combine(folder, "Microsoft.CodeAnalysis.NetAnalyzers.dll"))
            .AddRange(Load(Path.Combine(folder, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll")));
    }

    /// <summary>
    /// The analyzer DLLs of the targeting pack of the runtime this process runs on
    /// (<c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/analyzers/dotnet/cs/</c>): the framework's own generators and
    /// analyzers, which its <c>data/FrameworkList.xml</c> lists as <c>Type="Analyzer"</c>, so that every SDK build of a
    /// project on that framework passes them to csc, whatever <c>EnableNETAnalyzers</c> says.
    /// </summary>
    public static ImmutableArray<string> FrameworkAnalyzerAssemblies()
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var major = Environment.Version.Major.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
        var pack = Directory.GetDirectories(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref"))
            .Where(path => Path.GetFileName(path).StartsWith(major, StringComparison.Ordinal))
            .OrderBy(path => Version.TryParse(Path.GetFileName(path), out var v) ? v : new Version(0, 0), Comparer<Version>.Default)
            .LastOrDefault()
            ?? throw new InvalidOperationException($"No Microsoft.NETCore.App.Ref {major}x targeting pack under {root}/packs.");
        return Directory.GetFiles(Path.Combine(pack, "analyzers", "dotnet", "cs"), "*.dll").Order(StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>The C# analyzers of one DLL, in a load context of its own that shares Roslyn with this process.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Load(string path)
    {
        var reference = new AnalyzerFileReference(Path.GetFullPath(path), new IsolatedLoader());
        var failures = new List<string>();
        reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{e.TypeName}: {e.Message}");
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        if (analyzers.IsEmpty || failures.Count > 0)
        {
            throw new InvalidOperationException($"{path}: {analyzers.Length} analyzers loaded; {string.Join("; ", failures.Take(3))}");
        }

        return analyzers;
    }

    /// <summary>One context per loaded DLL; Roslyn and the framework come from the default context, so the types match.</summary>
    private sealed class IsolatedLoader : IAnalyzerAssemblyLoader
    {
        private readonly Dictionary<string, Context> _contexts = new(StringComparer.Ordinal);

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath)
        {
            lock (_contexts)
            {
                var directory = Path.GetDirectoryName(fullPath)!;
                if (!_contexts.TryGetValue(directory, out var context))
                {
                    context = new Context(directory);
                    _contexts[directory] = context;
                }

                return context.LoadFromAssemblyPath(fullPath);
            }
        }

        private sealed class Context(string directory) : AssemblyLoadContext(isCollectible: false)
        {
            protected override Assembly? Load(AssemblyName name)
            {
                if (name.Name is { } simple && (simple.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && !simple.Contains("NetAnalyzers", StringComparison.Ordinal)
                    || simple.StartsWith("System.", StringComparison.Ordinal) || simple == "netstandard"))
                {
                    return null;
                }

                var candidate = Path.Combine(directory, name.Name + ".dll");
                return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
            }
        }
    }
}
