using System.Text;
using NewsHub.Segmentation.Dictionary;
using NewsHub.Segmentation.Hmm;
using NewsHub.Segmentation.Text;

namespace NewsHub.Segmentation.Cutting;

/// <summary>
/// jieba's <c>Tokenizer.cut</c>: splits the text into blocks of <c>re_han_default</c> characters, which go
/// through the dictionary (and the HMM), and the rest, which <c>re_skip_default</c> (<c>\r\n|\s</c>) splits.
/// </summary>
internal static class SentenceCutter
{
    private const string CarriageReturnLineFeed = "\r\n";

    /// <summary>Default mode (<c>cut(sentence, cut_all=False, HMM=hmm)</c>).</summary>
    public static void Cut<TSink>(WordDictionary dictionary, HmmModel model, string text, bool hmm, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        int i = 0;
        while (i < text.Length)
        {
            if (CharClass.IsDictionaryChar(text[i]))
            {
                int end = BlockEnd(text, i);
                if (hmm)
                {
                    CutBlockWithHmm(dictionary, model, text, i, end, ref sink);
                }
                else
                {
                    CutBlockWithoutHmm(dictionary, text, i, end, ref sink);
                }

                i = end;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                sink.Add(CarriageReturnLineFeed, i);
                i += 2;
            }
            else
            {
                // Whitespace is a token; any other character is a token of its own ("for xx in x").
                int length = CharClass.CodePointLength(text, i);
                sink.Add(SingleCharStrings.Get(text, i, length), i);
                i += length;
            }
        }
    }

    /// <summary>
    /// Full mode (<c>cut(sentence, cut_all=True)</c>): every dictionary word of each block, and the other
    /// text as whitespace tokens and runs of non-whitespace. Unlike python, no empty strings.
    /// </summary>
    public static void CutAll(WordDictionary dictionary, string text, List<string> words)
    {
        int i = 0;
        while (i < text.Length)
        {
            int end;
            if (CharClass.IsDictionaryChar(text[i]))
            {
                end = BlockEnd(text, i);
                CutBlockAll(dictionary, text, i, end, words);
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                end = i + 2;
                words.Add(CarriageReturnLineFeed);
            }
            else if (CharClass.IsPythonWhitespace(text[i]))
            {
                end = i + 1;
                words.Add(SingleCharStrings.Get(text[i]));
            }
            else
            {
                end = i + 1;
                while (end < text.Length && !CharClass.IsDictionaryChar(text[end]) && !CharClass.IsPythonWhitespace(text[end]))
                {
                    end++;
                }

                words.Add(SliceString(text, i, end));
            }

            i = end;
        }
    }

