using System.IO.Compression;
using System.Xml.Linq;

namespace Sora.Packaging.Tests.Infrastructure;

/// <summary>A .nupkg or .snupkg read as what it is, a zip: its entries and its nuspec.</summary>
public sealed class NuPackage
{
    private readonly string _path;

    public NuPackage(string path)
    {
        _path = path;
        using var zip = ZipFile.OpenRead(path);
        Entries = zip.Entries.Select(e => e.FullName).Where(n => !IsPackagingPart(n)).Order(StringComparer.Ordinal).ToList();
        var nuspec = zip.Entries.Single(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        Nuspec = XDocument.Load(stream);
    }

    /// <summary>The package's files, without the OPC bookkeeping every package has.</summary>
    public IReadOnlyList<string> Entries { get; }

    public XDocument Nuspec { get; }

    /// <summary>The first nuspec element of this name (namespaces differ between nuspec schema versions).</summary>
    public XElement? Metadata(string name) => Nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name);

    public IEnumerable<XElement> All(string name) => Nuspec.Descendants().Where(e => e.Name.LocalName == name);

    public byte[] Read(string entry)
    {
        using var zip = ZipFile.OpenRead(_path);
        using var stream = zip.GetEntry(entry)?.Open() ?? throw new FileNotFoundException($"{entry} is not in {Path.GetFileName(_path)}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Extracts the entries under <paramref name="folder"/> (a package path such as analyzers/dotnet/cs/) into a directory.</summary>
    public string ExtractFolder(string folder, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var entry in Entries.Where(e => e.StartsWith(folder, StringComparison.Ordinal)))
        {
            File.WriteAllBytes(Path.Combine(directory, entry[folder.Length..]), Read(entry));
        }

        return directory;
    }

    private static bool IsPackagingPart(string name) =>
        name.StartsWith("_rels/", StringComparison.Ordinal) || name.StartsWith("package/", StringComparison.Ordinal) || name == "[Content_Types].xml" || name.EndsWith(".nuspec", StringComparison.Ordinal);
}
