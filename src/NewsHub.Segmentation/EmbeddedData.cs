using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace NewsHub.Segmentation;

/// <summary>Access to the data files embedded from <c>Data/</c> (see <c>Data/README.md</c>).</summary>
internal static class EmbeddedData
{
    /// <summary>Opens the embedded resource <paramref name="name"/>.</summary>
    public static Stream Open(string name) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("NewsHub.Segmentation.Data." + name)
        ?? throw new InvalidOperationException($"Embedded resource {name} is missing from NewsHub.Segmentation.");

    /// <summary>Inflates a whole zlib stream into memory.</summary>
    public static byte[] Inflate(Stream compressed)
    {
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var buffer = new MemoryStream(capacity: 4 << 20);
        zlib.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>A little-endian cursor over a byte buffer; throws <see cref="InvalidDataException"/> when it runs out.</summary>
internal ref struct SpanReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    /// <summary>Whether every byte has been read.</summary>
    public readonly bool AtEnd => _position == _data.Length;

    /// <summary>Reads <paramref name="count"/> raw bytes.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if ((uint)count > (uint)(_data.Length - _position))
        {
            throw new InvalidDataException("Embedded segmentation data is truncated.");
        }

        ReadOnlySpan<byte> bytes = _data.Slice(_position, count);
        _position += count;
        return bytes;
    }

    /// <summary>Reads one byte.</summary>
    public byte ReadByte() => ReadBytes(1)[0];

    /// <summary>Reads a little-endian unsigned 16-bit integer.</summary>
    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(ReadBytes(2));

    /// <summary>Reads a little-endian 32-bit integer.</summary>
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(ReadBytes(4));

    /// <summary>Reads a little-endian 64-bit integer.</summary>
    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(ReadBytes(8));

    /// <summary>Reads a little-endian IEEE double, bit for bit.</summary>
    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(ReadBytes(8));

    /// <summary>Reads <paramref name="count"/> UTF-16LE code units.</summary>
    public ReadOnlySpan<char> ReadChars(int count)
    {
        ReadOnlySpan<byte> bytes = ReadBytes(count * 2);
        return BitConverter.IsLittleEndian
            ? MemoryMarshal.Cast<byte, char>(bytes)
            : throw new PlatformNotSupportedException("The embedded segmentation data is read on little-endian machines only.");
    }

    /// <summary>Reads an unsigned LEB128 varint.</summary>
    public ulong ReadVarUInt64()
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("Malformed varint in embedded segmentation data.");
    }
}
