using Sora.Contracts.Images;

namespace Sora.Contracts;

/// <summary>A file to upload as a multipart part: its bytes, file name and content type.</summary>
public sealed class FileUpload
{
    private const string OctetStream = "application/octet-stream";

    /// <summary>Creates an upload.</summary>
    /// <exception cref="ArgumentException">The file name or content type is empty.</exception>
    public FileUpload(ReadOnlyMemory<byte> content, string fileName, string contentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        Content = content;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The file name sent with the part.</summary>
    public string FileName { get; }

    /// <summary>The content type sent with the part.</summary>
    public string ContentType { get; }

    /// <summary>The size in bytes.</summary>
    public int Length => Content.Length;

    /// <summary>
    /// An upload of <paramref name="content"/>. Without a content type, a PNG, JPEG or WebP header decides it
    /// (anything else is <c>application/octet-stream</c>).
    /// </summary>
    public static FileUpload FromBytes(ReadOnlyMemory<byte> content, string fileName, string? contentType = null) =>
        new(content, fileName, contentType ?? Sniff(content.Span));

    /// <summary>Reads a file from disk (its name becomes the part's file name).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<FileUpload> FromFileAsync(string path, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return FromBytes(bytes, Path.GetFileName(path), contentType);
    }

    /// <summary>Names the file, its type and size; never the bytes.</summary>
    public override string ToString() => FileName + " (" + ContentType + ", " + Length + " bytes)";

    private static string Sniff(ReadOnlySpan<byte> content) =>
        ImageHeaderReader.TryRead(content, out var info, out _) ? info.MediaType : OctetStream;
}
