namespace Sora.Contracts.Images;

/// <summary>
/// Thrown by <see cref="ImageHeaderReader.Read(ReadOnlySpan{byte})"/> when the data is not a PNG, JPEG or WebP
/// image whose header gives a usable size.
/// </summary>
/// <remarks>
/// Derives from <see cref="FormatException"/> so callers that already treat malformed input generically keep working.
/// </remarks>
public sealed class InvalidImageException : FormatException
{
    /// <summary>Creates the exception with a default message.</summary>
    public InvalidImageException()
        : base("The data is not a valid PNG, JPEG or WebP image.")
    {
    }

    /// <summary>Creates the exception with a message that names the problem.</summary>
    /// <param name="message">A one-sentence description of what is wrong with the image.</param>
    public InvalidImageException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">A one-sentence description of what is wrong with the image.</param>
    /// <param name="innerException">The exception that led to this one, if any.</param>
    public InvalidImageException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
