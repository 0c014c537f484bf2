namespace Sora.Client;

/// <summary>A download that completed and was moved into place.</summary>
/// <param name="Path">The full path of the file written.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="ContentType">The media type the server sent, when it sent one.</param>
public sealed record SoraDownloadResult(string Path, long Length, string? ContentType);