    private static int BlockEnd(string text, int start)
    {
        int end = start + 1;
        while (end < text.Length && CharClass.IsDictionaryChar(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// <c>__cut_DAG</c>: follows the route; runs of single characters are buffered and, unless they form a
    /// dictionary word themselves, handed to the HMM.
    /// </summary>
    private static void CutBlockWithHmm<TSink>(WordDictionary dictionary, HmmModel model, string text, int start, int end, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        ReadOnlySpan<char> block = text.AsSpan(start, end - start);
        using var route = new Route(dictionary, block,
            stackalloc int[Route.IntScratchLength(block.Length)], stackalloc double[Route.DoubleScratchLength(block.Length)]);
        int buffered = -1;
        int x = 0;
        while (x < block.Length)
        {
            int y = route.End(x);
            if (y - x == 1)
            {
                if (buffered < 0)
                {
                    buffered = x;
                }
            }
            else
            {
                if (buffered >= 0)
                {
                    FlushSingles(dictionary, model, text, start + buffered, start + x, ref sink);
                    buffered = -1;
                }

                sink.Add(WordString(dictionary, block, x, y, route.Node(x)), start + x);
            }

            x = y;
        }

        if (buffered >= 0)
        {
            FlushSingles(dictionary, model, text, start + buffered, start + block.Length, ref sink);
        }
    }

    private static void FlushSingles<TSink>(WordDictionary dictionary, HmmModel model, string text, int start, int end, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        if (end - start == 1)
        {
            sink.Add(SingleCharStrings.Get(text[start]), start);
        }
        else if (!dictionary.IsWord(text.AsSpan(start, end - start), out _))
        {
            HmmSegmenter.Cut(model, dictionary, text, start, end, ref sink);
        }
        else
        {
            for (int k = start; k < end; k++)
            {
                sink.Add(SingleCharStrings.Get(text[k]), k);
            }
        }
    }

    /// <summary><c>__cut_DAG_NO_HMM</c>: follows the route, joining runs of single ASCII letters and digits.</summary>
    private static void CutBlockWithoutHmm<TSink>(WordDictionary dictionary, string text, int start, int end, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        ReadOnlySpan<char> block = text.AsSpan(start, end - start);
        using var route = new Route(dictionary, block,
            stackalloc int[Route.IntScratchLength(block.Length)], stackalloc double[Route.DoubleScratchLength(block.Length)]);
        int english = -1;
        int x = 0;
        while (x < block.Length)
        {
            int y = route.End(x);
            if (y - x == 1 && CharClass.IsAsciiLetterOrDigit(block[x]))
            {
                if (english < 0)
                {
                    english = x;
                }
            }
            else
            {
                if (english >= 0)
                {
                    sink.Add(SliceString(text, start + english, start + x), start + english);
                    english = -1;
                }

                sink.Add(WordString(dictionary, block, x, y, route.Node(x)), start + x);
            }

            x = y;
        }

        if (english >= 0)
        {
            sink.Add(SliceString(text, start + english, end), start + english);
        }
    }

    /// <summary>
    /// <c>__cut_all</c>, literally: each position's dictionary words, except that a position with a single
    /// candidate is skipped when an earlier word covered it, and ASCII letters and digits are gathered
    /// (not necessarily contiguously, exactly as jieba does) into one token.
    /// </summary>
    private static void CutBlockAll(WordDictionary dictionary, string text, int start, int end, List<string> words)
    {
        ReadOnlySpan<char> block = text.AsSpan(start, end - start);
        var english = new StringBuilder();
        bool scanningEnglish = false;
        int lastEnd = -1;
        Span<int> candidates = stackalloc int[64];
        for (int k = 0; k < block.Length; k++)
        {
            if (scanningEnglish && !CharClass.IsAsciiLetterOrDigit(block[k]))
            {
                scanningEnglish = false;
                words.Add(english.ToString());
            }

            int count = DagCandidates(dictionary, block, k, ref candidates);
            if (count == 1 && k > lastEnd)
            {
                int j = candidates[0];
                ReadOnlySpan<char> word = block[k..(j + 1)];
                if (CharClass.IsAsciiLetterOrDigit(word[0]))
                {
                    if (!scanningEnglish)
                    {
                        scanningEnglish = true;
                        english.Clear();
                    }

                    english.Append(word);
                }

                if (!scanningEnglish)
                {
                    words.Add(WordString(dictionary, block, k, j + 1, PrefixTrie.None));
                }

                lastEnd = j;
            }
            else
            {
                for (int c = 0; c < count; c++)
                {
                    int j = candidates[c];
                    if (j > k)
                    {
                        words.Add(WordString(dictionary, block, k, j + 1, PrefixTrie.None));
                        lastEnd = j;
                    }
                }
            }
        }

        if (scanningEnglish)
        {
            words.Add(english.ToString());
        }
    }

    /// <summary>jieba's <c>DAG[k]</c>: ends of the words with positive frequency starting at <paramref name="k"/>, or <c>[k]</c>.</summary>
    private static int DagCandidates(WordDictionary dictionary, ReadOnlySpan<char> block, int k, ref Span<int> ends)
    {
        int count = 0;
        for (int x = k; x < block.Length; x++)
        {
            int? frequency = dictionary.Frequency(block[k..(x + 1)], out _);
            if (frequency is null)
            {
                break;
            }

            if (frequency > 0)
            {
                if (count == ends.Length)
                {
                    int[] larger = new int[ends.Length * 2];
                    ends.CopyTo(larger);
                    ends = larger;
                }

                ends[count++] = x;
            }
        }

        if (count == 0)
        {
            ends[count++] = k;
        }

        return count;
    }

    /// <summary>The string of <c>block[from..to)</c>: shared for single characters and dictionary words.</summary>
    private static string WordString(WordDictionary dictionary, ReadOnlySpan<char> block, int from, int to, int node)
    {
        ReadOnlySpan<char> word = block[from..to];
        if (word.Length == 1)
        {
            return SingleCharStrings.Get(word[0]);
        }

        if (node == PrefixTrie.None)
        {
            node = dictionary.Base.Find(word);
        }

        return node != PrefixTrie.None ? dictionary.Base.WordString(node, word) : RecentStrings.Get(word);
    }

    private static string SliceString(string text, int start, int end) =>
        end - start == 1 ? SingleCharStrings.Get(text[start]) : RecentStrings.Get(text.AsSpan(start, end - start));
}
