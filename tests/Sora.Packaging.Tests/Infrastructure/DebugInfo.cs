using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Sora.Packaging.Tests.Infrastructure;

/// <summary>What a shipped assembly and its portable PDB say about how they were built.</summary>
public static class DebugInfo
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>True when the compiler marked the assembly as built deterministically (the PE's Reproducible debug entry).</summary>
    public static bool IsDeterministic(byte[] assembly)
    {
        using var pe = new PEReader(ImmutableArray.Create(assembly));
        return pe.ReadDebugDirectory().Any(entry => entry.Type == DebugDirectoryEntryType.Reproducible);
    }

    /// <summary>The source link JSON embedded in a portable PDB; null when there is none.</summary>
    public static string? SourceLink(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(pdb));
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == SourceLinkKind)
            {
                return Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        return null;
    }

    /// <summary>The source file paths a portable PDB records.</summary>
    public static IReadOnlyList<string> DocumentPaths(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(pdb));
        var reader = provider.GetMetadataReader();
        return reader.Documents.Select(handle => reader.GetString(reader.GetDocument(handle).Name)).ToList();
    }
}
