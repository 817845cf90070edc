using System.Text;

namespace NewsHub.Segmentation.Dictionary;

/// <summary>
/// Reads the embedded <c>jieba-dict.bin.z</c> that <c>scripts/gen-segmenter-data.py</c> builds from
/// jieba's <c>dict.txt</c>.
/// </summary>
/// <remarks>
/// Format, after zlib: the magic <c>JBDICT1\0</c>; int32 word count; int64 total (the sum over every line of
/// <c>dict.txt</c>, duplicates included, as jieba sums it); a byte tag count and that many length-prefixed
/// ASCII tags; then the words in ordinal order, each as byte shared-prefix length, byte suffix length,
/// the suffix in UTF-16LE, the frequency as a LEB128 varint and a byte tag index.
/// </remarks>
internal static class DictionaryData
{
    private static ReadOnlySpan<byte> Magic => "JBDICT1\0"u8;

    /// <summary>Loads the default dictionary embedded in this assembly.</summary>
    public static PrefixTrie LoadDefault()
    {
        using Stream stream = EmbeddedData.Open("jieba-dict.bin.z");
        return Read(stream);
    }

    /// <summary>Reads a zlib-compressed dictionary in the format above.</summary>
    public static PrefixTrie Read(Stream compressed)
    {
        byte[] data = EmbeddedData.Inflate(compressed);
        var reader = new SpanReader(data);
        if (!reader.ReadBytes(Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a NewsHub jieba dictionary (bad magic).");
        }

        int wordCount = reader.ReadInt32();
        long total = reader.ReadInt64();
        var tagNames = new string[reader.ReadByte()];
        for (int i = 0; i < tagNames.Length; i++)
        {
            tagNames[i] = Encoding.ASCII.GetString(reader.ReadBytes(reader.ReadByte()));
        }

        // With front coding, each word adds exactly its suffix's characters as new nodes: a first pass counts them,
        // so that the trie's table is sized once.
        var builder = new PrefixTrie.Builder(CountNodes(reader, wordCount));
        byte[] tagIndexes = [.. tagNames.Select(builder.InternTag)];

        // Front coding: path[d] is the node of the previous word's first d + 1 characters.
        Span<int> path = stackalloc int[256];
        for (int i = 0; i < wordCount; i++)
        {
            int shared = reader.ReadByte();
            int suffixLength = reader.ReadByte();
            ReadOnlySpan<char> suffix = reader.ReadChars(suffixLength);
            int frequency = checked((int)reader.ReadVarUInt64());
            byte tag = tagIndexes[reader.ReadByte()];
            int node = shared == 0 ? PrefixTrie.None : path[shared - 1];
            for (int k = 0; k < suffix.Length; k++)
            {
                node = builder.AddPath(node, suffix.Slice(k, 1));
                path[shared + k] = node;
            }

            builder.SetWord(node, frequency, tag);
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException("Trailing bytes after the last dictionary word.");
        }

        return builder.Build(total);
    }

    private static int CountNodes(SpanReader words, int wordCount)
    {
        int nodes = 0;
        for (int i = 0; i < wordCount; i++)
        {
            words.ReadByte();
            int suffixLength = words.ReadByte();
            words.ReadChars(suffixLength);
            words.ReadVarUInt64();
            words.ReadByte();
            nodes += suffixLength;
        }

        return nodes;
    }
}
