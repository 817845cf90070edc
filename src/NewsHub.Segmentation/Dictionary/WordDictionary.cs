namespace NewsHub.Segmentation.Dictionary;

/// <summary>
/// One immutable version of a segmenter's dictionary: the shared <see cref="PrefixTrie"/>, the words added on
/// top of it and the running total of frequencies. It plays the part of jieba's <c>FREQ</c> and <c>total</c>.
/// </summary>
internal sealed class WordDictionary
{
    /// <summary>Creates the version with no user words.</summary>
    public WordDictionary(PrefixTrie baseWords)
        : this(baseWords, UserWordLayer.Empty, baseWords.Total)
    {
    }

    private WordDictionary(PrefixTrie baseWords, UserWordLayer userWords, long total)
    {
        Base = baseWords;
        User = userWords;
        Total = total;
        // jieba computes log(self.total) per sentence; computing it once gives the same double.
        LogTotal = Math.Log(total);
    }

    /// <summary>The default dictionary.</summary>
    public PrefixTrie Base { get; }

    /// <summary>Words added or deleted by the user; <see cref="UserWordLayer.IsEmpty"/> when none.</summary>
    public UserWordLayer User { get; }

    /// <summary>jieba's <c>total</c>: the base total plus every frequency ever added.</summary>
    public long Total { get; }

    /// <summary><c>Math.Log(Total)</c>.</summary>
    public double LogTotal { get; }

    /// <summary>
    /// jieba's <c>FREQ.get(word)</c>: the frequency of <paramref name="word"/>, 0 when it is only a prefix of
    /// some word, <c>null</c> when it is not even that. <paramref name="baseNode"/> is the node of the word in
    /// <see cref="Base"/>, or <see cref="PrefixTrie.None"/>; it lets callers reuse the cached word string.
    /// </summary>
    public int? Frequency(ReadOnlySpan<char> word, out int baseNode)
    {
        baseNode = Base.Find(word);
        UserWordLayer? user = User.IsEmpty || word.IsEmpty ? null : User.Find(word);
        if (user is { IsWord: true })
        {
            return user.Frequency;
        }

        if (baseNode != PrefixTrie.None)
        {
            return Base.Frequency(baseNode);
        }

        return user is null ? null : 0;
    }

    /// <summary><c>bool(FREQ.get(word))</c>: whether <paramref name="word"/> is a word with a positive frequency.</summary>
    public bool IsWord(ReadOnlySpan<char> word, out int baseNode) => Frequency(word, out baseNode) > 0;

    /// <summary>Whether the HMM must split <paramref name="word"/> into characters (it was added with frequency 0).</summary>
    public bool IsForceSplit(ReadOnlySpan<char> word) => !User.IsEmpty && User.Find(word) is { ForceSplit: true };

    /// <summary>The part-of-speech tag of <paramref name="word"/>: the user's, else the dictionary's, else <c>null</c>.</summary>
    public string? Tag(ReadOnlySpan<char> word)
    {
        if (!User.IsEmpty && User.Find(word) is { Tag: { } userTag })
        {
            return userTag;
        }

        int node = Base.Find(word);
        return node == PrefixTrie.None ? null : Base.Tag(node);
    }

    /// <summary>jieba's <c>add_word</c>: a new version in which <paramref name="word"/> has <paramref name="frequency"/>.</summary>
    public WordDictionary WithWord(string word, int frequency, string? tag) =>
        new(Base, User.With(word, frequency, tag), Total + frequency);
}
