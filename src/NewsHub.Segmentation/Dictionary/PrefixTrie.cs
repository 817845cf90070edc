using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsHub.Segmentation.Dictionary;

/// <summary>
/// The immutable prefix dictionary built from jieba's <c>dict.txt</c>: one node per distinct prefix of a word,
/// holding the word's frequency (0 for a prefix that is not itself a word, as in jieba's <c>FREQ</c>),
/// its natural log and its part-of-speech tag.
/// </summary>
/// <remarks>
/// <para>
/// Children of the root are found through a table indexed by the character (every walk starts there).
/// Deeper edges live in one open-addressing hash table keyed by (parent node, character), packed with the
/// child into a single 64-bit slot, so a step costs one multiply and usually one memory access.
/// </para>
/// <para>
/// Instances are immutable after construction and shared by every <see cref="JiebaSegmenter"/>; user words
/// live in a separate <see cref="UserWordLayer"/>. The only mutable part is a cache of the strings of
/// dictionary words, filled lazily so that repeated words do not allocate; races on it are benign.
/// </para>
/// </remarks>
internal sealed class PrefixTrie
{
    /// <summary>The "no node" value; node 0 is the root, which never stands for a word.</summary>
    public const int None = 0;

    private const int ChildBits = 24;          // up to 16M nodes
    private const ulong ChildMask = (1UL << ChildBits) - 1;

    private readonly int[] _rootChildren;      // char → node, None when no word starts with the char
    private readonly ulong[] _edges;           // key (parent << 16 | char) << ChildBits | child; 0 = empty
    private readonly int _edgeShift;
    private readonly int[] _frequencies;
    private readonly double[] _logFrequencies;
    private readonly byte[] _tags;
    private readonly string[] _tagNames;
    private readonly string?[] _wordStrings;

    private PrefixTrie(int[] rootChildren, ulong[] edges, int[] frequencies, double[] logFrequencies,
        byte[] tags, string[] tagNames, long total, int wordCount)
    {
        _rootChildren = rootChildren;
        _edges = edges;
        _edgeShift = 64 - BitOperations.Log2((uint)edges.Length);
        _frequencies = frequencies;
        _logFrequencies = logFrequencies;
        _tags = tags;
        _tagNames = tagNames;
        _wordStrings = new string?[frequencies.Length];
        Total = total;
        WordCount = wordCount;
    }

    /// <summary>Sum of the frequencies of every line of the dictionary file (jieba's <c>total</c>).</summary>
    public long Total { get; }

    /// <summary>Number of distinct words.</summary>
    public int WordCount { get; }

    /// <summary>Number of nodes, the root included.</summary>
    public int NodeCount => _frequencies.Length;

