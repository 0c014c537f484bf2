using System.Buffers.Binary;

namespace Sora.Client.Tests.Infrastructure;

/// <summary>Image files small enough for a test: only what the contracts' header reader needs.</summary>
public static class Images
{
    /// <summary>A PNG signature and an IHDR chunk declaring <paramref name="width"/> x <paramref name="height"/>.</summary>
    public static byte[] Png(int width, int height)
    {
        var png = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8), 13);
        "IHDR"u8.CopyTo(png.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), (uint)height);
        png[24] = 8;
        png[25] = 2;
        return png;
    }
}
