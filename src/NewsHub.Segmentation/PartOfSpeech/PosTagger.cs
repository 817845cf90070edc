using System.Buffers;
using NewsHub.Segmentation.Cutting;
using NewsHub.Segmentation.Dictionary;
using NewsHub.Segmentation.Text;

namespace NewsHub.Segmentation.PartOfSpeech;

/// <summary>
/// <c>jieba.posseg.cut</c>: words with part-of-speech tags. It cuts much as <see cref="SentenceCutter"/> does, with
/// posseg's own differences: its blocks (<c>re_han_internal</c>) exclude <c>%</c> and <c>-</c>, dictionary words
/// take their tag from the dictionary, and unknown stretches go through the (position, tag) HMM.
/// </summary>
internal static class PosTagger
{
    private const string Unknown = "x", Numeral = "m", English = "eng";

    /// <summary>Tags <paramref name="text"/>; the tokens cover it in order.</summary>
    public static void Cut(WordDictionary dictionary, PosModel model, string text, bool hmm, List<TaggedToken> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (IsBlockChar(text[i]))
            {
                int end = i + 1;
                while (end < text.Length && IsBlockChar(text[end]))
                {
                    end++;
                }

                if (hmm)
                {
                    CutBlockWithHmm(dictionary, model, text, i, end, tokens);
                }
                else
                {
                    CutBlockWithoutHmm(dictionary, text, i, end, tokens);
                }

                i = end;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                tokens.Add(new TaggedToken("\r\n", Unknown, i, i + 2));
                i += 2;
            }
            else
            {
                // Whitespace is "x"; so is every other character here, since re_num and re_eng cannot match
                // outside re_han_internal's alphabet.
                int length = CharClass.CodePointLength(text, i);
                tokens.Add(new TaggedToken(SingleCharStrings.Get(text, i, length), Unknown, i, i + length));
                i += length;
            }
        }
    }

    /// <summary><c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._]</c>: posseg's <c>re_han_internal</c>.</summary>
    private static bool IsBlockChar(char c) => CharClass.IsDictionaryChar(c) && c is not '%' and not '-';

    private static void CutBlockWithHmm(WordDictionary dictionary, PosModel model, string text, int start, int end, List<TaggedToken> tokens)
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
                    FlushSingles(dictionary, model, text, start + buffered, start + x, tokens);
                    buffered = -1;
                }

                AddDictionaryWord(dictionary, text, start + x, start + y, tokens);
            }

            x = y;
        }

        if (buffered >= 0)
        {
            FlushSingles(dictionary, model, text, start + buffered, end, tokens);
        }
    }

    private static void FlushSingles(WordDictionary dictionary, PosModel model, string text, int start, int end, List<TaggedToken> tokens)
    {
        if (end - start > 1 && !dictionary.IsWord(text.AsSpan(start, end - start), out _))
        {
            CutDetail(model, text, start, end, tokens);
            return;
        }

        for (int k = start; k < end; k++)
        {
            AddDictionaryWord(dictionary, text, k, k + 1, tokens);
        }
    }

    private static void CutBlockWithoutHmm(WordDictionary dictionary, string text, int start, int end, List<TaggedToken> tokens)
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
                    Add(text, start + english, start + x, English, tokens);
                    english = -1;
                }

                AddDictionaryWord(dictionary, text, start + x, start + y, tokens);
            }

            x = y;
        }

        if (english >= 0)
        {
            Add(text, start + english, end, English, tokens);
        }
    }

    /// <summary>posseg's <c>__cut_detail</c>: the HMM for Han stretches, <c>([\.0-9]+|[a-zA-Z0-9]+)</c> for the rest.</summary>
    private static void CutDetail(PosModel model, string text, int start, int end, List<TaggedToken> tokens)
    {
        int i = start;
        while (i < end)
        {
            int j = i + 1;
            if (CharClass.IsHan(text[i]))
            {
                while (j < end && CharClass.IsHan(text[j]))
                {
                    j++;
                }

                CutHan(model, text, i, j, tokens);
                i = j;
                continue;
            }

            while (j < end && !CharClass.IsHan(text[j]))
            {
                j++;
            }

            for (int p = i; p < j;)
            {
                int q = p + 1;
                string tag;
                if (IsNumeral(text[p]))
                {
                    while (q < j && IsNumeral(text[q]))
                    {
                        q++;
                    }

                    tag = Numeral;
                }
                else if (char.IsAsciiLetterOrDigit(text[p]))
                {
                    while (q < j && char.IsAsciiLetterOrDigit(text[q]))
                    {
                        q++;
                    }

                    tag = English;
                }
                else
                {
                    while (q < j && !IsNumeral(text[q]) && !char.IsAsciiLetterOrDigit(text[q]))
                    {
                        q++;
                    }

                    tag = Unknown;
                }

                Add(text, p, q, tag, tokens);
                p = q;
            }

            i = j;
        }

        static bool IsNumeral(char c) => c == '.' || char.IsAsciiDigit(c);
    }

    private static void CutHan(PosModel model, string text, int start, int end, List<TaggedToken> tokens)
    {
        int length = end - start;
        int[] path = ArrayPool<int>.Shared.Rent(length);
        try
        {
            Viterbi(model, text.AsSpan(start, length), path.AsSpan(0, length));
            int begin = 0, next = 0;
            for (int i = 0; i < length; i++)
            {
                switch (model.Positions[path[i]])
                {
                    case 'B':
                        begin = i;
                        break;
                    case 'E':
                        Add(text, start + begin, start + i + 1, model.Tags[path[i]], tokens);
                        next = i + 1;
                        break;
                    case 'S':
                        Add(text, start + i, start + i + 1, model.Tags[path[i]], tokens);
                        next = i + 1;
                        break;
                }
            }

            if (next < length)
            {
                Add(text, start + next, end, model.Tags[path[next]], tokens);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(path);
        }
    }

    /// <summary>
    /// posseg's <c>viterbi</c>: at each character only the states <c>char_state_tab</c> allows that the previous
    /// states can reach (or, when none, all they can reach), with python's tie-break towards the larger state.
    /// </summary>
    private static void Viterbi(PosModel model, ReadOnlySpan<char> observed, Span<int> path)
    {
        int n = model.StateCount;
        int length = observed.Length;
        var scores = new double[n];
        var nextScores = new double[n];
        short[] back = ArrayPool<short>.Shared.Rent(length * n);
        var active = new List<int>(n);
        var nextActive = new List<int>(n);
        var previous = new List<int>(n);
        var reachable = new bool[n];
        var taken = new bool[n];
        try
        {
            foreach (int y in model.StatesOf(observed[0]))
            {
                scores[y] = model.Start[y] + model.Emission(y, observed[0]);
                active.Add(y);
            }

            for (int t = 1; t < length; t++)
            {
                char c = observed[t];
                previous.Clear();
                Array.Clear(reachable);
                foreach (int x in active)
                {
                    if (model.Targets[x].Length > 0)
                    {
                        previous.Add(x);
                        foreach (int y in model.Targets[x])
                        {
                            reachable[y] = true;
                        }
                    }
                }

                nextActive.Clear();
                Array.Clear(taken);
                foreach (int y in model.StatesOf(c))
                {
                    if (reachable[y] && !taken[y])
                    {
                        taken[y] = true;
                        nextActive.Add(y);
                    }
                }

                if (nextActive.Count == 0)
                {
                    // prev_states_expect_next, or every state when nothing is expected.
                    for (int y = 0; y < n; y++)
                    {
                        if (reachable[y])
                        {
                            nextActive.Add(y);
                        }
                    }

                    if (nextActive.Count == 0)
                    {
                        nextActive.AddRange(model.AllStates);
                    }
                }

                foreach (int y in nextActive)
                {
                    double emission = model.Emission(y, c);
                    double best = double.NaN;
                    int bestFrom = -1;
                    foreach (int x in previous)
                    {
                        double score = scores[x] + model.Transitions[(x * n) + y] + emission;
                        if (bestFrom < 0 || score > best || (score == best && x > bestFrom))
                        {
                            best = score;
                            bestFrom = x;
                        }
                    }

                    // previous is never empty: no state without transitions is a transition target, and every
                    // character allows some state with transitions (checked against the tables).
                    nextScores[y] = best;
                    back[(t * n) + y] = (short)bestFrom;
                }

                (scores, nextScores) = (nextScores, scores);
                (active, nextActive) = (nextActive, active);
            }

            int state = -1;
            foreach (int y in active)
            {
                if (state < 0 || scores[y] > scores[state] || (scores[y] == scores[state] && y > state))
                {
                    state = y;
                }
            }

            for (int t = length - 1; t >= 0; t--)
            {
                path[t] = state;
                state = t > 0 ? back[(t * n) + state] : state;
            }
        }
        finally
        {
            ArrayPool<short>.Shared.Return(back);
        }
    }

    private static void AddDictionaryWord(WordDictionary dictionary, string text, int start, int end, List<TaggedToken> tokens) =>
        Add(text, start, end, dictionary.Tag(text.AsSpan(start, end - start)) ?? Unknown, tokens);

    private static void Add(string text, int start, int end, string tag, List<TaggedToken> tokens)
    {
        string word = end - start == 1 ? SingleCharStrings.Get(text[start]) : RecentStrings.Get(text.AsSpan(start, end - start));
        tokens.Add(new TaggedToken(word, tag, start, end));
    }
}
