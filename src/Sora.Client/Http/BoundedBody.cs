namespace Sora.Client.Http;

/// <summary>What <see cref="BoundedBody.ReadAsync"/> got: the bytes, and whether the body went on past the limit.</summary>
/// <param name="Bytes">The body, or its first <c>limit</c> bytes when it is longer.</param>
/// <param name="Exceeded">Whether the body is longer than the limit (reading stopped there).</param>
internal readonly record struct BoundedRead(ReadOnlyMemory<byte> Bytes, bool Exceeded);

/// <summary>
/// Reads a body into memory with a buffer that never grows past a limit, reading at most one byte beyond it (the one
/// byte that shows the body goes on). <see cref="HttpContent.LoadIntoBufferAsync(long)"/> also takes a limit, but it
/// reads a whole copy buffer past it, lets its buffer double beyond it, and reports the overflow as an
/// <see cref="HttpRequestException"/> that only its message tells apart from a broken connection.
/// </summary>
internal static class BoundedBody
{
    private const int FirstBufferSize = 16 * 1024;

    /// <summary>Reads <paramref name="body"/> up to <paramref name="limit"/> bytes.</summary>
    /// <param name="body">The body stream; read, not disposed.</param>
    /// <param name="announced">The announced length (Content-Length), used to size the buffer when it is within the limit.</param>
    /// <param name="limit">The most bytes to keep.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="IOException">The stream failed.</exception>
    /// <exception cref="HttpRequestException">The connection failed.</exception>
    public static async Task<BoundedRead> ReadAsync(Stream body, long? announced, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[announced is { } length && length <= limit ? (int)length : Math.Min(FirstBufferSize, limit)];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (filled == limit)
                {
                    var probe = new byte[1];
                    var more = await body.ReadAsync(probe, cancellationToken).ConfigureAwait(false);
                    return new BoundedRead(buffer, Exceeded: more > 0);
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Max((long)buffer.Length * 2, FirstBufferSize), limit));
            }

            var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new BoundedRead(buffer.AsMemory(0, filled), Exceeded: false);
            }

            filled += read;
        }
    }
}
