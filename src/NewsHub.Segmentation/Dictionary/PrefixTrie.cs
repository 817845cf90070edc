using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsHub.Segmentation.Dictionary;

/// <summary>
/// The immutable prefix dictionary built from jieba's <c>dict.txt</c>: one node per distinct prefix of a word,
/// holding the word's frequency (0 for a prefix that is not itself a word, as in jieba's <c>FREQ</c>), its
/// natural log and its part-of-speech tag.
/// </summary>
/// <remarks>
/// <para>
/// All nodes live in one open-addressing hash table keyed by (parent node, character). A node's id is its
/// slot + 1, and the slot's 64 bits pack the key with an index into the small table of distinct frequencies
/// (jieba's dictionary has 5,087), whose logs are precomputed. One step of a walk therefore reads a single cache
/// line of the big table, plus the frequency table, which is small enough to stay in the CPU's near caches.
/// Children of the root are also found through a table indexed by the character, since every walk starts there.
/// Every walk ends with a failed lookup, and a failure would cost a cache miss in the big table: a bit filter over
/// the edges' hashes (256 KB, so it stays in L2) answers about four failures in five without touching it.
/// </para>
/// <para>
/// Instances are immutable after construction and shared by every <see cref="JiebaSegmenter"/>; user words live
/// in a separate <see cref="UserWordLayer"/>. The only mutable part is a cache of the strings of dictionary
/// words, filled lazily so that repeated words do not allocate; races on it are benign.
/// </para>
/// </remarks>
internal sealed class PrefixTrie
{
    /// <summary>The "no node" value, and also the id of the root, which never stands for a word.</summary>
    public const int None = 0;

    /// <summary>The <see cref="LogFrequency"/> of a prefix that is not a word; a word's is at least log(1) = 0.</summary>
    public const double NotAWord = -1.0;

    private const int ValueBits = 26;                       // frequency index
    private const ulong ValueMask = (1UL << ValueBits) - 1;
    private const int ParentBits = 64 - ValueBits - 16;      // 22: node ids up to 4M - 2
    private const int MaxSlots = 1 << (ParentBits - 1);

    private const int FilterBits = 21;                       // 2 Mbit = 256 KB, small enough for the L2 cache

    private readonly ulong[] _slots;                         // (parent id + 1) << 16 | char, << ValueBits | frequency index
    private readonly ulong[] _edgeFilter;                    // one bit per hash of every edge's key
    private readonly int _shift;
    private readonly int[] _rootChildren;                    // char → node id, None when no word starts with it
    private readonly int[] _frequencies;                     // by frequency index; [0] = 0
    private readonly double[] _logFrequencies;               // by frequency index; [0] = NotAWord
    private readonly byte[] _tags;                           // by slot
    private readonly string[] _tagNames;
    private readonly string?[] _wordStrings;                 // by slot

    private PrefixTrie(ulong[] slots, int[] rootChildren, int[] frequencies, byte[] tags, string[] tagNames, long total, int wordCount)
    {
        _slots = slots;
        _shift = 64 - BitOperations.Log2((uint)slots.Length);
        _edgeFilter = BuildEdgeFilter(slots);
        _rootChildren = rootChildren;
        _frequencies = frequencies;
        _logFrequencies = new double[frequencies.Length];
        _logFrequencies[0] = NotAWord;
        for (int i = 1; i < frequencies.Length; i++)
        {
            // Math.Log calls the C runtime's log(), as python's math.log does: the same bits (a test checks each).
            _logFrequencies[i] = Math.Log(frequencies[i]);
        }

        _tags = tags;
        _tagNames = tagNames;
        _wordStrings = new string?[slots.Length];
        Total = total;
        WordCount = wordCount;
    }

    /// <summary>Sum of the frequencies of every line of the dictionary file (jieba's <c>total</c>).</summary>
    public long Total { get; }

    /// <summary>Number of distinct words with a positive frequency.</summary>
    public int WordCount { get; }

    /// <summary>The distinct positive frequencies of the dictionary's words.</summary>
    public ReadOnlySpan<int> DistinctFrequencies => _frequencies.AsSpan(1);

    /// <summary>The node of the one-character prefix <paramref name="c"/>, or <see cref="None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Root(char c) => _rootChildren[c];

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or <see cref="None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        ulong key = Key(node, c);
        ulong hash = key * HashMultiplier;
        // Most lookups that fail would miss the cache in the big table; the filter answers most of them from L2.
        int bit = FilterIndex(hash);
        if ((_edgeFilter[bit >> 6] & (1UL << bit)) == 0)
        {
            return None;
        }

