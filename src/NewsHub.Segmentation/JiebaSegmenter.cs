using System.Text;
using NewsHub.Segmentation.Cutting;
using NewsHub.Segmentation.Dictionary;
using NewsHub.Segmentation.Hmm;
using NewsHub.Segmentation.PartOfSpeech;

namespace NewsHub.Segmentation;

/// <summary>
/// A Chinese word segmenter that ports jieba 0.42.1 and produces the same tokens as python3-jieba: a prefix
/// dictionary and the most probable route through it, with a hidden Markov model for words the dictionary
/// lacks.
/// </summary>
/// <remarks>
/// <para>
/// <b>Thread safety.</b> <see cref="Cut"/>, <see cref="CutAll"/>, <see cref="CutForSearch"/>,
/// <see cref="Tokenize"/>, <see cref="TagPartsOfSpeech"/> and <see cref="SuggestFrequency(string, bool)"/> without tuning may run on any
/// number of threads at once. <see cref="AddWord"/>, <see cref="DeleteWord"/>, <see cref="LoadUserDictionary(string)"/>
/// and tuning are safe too, even while cuts run: the dictionary is an immutable snapshot that a change
/// replaces (under a lock, changes apply one after another), so each cut sees the dictionary either before
/// or after a change, never half of one. A user dictionary is published once, after its last line.
/// </para>
/// <para>
/// <b>Sharing.</b> The default dictionary and the HMM are loaded once per process, on first use, and shared
/// by <see cref="Default"/> and every instance made with <see cref="JiebaSegmenter()"/>; an instance's own
/// words live in a small layer on top, so adding words to one instance does not affect the others.
/// </para>
/// <para>
/// <b>Offsets.</b> Words are substrings of the input. <see cref="Tokenize"/> reports UTF-16 offsets; python
/// reports code-point offsets, which differ after characters outside the Basic Multilingual Plane.
/// </para>
/// </remarks>
public sealed class JiebaSegmenter
{
    private static readonly Lazy<PrefixTrie> DefaultDictionary = new(DictionaryData.LoadDefault);

    private static readonly Lazy<HmmModel> DefaultHmm = new(HmmModel.LoadDefault);

    // posseg's tables are large and needed by few callers: loaded on the first TagPartsOfSpeech.
    private static readonly Lazy<PosModel> PartOfSpeechModel = new(PosModel.LoadDefault);

    private static readonly Lazy<JiebaSegmenter> DefaultInstance = new(() => new JiebaSegmenter());

    private readonly HmmModel _hmm;
    private readonly Lock _changeLock = new();
    private volatile WordDictionary _dictionary;

    /// <summary>Creates a segmenter with jieba's default dictionary and no words of its own.</summary>
    /// <remarks>The first instance in a process loads the default dictionary (about 0.2 s); later ones share it.</remarks>
    public JiebaSegmenter()
    {
        _hmm = DefaultHmm.Value;
        _dictionary = new WordDictionary(DefaultDictionary.Value);
    }

    /// <summary>
    /// Creates a segmenter with a main dictionary of your own instead of jieba's default (jieba's
    /// <c>Tokenizer(dictionary)</c> or <c>set_dictionary</c>), for instance jieba's larger <c>dict.txt.big</c>.
    /// </summary>
    /// <param name="mainDictionary">
    /// The dictionary in jieba's <c>dict.txt</c> format: <c>word freq [tag]</c> per line, separated by single spaces.
    /// Unlike jieba, blank lines are skipped rather than rejected. The HMM tables stay jieba's.
    /// </param>
    /// <exception cref="FormatException">A line has no frequency, or it is not a non-negative 32-bit integer.</exception>
    public JiebaSegmenter(TextReader mainDictionary)
    {
        ArgumentNullException.ThrowIfNull(mainDictionary);
        _hmm = DefaultHmm.Value;
        _dictionary = new WordDictionary(DictionaryText.Read(mainDictionary, "the main dictionary"));
    }

