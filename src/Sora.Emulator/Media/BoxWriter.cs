using System.Buffers.Binary;
using System.Text;

namespace Sora.Emulator.Media;

/// <summary>
/// Writes big-endian ISO BMFF data: boxes whose 32-bit size is filled in when the box is closed.
/// </summary>
internal sealed class BoxWriter
{
    private readonly MemoryStream stream = new();

    public long Position => stream.Position;

    /// <summary>Starts a box; disposing the result writes its size.</summary>
    public Box Open(string type)
    {
        var start = stream.Position;
        UInt32(0);
        FourCc(type);
        return new Box(this, start);
    }

    /// <summary>Starts a full box: a box whose body begins with a version byte and 24 bits of flags.</summary>
    public Box OpenFull(string type, byte version, uint flags)
    {
        var box = Open(type);
        UInt32(((uint)version << 24) | flags);
        return box;
    }

    public void Byte(byte value) => stream.WriteByte(value);

    public void UInt16(int value)
    {
        Span<byte> buffer = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(buffer, checked((ushort)value));
        stream.Write(buffer);
    }

    public void UInt32(uint value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, value);
        stream.Write(buffer);
    }

    public void Int32(int value) => UInt32(unchecked((uint)value));

    public void FourCc(string type)
    {
        if (type.Length != 4)
        {
            throw new ArgumentException("A box type has four characters.", nameof(type));
        }

        stream.Write(Encoding.ASCII.GetBytes(type));
    }

    public void Bytes(ReadOnlySpan<byte> data) => stream.Write(data);

    public void Zeros(int count)
    {
        for (var i = 0; i < count; i++)
        {
            stream.WriteByte(0);
        }
    }

    /// <summary>Overwrites four bytes already written, for a value known only later (a chunk offset).</summary>
    public void PatchUInt32(long position, uint value)
    {
        var end = stream.Position;
        stream.Position = position;
        UInt32(value);
        stream.Position = end;
    }

    public byte[] ToArray() => stream.ToArray();

    internal readonly struct Box : IDisposable
    {
        private readonly BoxWriter writer;
        private readonly long start;

        public Box(BoxWriter writer, long start)
        {
            this.writer = writer;
            this.start = start;
        }

        public void Dispose() => writer.PatchUInt32(start, checked((uint)(writer.Position - start)));
    }
}
