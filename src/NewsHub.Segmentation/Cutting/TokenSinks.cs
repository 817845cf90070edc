using NewsHub.Segmentation.Dictionary;
using NewsHub.Segmentation.Text;

namespace NewsHub.Segmentation.Cutting;

/// <summary>
/// Receives the tokens of a cut in order. The cutters are generic over struct sinks, so the calls inline
/// and one cutter serves <see cref="JiebaSegmenter.Cut"/>, <see cref="JiebaSegmenter.Tokenize"/> and the
/// search modes.
/// </summary>
internal interface ITokenSink
{
    /// <summary>Takes <paramref name="word"/>, which occupies <c>[start, start + word.Length)</c> of the input.</summary>
    void Add(string word, int start);
}

/// <summary>Collects the words into a pooled buffer.</summary>
internal struct WordListSink(int capacity) : ITokenSink, IDisposable
{
    private PooledList<string> _words = new(capacity);

    /// <inheritdoc/>
    public void Add(string word, int start) => _words.Add(word);

    /// <summary>The words collected.</summary>
    public readonly string[] ToArray() => _words.ToArray();

    /// <inheritdoc/>
    public void Dispose() => _words.Dispose();
}

/// <summary>Collects words with their offsets into a pooled buffer.</summary>
internal struct TokenListSink(int capacity) : ITokenSink, IDisposable
{
    private PooledList<Token> _tokens = new(capacity);

    /// <inheritdoc/>
    public void Add(string word, int start) => _tokens.Add(new Token(word, start, start + word.Length));

    /// <summary>The tokens collected.</summary>
    public readonly Token[] ToArray() => _tokens.ToArray();

    /// <inheritdoc/>
    public void Dispose() => _tokens.Dispose();
}

/// <summary>
/// jieba's search mode (<c>cut_for_search</c>, <c>tokenize(mode="search")</c>): before each word longer than
/// two characters, the dictionary words among its 2-grams, then (for words longer than three) its 3-grams.
/// </summary>
internal struct SearchModeSink<TInner>(WordDictionary dictionary, string text, TInner inner) : ITokenSink
    where TInner : struct, ITokenSink
{
    private TInner _inner = inner;

    /// <summary>The sink that receives the words and grams.</summary>
    public readonly TInner Inner => _inner;

    /// <inheritdoc/>
    public void Add(string word, int start)
    {
        // Every word longer than one UTF-16 unit lies in jieba's Han-block alphabet (BMP only), so
        // UTF-16 lengths equal python's code-point lengths here.
        if (word.Length > 2)
        {
            AddGrams(start, word.Length, 2);
        }

        if (word.Length > 3)
        {
            AddGrams(start, word.Length, 3);
        }

        _inner.Add(word, start);
    }

    private void AddGrams(int start, int length, int n)
    {
        for (int i = 0; i + n <= length; i++)
        {
            ReadOnlySpan<char> gram = text.AsSpan(start + i, n);
            if (dictionary.IsWord(gram, out int node))
            {
                _inner.Add(node != PrefixTrie.None ? dictionary.Base.WordString(node, gram) : RecentStrings.Get(gram), start + i);
            }
        }
    }
}