    /// <summary>The node of the one-character prefix <paramref name="c"/>, or <see cref="None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Root(char c) => _rootChildren[c];

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or <see cref="None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        ulong key = ((ulong)(uint)node << 16) | c;
        ulong[] edges = _edges;
        int mask = edges.Length - 1;
        int slot = Hash(key, _edgeShift);
        while (true)
        {
            ulong entry = edges[slot];
            if (entry >> ChildBits == key)
            {
                return (int)(entry & ChildMask);
            }

            if (entry == 0)
            {
                return None;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The node of <paramref name="prefix"/>, or <see cref="None"/> when no word starts with it.</summary>
    public int Find(ReadOnlySpan<char> prefix)
    {
        if (prefix.IsEmpty)
        {
            return None;
        }

        int node = Root(prefix[0]);
        for (int i = 1; i < prefix.Length && node != None; i++)
        {
            node = Child(node, prefix[i]);
        }

        return node;
    }

    /// <summary>The frequency of the word ending at <paramref name="node"/>; 0 for a mere prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Frequency(int node) => _frequencies[node];

    /// <summary>
    /// <c>Math.Log(Frequency(node))</c>, precomputed, or <see cref="NotAWord"/> for a mere prefix: the route needs
    /// both facts and gets them from one array read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogFrequency(int node) => _logFrequencies[node];

    /// <summary>The <see cref="LogFrequency"/> of a prefix that is not a word; a word's is at least log(1) = 0.</summary>
    public const double NotAWord = -1.0;

    /// <summary>The dictionary's part-of-speech tag of the word at <paramref name="node"/>, or <c>null</c>.</summary>
    public string? Tag(int node) => _tags[node] == 0 ? null : _tagNames[_tags[node]];

    /// <summary>
    /// The string of the word at <paramref name="node"/>, whose characters are <paramref name="chars"/>;
    /// created once and cached.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string WordString(int node, ReadOnlySpan<char> chars) => _wordStrings[node] ??= new string(chars);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    /// <summary>Builds a trie from words given in any order; a later duplicate overwrites an earlier one.</summary>
    internal sealed class Builder
    {
        private readonly int[] _rootChildren = new int[char.MaxValue + 1];
        private readonly List<int> _frequencies = [0];
        private readonly List<byte> _tags = [0];
        private readonly List<string> _tagNames = [""];
        private readonly Dictionary<string, byte> _tagIndex = new(StringComparer.Ordinal) { [""] = 0 };
        private ulong[] _edges;
        private int _edgeCount;
        private int _wordCount;

        /// <summary>Creates a builder sized for about <paramref name="expectedNodes"/> prefixes.</summary>
        public Builder(int expectedNodes = 16)
        {
            _frequencies.Capacity = expectedNodes;
            _tags.Capacity = expectedNodes;
            _edges = new ulong[EdgeCapacityFor(expectedNodes)];
        }

        /// <summary>Interns a part-of-speech tag, returning its index; index 0 means "no tag".</summary>
        public byte InternTag(string tag)
        {
            if (!_tagIndex.TryGetValue(tag, out byte index))
            {
                if (_tagNames.Count > byte.MaxValue)
                {
                    throw new InvalidDataException("A dictionary may use at most 255 distinct part-of-speech tags.");
                }

                index = (byte)_tagNames.Count;
                _tagNames.Add(tag);
                _tagIndex[tag] = index;
            }

            return index;
        }

        /// <summary>
        /// Follows <paramref name="chars"/> from <paramref name="from"/> (<see cref="None"/> for the root),
        /// creating missing nodes, and returns the node of the last character.
        /// </summary>
        public int AddPath(int from, ReadOnlySpan<char> chars)
        {
            int node = from;
            foreach (char c in chars)
            {
                node = ChildOrCreate(node, c);
            }

            return node;
        }

        /// <summary>Sets the frequency and tag of the word ending at <paramref name="node"/>.</summary>
        public void SetWord(int node, int frequency, byte tag)
        {
            if (_frequencies[node] == 0 && frequency > 0)
            {
                _wordCount++;
            }

            _frequencies[node] = frequency;
            _tags[node] = tag;
        }

        /// <summary>Freezes the builder into a trie whose <see cref="Total"/> is <paramref name="total"/>.</summary>
        public PrefixTrie Build(long total)
        {
            int[] frequencies = [.. _frequencies];
            var logFrequencies = new double[frequencies.Length];
            for (int i = 0; i < frequencies.Length; i++)
            {
                // Math.Log calls the C runtime's log(), as python's math.log does: the same bits.
                logFrequencies[i] = frequencies[i] > 0 ? Math.Log(frequencies[i]) : NotAWord;
            }

            return new PrefixTrie(_rootChildren, _edges, frequencies, logFrequencies, [.. _tags], [.. _tagNames],
                total, _wordCount);
        }

        // Load factor at most 1/2 keeps linear-probing chains short.
        private static int EdgeCapacityFor(int edges) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, edges * 2));

        private int ChildOrCreate(int node, char c)
        {
            if (node == None)
            {
                ref int root = ref _rootChildren[c];
                if (root == None)
                {
                    root = NewNode();
                }

                return root;
            }

            ulong key = ((ulong)(uint)node << 16) | c;
            int mask = _edges.Length - 1;
            int slot = Hash(key, 64 - BitOperations.Log2((uint)_edges.Length));
            while (true)
            {
                ulong entry = _edges[slot];
                if (entry == 0)
                {
                    break;
                }

                if (entry >> ChildBits == key)
                {
                    return (int)(entry & ChildMask);
                }

                slot = (slot + 1) & mask;
            }

            int child = NewNode();
            _edges[slot] = (key << ChildBits) | (uint)child;
            if (++_edgeCount * 2 > _edges.Length)
            {
                Grow();
            }

            return child;
        }

        private void Grow()
        {
            ulong[] old = _edges;
            _edges = new ulong[old.Length * 2];
            int mask = _edges.Length - 1;
            int shift = 64 - BitOperations.Log2((uint)_edges.Length);
            foreach (ulong entry in old)
            {
                if (entry != 0)
                {
                    int slot = Hash(entry >> ChildBits, shift);
                    while (_edges[slot] != 0)
                    {
                        slot = (slot + 1) & mask;
                    }

                    _edges[slot] = entry;
                }
            }
        }

        private int NewNode()
        {
            if (_frequencies.Count > (int)ChildMask)
            {
                throw new InvalidDataException($"A dictionary may have at most {ChildMask} distinct prefixes.");
            }

            _frequencies.Add(0);
            _tags.Add(0);
            return _frequencies.Count - 1;
        }
    }
}
