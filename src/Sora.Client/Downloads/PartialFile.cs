using System.Security.Cryptography;

namespace Sora.Client.Downloads;

/// <summary>
/// A temporary file beside a download's target (same directory, so the final move is a rename on one volume): a
/// hidden-looking name with a random part and <c>.part</c>. It becomes the target only through
/// <see cref="CommitAsync"/>; disposed without it, it is deleted, so a failure leaves neither it nor a half target.
/// </summary>
internal sealed class PartialFile : IAsyncDisposable
{
    private readonly string _path;
    private bool _committed;

    private PartialFile(string path, FileStream stream)
    {
        _path = path;
        Stream = stream;
    }

    public FileStream Stream { get; }

    public static PartialFile CreateBeside(string target)
    {
        var directory = Path.GetDirectoryName(target) ?? throw new ArgumentException("The path names no file: " + target, nameof(target));
        var path = Path.Combine(directory, "." + Path.GetFileName(target) + "." + RandomNumberGenerator.GetHexString(12, lowercase: true) + ".part");
        return new PartialFile(path, new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.Asynchronous));
    }

    /// <summary>Flushes the bytes to disk, then renames the file to <paramref name="target"/>.</summary>
    /// <exception cref="IOException">The target exists and <paramref name="overwrite"/> is false, or the move failed.</exception>
    public async Task CommitAsync(string target, bool overwrite)
    {
        await Stream.FlushAsync().ConfigureAwait(false);
        Stream.Flush(flushToDisk: true);
        await Stream.DisposeAsync().ConfigureAwait(false);
        File.Move(_path, target, overwrite);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        if (!_committed)
        {
            try
            {
                File.Delete(_path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The download's own failure is what the caller needs to see; a leftover .part is only untidy.
            }
        }
    }
}
