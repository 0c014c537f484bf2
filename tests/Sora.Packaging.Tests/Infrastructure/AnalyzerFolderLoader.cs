using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Sora.Packaging.Tests.Infrastructure;

/// <summary>
/// Loads analyzer assemblies as a compiler host does: each from its folder (so a bundled dependency such as YamlDotNet
/// is found next to it), while the compiler's own assemblies always come from the host. An assembly that needs a newer
/// compiler than the host's therefore fails to load here exactly as it would in that older compiler.
/// </summary>
public sealed class AnalyzerFolderLoader : IAnalyzerAssemblyLoader
{
    private readonly FolderContext _context;

    public AnalyzerFolderLoader(string folder) => _context = new FolderContext(folder);

    public void AddDependencyLocation(string fullPath)
    {
        // Nothing to record: dependencies are looked up in the folder of the assembly that needs them.
    }

    public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);

    private sealed class FolderContext(string folder) : AssemblyLoadContext($"analyzers of {folder}")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var candidate = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