    /// <summary>
    /// The process-wide segmenter with the default dictionary, created on first use. Words added to it are seen
    /// by all its users; prefer a <see cref="JiebaSegmenter()"/> of your own for words only you need.
    /// </summary>
    public static JiebaSegmenter Default => DefaultInstance.Value;

    /// <summary>
    /// Cuts <paramref name="text"/> into words (jieba's default, "accurate" mode: <c>jieba.lcut(text, HMM=hmm)</c>).
    /// The words do not overlap and, concatenated, give back the input.
    /// </summary>
    /// <param name="text">The text to cut.</param>
    /// <param name="hmm">Whether to find words missing from the dictionary with the hidden Markov model.</param>
    /// <returns>The words, in order.</returns>
    public IReadOnlyList<string> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new WordListSink(EstimateTokens(text));
        try
        {
            SentenceCutter.Cut(_dictionary, _hmm, text, hmm, ref sink);
            return sink.ToArray();
        }
        finally
        {
            sink.Dispose();
        }
    }

    /// <summary>
    /// Every dictionary word found in <paramref name="text"/>, overlapping (jieba's full mode:
    /// <c>jieba.lcut(text, cut_all=True)</c>), except that python's empty strings around whitespace are left out.
    /// </summary>
    /// <param name="text">The text to cut.</param>
    /// <returns>The words, in order of their start.</returns>
    public IReadOnlyList<string> CutAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>(EstimateTokens(text));
        SentenceCutter.CutAll(_dictionary, text, words);
        return words;
    }

    /// <summary>
    /// Cuts for search indexing (<c>jieba.lcut_for_search(text, HMM=hmm)</c>): the words of <see cref="Cut"/>,
    /// each word longer than two characters preceded by the dictionary words among its 2-grams and 3-grams.
    /// </summary>
    /// <param name="text">The text to cut.</param>
    /// <param name="hmm">Whether to find words missing from the dictionary with the hidden Markov model.</param>
    /// <returns>The words, in jieba's order.</returns>
    public IReadOnlyList<string> CutForSearch(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        WordDictionary dictionary = _dictionary;
        var sink = new SearchModeSink<WordListSink>(dictionary, text, new WordListSink(EstimateTokens(text) * 5 / 4));
        try
        {
            SentenceCutter.Cut(dictionary, _hmm, text, hmm, ref sink);
            return sink.Inner.ToArray();
        }
        finally
        {
            sink.Inner.Dispose();
        }
    }

    /// <summary>
    /// Cuts <paramref name="text"/> and reports where each word lies (<c>jieba.tokenize(text, mode, HMM=hmm)</c>),
    /// as UTF-16 offsets into <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The text to cut.</param>
    /// <param name="mode"><see cref="TokenizeMode.Default"/> for the words of <see cref="Cut"/>, <see cref="TokenizeMode.Search"/> for those of <see cref="CutForSearch"/>.</param>
    /// <param name="hmm">Whether to find words missing from the dictionary with the hidden Markov model.</param>
    /// <returns>The tokens, in jieba's order.</returns>
    public IReadOnlyList<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        WordDictionary dictionary = _dictionary;
        if (mode == TokenizeMode.Search)
        {
            var search = new SearchModeSink<TokenListSink>(dictionary, text, new TokenListSink(EstimateTokens(text) * 5 / 4));
            try
            {
                SentenceCutter.Cut(dictionary, _hmm, text, hmm, ref search);
                return search.Inner.ToArray();
            }
            finally
            {
                search.Inner.Dispose();
            }
        }

        var sink = new TokenListSink(EstimateTokens(text));
        try
        {
            SentenceCutter.Cut(dictionary, _hmm, text, hmm, ref sink);
            return sink.ToArray();
        }
        finally
        {
            sink.Dispose();
        }
    }

    /// <summary>
    /// Cuts <paramref name="text"/> into words tagged with their part of speech (<c>jieba.posseg.lcut(text, HMM=hmm)</c>).
    /// The words are those of <see cref="Cut"/> except where posseg cuts differently: it keeps <c>%</c> and <c>-</c>
    /// out of words and finds unknown words with its own HMM. The tokens cover the input in order.
    /// </summary>
    /// <param name="text">The text to tag.</param>
    /// <param name="hmm">Whether to find and tag words missing from the dictionary with posseg's HMM.</param>
    /// <returns>The tagged tokens, in order, with UTF-16 offsets into <paramref name="text"/>.</returns>
    /// <remarks>The first call loads posseg's model (about 0.1 s).</remarks>
    public IReadOnlyList<TaggedToken> TagPartsOfSpeech(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TaggedToken>(EstimateTokens(text));
        PosTagger.Cut(_dictionary, PartOfSpeechModel.Value, text, hmm, tokens);
        return tokens;
    }

    /// <summary>
    /// Adds <paramref name="word"/> to this segmenter's dictionary, or changes its frequency (jieba's <c>add_word</c>).
    /// As in jieba, the frequency is added to the dictionary's total even when the word was already there.
    /// </summary>
    /// <param name="word">The word; it may contain any characters, but only words made of Han characters, ASCII
    /// letters and digits and <c>+#&amp;._%-</c> can be cut out of a text.</param>
    /// <param name="frequency">Its frequency; <c>null</c> for <see cref="SuggestFrequency(string, bool)"/>'s value,
    /// which makes the word come out whole (though the HMM may still change the result); 0 deletes the word.</param>
    /// <param name="tag">Its part-of-speech tag (e.g. <c>nz</c>), if any; an earlier tag stays when none is given.</param>
    /// <exception cref="ArgumentException"><paramref name="word"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is negative.</exception>
    public void AddWord(string word, int? frequency = null, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        if (frequency < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "A word frequency cannot be negative.");
        }

        lock (_changeLock)
        {
            int resolved = frequency ?? SuggestJoinedFrequency(_dictionary, word);
            _dictionary = _dictionary.WithWord(word, resolved, tag);
        }
    }

    /// <summary>
    /// Deletes <paramref name="word"/> from this segmenter's dictionary (jieba's <c>del_word</c>, i.e. frequency 0).
    /// The HMM will also split it into characters should it find it.
    /// </summary>
    /// <param name="word">The word.</param>
    public void DeleteWord(string word) => AddWord(word, 0);

    /// <summary>Loads a user dictionary file in jieba's format (see <see cref="LoadUserDictionary(TextReader)"/>), read as UTF-8.</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="FormatException">The file is not UTF-8, or a frequency is too large.</exception>
    public void LoadUserDictionary(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        try
        {
            LoadUserDictionary(reader, path);
        }
        catch (DecoderFallbackException exception)
        {
            throw new FormatException($"The user dictionary {path} must be UTF-8.", exception);
        }
    }

    /// <summary>
    /// Loads a user dictionary in jieba's format (<c>load_userdict</c>): one word per line, optionally followed by
    /// a space and its frequency, and optionally by a space and its part-of-speech tag (<c>云计算 5 n</c>,
    /// <c>创新办 3</c>, <c>台中</c>). Blank lines are skipped. Each entry is added as by <see cref="AddWord"/>;
    /// cuts running meanwhile see the dictionary as it was before the first line.
    /// </summary>
    /// <param name="reader">The dictionary text.</param>
    /// <exception cref="FormatException">A frequency is too large.</exception>
    public void LoadUserDictionary(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        LoadUserDictionary(reader, "the user dictionary");
    }

    /// <summary>
    /// jieba's <c>suggest_freq(segment, tune)</c> for a word that should come out whole: the smallest frequency
    /// that makes <see cref="Cut"/> without HMM keep it in one piece, or its current frequency if that is larger.
    /// </summary>
    /// <param name="segment">The word.</param>
    /// <param name="tune">Whether to also give the word that frequency, as <see cref="AddWord"/> would.</param>
    /// <returns>The suggested frequency.</returns>
    public int SuggestFrequency(string segment, bool tune = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        if (!tune)
        {
            return SuggestJoinedFrequency(_dictionary, segment);
        }

        lock (_changeLock)
        {
            int frequency = SuggestJoinedFrequency(_dictionary, segment);
            _dictionary = _dictionary.WithWord(segment, frequency, tag: null);
            return frequency;
        }
    }

    /// <summary>
    /// jieba's <c>suggest_freq((part, part, …), tune)</c> for a word that should be cut into <paramref name="parts"/>:
    /// the largest frequency at which it no longer beats its parts, or its current frequency if that is smaller.
    /// </summary>
    /// <param name="parts">The pieces the word should be cut into; the word is their concatenation.</param>
    /// <param name="tune">Whether to also give the joined word that frequency, as <see cref="AddWord"/> would.</param>
    /// <returns>The suggested frequency.</returns>
    public int SuggestFrequency(IReadOnlyList<string> parts, bool tune = false)
    {
        ArgumentNullException.ThrowIfNull(parts);
        string word = string.Concat(parts);
        ArgumentException.ThrowIfNullOrEmpty(word, nameof(parts));
        if (!tune)
        {
            return SuggestSplitFrequency(_dictionary, parts, word);
        }

        lock (_changeLock)
        {
            int frequency = SuggestSplitFrequency(_dictionary, parts, word);
            _dictionary = _dictionary.WithWord(word, frequency, tag: null);
            return frequency;
        }
    }

    /// <summary>
    /// The part-of-speech tag the dictionary gives <paramref name="word"/>: the one given to <see cref="AddWord"/>
    /// or in a user dictionary, else the default dictionary's, else <c>null</c>.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>A tag such as <c>n</c>, <c>nr</c>, <c>nz</c>, <c>v</c>, or <c>null</c>.</returns>
    public string? GetTag(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _dictionary.Tag(word);
    }

    /// <summary>
    /// The frequency of <paramref name="word"/> in this segmenter's dictionary (jieba's <c>get_FREQ</c>):
    /// 0 when it is deleted or only the beginning of longer words, <c>null</c> when it is unknown.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>The frequency, or <c>null</c>.</returns>
    public int? GetFrequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _dictionary.Frequency(word, out _);
    }

    private void LoadUserDictionary(TextReader reader, string source)
    {
        List<UserDictionaryEntry> entries = [.. UserDictionaryParser.Parse(reader, source)];
        lock (_changeLock)
        {
            WordDictionary dictionary = _dictionary;
            foreach ((string word, int? frequency, string? tag) in entries)
            {
                dictionary = dictionary.WithWord(word, frequency ?? SuggestJoinedFrequency(dictionary, word), tag);
            }

            _dictionary = dictionary;
        }
    }

    /// <summary>python: <c>max(int(Π FREQ.get(seg, 1) / total × total) + 1, FREQ.get(word, 1))</c> over the no-HMM cut.</summary>
    private int SuggestJoinedFrequency(WordDictionary dictionary, string word)
    {
        double total = dictionary.Total;
        double product = 1;
        var sink = new WordListSink(word.Length);
        string[] pieces;
        try
        {
            SentenceCutter.Cut(dictionary, _hmm, word, hmm: false, ref sink);
            pieces = sink.ToArray();
        }
        finally
        {
            sink.Dispose();
        }

        foreach (string piece in pieces)
        {
            product *= (dictionary.Frequency(piece, out _) ?? 1) / total;
        }

        long joined = (long)(product * total) + 1;
        return (int)Math.Min(int.MaxValue, Math.Max(joined, dictionary.Frequency(word, out _) ?? 1));
    }

    /// <summary>python: <c>min(int(Π FREQ.get(seg, 1) / total × total), FREQ.get(word, 0))</c> over the given parts.</summary>
    private static int SuggestSplitFrequency(WordDictionary dictionary, IReadOnlyList<string> parts, string word)
    {
        double total = dictionary.Total;
        double product = 1;
        foreach (string part in parts)
        {
            product *= (dictionary.Frequency(part, out _) ?? 1) / total;
        }

        return (int)Math.Min((long)(product * total), dictionary.Frequency(word, out _) ?? 0);
    }

    // Chinese news text averages about 2.2 UTF-16 units per token; the buffer is pooled, so a generous guess is free.
    private static int EstimateTokens(string text) => Math.Min(text.Length, 16 + (text.Length / 2));
}