        ulong[] slots = _slots;
        int mask = slots.Length - 1;
        int slot = (int)(hash >> _shift);
        while (true)
        {
            ulong entry = slots[slot];
            if (entry >> ValueBits == key)
            {
                return slot + 1;
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
    public int Frequency(int node) => _frequencies[FrequencyIndex(node)];

    /// <summary>
    /// <c>Math.Log(Frequency(node))</c>, precomputed, or <see cref="NotAWord"/> for a mere prefix: the route needs
    /// both facts and gets them from the slot <see cref="Child"/> has just read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogFrequency(int node) => _logFrequencies[FrequencyIndex(node)];

    /// <summary>The dictionary's part-of-speech tag of the word at <paramref name="node"/>, or <c>null</c>.</summary>
    public string? Tag(int node) => _tags[node - 1] == 0 ? null : _tagNames[_tags[node - 1]];

    /// <summary>
    /// The string of the word at <paramref name="node"/>, whose characters are <paramref name="chars"/>;
    /// created once and cached.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string WordString(int node, ReadOnlySpan<char> chars) => _wordStrings[node - 1] ??= new string(chars);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FrequencyIndex(int node) => (int)(_slots[node - 1] & ValueMask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int parent, char c) => ((ulong)(uint)(parent + 1) << 16) | c;

    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ulong key, int shift) => (int)((key * HashMultiplier) >> shift);

    /// <summary>The filter bit of a key: bits other than the top ones that pick the slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterIndex(ulong hash) => (int)(hash >> 20) & ((1 << FilterBits) - 1);

    private static ulong[] BuildEdgeFilter(ulong[] slots)
    {
        var filter = new ulong[(1 << FilterBits) / 64];
        foreach (ulong entry in slots)
        {
            if (entry != 0)
            {
                int bit = FilterIndex((entry >> ValueBits) * HashMultiplier);
                filter[bit >> 6] |= 1UL << bit;
            }
        }

        return filter;
    }

    /// <summary>
    /// Builds a trie. Node ids are slots of the final table, so the table cannot grow: the caller states the number
    /// of nodes (distinct prefixes) up front. A word set twice keeps its last frequency and tag.
    /// </summary>
    internal sealed class Builder
    {
        private readonly ulong[] _slots;
        private readonly int _shift;
        private readonly int[] _rootChildren = new int[char.MaxValue + 1];
        private readonly byte[] _tags;
        private readonly List<int> _frequencies = [0];
        private readonly Dictionary<int, int> _frequencyIndex = new() { [0] = 0 };
        private readonly List<string> _tagNames = [""];
        private readonly Dictionary<string, byte> _tagIndex = new(StringComparer.Ordinal) { [""] = 0 };
        private readonly int _maxNodes;
        private int _nodes;
        private int _wordCount;

        /// <summary>Creates a builder for at most <paramref name="nodeCount"/> nodes besides the root.</summary>
        public Builder(int nodeCount)
        {
            // Load factor at most 1/2 keeps linear-probing chains short.
            int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, nodeCount * 2));
            if (capacity > MaxSlots)
            {
                throw new InvalidDataException($"A dictionary may have at most {MaxSlots / 2} distinct prefixes; this one has {nodeCount}.");
            }

            _slots = new ulong[capacity];
            _shift = 64 - BitOperations.Log2((uint)capacity);
            _tags = new byte[capacity];
            _maxNodes = capacity / 2;
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
            ArgumentOutOfRangeException.ThrowIfNegative(frequency);
            if (!_frequencyIndex.TryGetValue(frequency, out int index))
            {
                index = _frequencies.Count;
                if ((ulong)index > ValueMask)
                {
                    throw new InvalidDataException($"A dictionary may have at most {ValueMask} distinct frequencies.");
                }

                _frequencies.Add(frequency);
                _frequencyIndex[frequency] = index;
            }

            ref ulong entry = ref _slots[node - 1];
            if ((entry & ValueMask) == 0 && index != 0)
            {
                _wordCount++;
            }
            else if ((entry & ValueMask) != 0 && index == 0)
            {
                _wordCount--;
            }

            entry = (entry & ~ValueMask) | (uint)index;
            _tags[node - 1] = tag;
        }

        /// <summary>Freezes the builder into a trie whose <see cref="Total"/> is <paramref name="total"/>.</summary>
        public PrefixTrie Build(long total) =>
            new(_slots, _rootChildren, [.. _frequencies], _tags, [.. _tagNames], total, _wordCount);

        private int ChildOrCreate(int node, char c)
        {
            if (node == None && _rootChildren[c] != None)
            {
                return _rootChildren[c];
            }

            ulong key = Key(node, c);
            int mask = _slots.Length - 1;
            int slot = Hash(key, _shift);
            while (true)
            {
                ulong entry = _slots[slot];
                if (entry == 0)
                {
                    break;
                }

                if (entry >> ValueBits == key)
                {
                    return slot + 1;
                }

                slot = (slot + 1) & mask;
            }

            if (++_nodes > _maxNodes)
            {
                throw new InvalidOperationException($"The trie was sized for {_maxNodes} nodes.");
            }

            _slots[slot] = key << ValueBits;
            if (node == None)
            {
                _rootChildren[c] = slot + 1;
            }

            return slot + 1;
        }
    }
}
