namespace NewsHub.Segmentation.Dictionary;

/// <summary>
/// An immutable trie of the words a <see cref="JiebaSegmenter"/> added or deleted on top of the shared
/// <see cref="PrefixTrie"/>. Adding a word copies only the path to it, so every version stays valid for
/// the cuts still reading it, and a version costs O(word length × fan-out) to make.
/// </summary>
internal sealed class UserWordLayer
{
    /// <summary>The empty layer.</summary>
    public static readonly UserWordLayer Empty = new([], [], frequency: -1, word: null, tag: null, forceSplit: false);

    private readonly char[] _keys;                 // sorted
    private readonly UserWordLayer[] _children;

    private UserWordLayer(char[] keys, UserWordLayer[] children, int frequency, string? word, string? tag, bool forceSplit)
    {
        _keys = keys;
        _children = children;
        Frequency = frequency;
        LogFrequency = frequency > 0 ? Math.Log(frequency) : 0.0;
        Word = word;
        Tag = tag;
        ForceSplit = forceSplit;
    }

    /// <summary>Whether no word was ever added.</summary>
    public bool IsEmpty => _keys.Length == 0;

    /// <summary>Whether this node ends an added word (possibly with frequency 0, i.e. deleted).</summary>
    public bool IsWord => Frequency >= 0;

    /// <summary>The added word's frequency, or -1 when this node is only a prefix of added words.</summary>
    public int Frequency { get; }

    /// <summary><c>Math.Log(Frequency)</c> when it is positive.</summary>
    public double LogFrequency { get; }

    /// <summary>The word this node ends, when <see cref="IsWord"/>.</summary>
    public string? Word { get; }

    /// <summary>The part-of-speech tag given with the word, if any (jieba's <c>user_word_tag_tab</c>).</summary>
    public string? Tag { get; }

    /// <summary>
    /// Whether the word was ever added with frequency 0, which makes the HMM split it into characters
    /// (jieba's <c>Force_Split_Words</c>; jieba never removes a word from that set).
    /// </summary>
    public bool ForceSplit { get; }

    /// <summary>The child reached by <paramref name="c"/>, or <c>null</c>.</summary>
    public UserWordLayer? Child(char c)
    {
        int i = _keys.AsSpan().BinarySearch(c);
        return i >= 0 ? _children[i] : null;
    }

    /// <summary>The node of <paramref name="chars"/>, or <c>null</c>.</summary>
    public UserWordLayer? Find(ReadOnlySpan<char> chars)
    {
        UserWordLayer? node = this;
        for (int i = 0; i < chars.Length && node is not null; i++)
        {
            node = node.Child(chars[i]);
        }

        return node;
    }

    /// <summary>
    /// A new layer in which <paramref name="word"/> has <paramref name="frequency"/>; its tag becomes
    /// <paramref name="tag"/> when one is given and stays as it was otherwise, as in jieba.
    /// </summary>
    public UserWordLayer With(string word, int frequency, string? tag) => With(word, 0, frequency, tag);

    private UserWordLayer With(string word, int depth, int frequency, string? tag)
    {
        if (depth == word.Length)
        {
            return new UserWordLayer(_keys, _children, frequency, word, string.IsNullOrEmpty(tag) ? Tag : tag,
                ForceSplit || frequency == 0);
        }

        char c = word[depth];
        int i = _keys.AsSpan().BinarySearch(c);
        if (i >= 0)
        {
            UserWordLayer[] children = (UserWordLayer[])_children.Clone();
            children[i] = _children[i].With(word, depth + 1, frequency, tag);
            return new UserWordLayer(_keys, children, Frequency, Word, Tag, ForceSplit);
        }

        i = ~i;
        char[] keys = [.. _keys.AsSpan(0, i), c, .. _keys.AsSpan(i)];
        UserWordLayer child = Empty.With(word, depth + 1, frequency, tag);
        UserWordLayer[] newChildren = [.. _children.AsSpan(0, i), child, .. _children.AsSpan(i)];
        return new UserWordLayer(keys, newChildren, Frequency, Word, Tag, ForceSplit);
    }
}
