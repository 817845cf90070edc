using System.Buffers;
using NewsHub.Segmentation.Dictionary;

namespace NewsHub.Segmentation.Cutting;

/// <summary>
/// jieba's <c>get_DAG</c> and <c>calc</c> in one backward pass: for each position, the end of the word that
/// starts there on the most probable path through the sentence's dictionary words.
/// </summary>
/// <remarks>
/// The candidates at position <c>i</c> are the dictionary words <c>text[i..x]</c> with a positive frequency
/// (or the single character when there is none), scored exactly as
/// <c>log(FREQ[w] or 1) - logtotal + route[x + 1]</c>: the same doubles added in the same order, so that equal
/// scores occur where python sees them; python then prefers the larger <c>x</c>, and so does the <c>&gt;=</c>
/// below, which visits <c>x</c> in increasing order.
/// </remarks>
internal ref struct Route
{
    private const int StackLimit = 128;

    private readonly Span<int> _ends;
    private readonly Span<int> _nodes;
    private int[]? _rentedInts;
    private double[]? _rentedDoubles;

    /// <summary>Finds the route through <paramref name="block"/>, in the scratch buffers when they are large enough, else in rented ones.</summary>
    public Route(WordDictionary dictionary, ReadOnlySpan<char> block, Span<int> intScratch, Span<double> doubleScratch)
    {
        int n = block.Length;
        Span<int> ints = n * 2 <= intScratch.Length ? intScratch : (_rentedInts = ArrayPool<int>.Shared.Rent(n * 2));
        Span<double> scores = n + 1 <= doubleScratch.Length ? doubleScratch : (_rentedDoubles = ArrayPool<double>.Shared.Rent(n + 1));
        _ends = ints[..n];
        _nodes = ints.Slice(n, n);
        if (dictionary.User.IsEmpty)
        {
            FindBaseOnly(dictionary.Base, dictionary.LogTotal, block, _ends, _nodes, scores);
        }
        else
        {
            FindWithUserWords(dictionary, block, _ends, _nodes, scores);
        }
    }

    /// <summary>
    /// Length of the int scratch buffer a caller should <c>stackalloc</c> for a block of <paramref name="blockLength"/>
    /// characters: enough for blocks of up to 128 characters, 0 beyond (the route then rents).
    /// </summary>
    public static int IntScratchLength(int blockLength) => blockLength <= StackLimit ? blockLength * 2 : 0;

    /// <summary>As <see cref="IntScratchLength"/>, for the double scratch buffer.</summary>
    public static int DoubleScratchLength(int blockLength) => blockLength <= StackLimit ? blockLength + 1 : 0;

    /// <summary>The exclusive end of the word chosen at <paramref name="start"/>.</summary>
    public readonly int End(int start) => _ends[start] + 1;

    /// <summary>The <see cref="PrefixTrie"/> node of the word chosen at <paramref name="start"/>, or <see cref="PrefixTrie.None"/>.</summary>
    public readonly int Node(int start) => _nodes[start];

    /// <summary>Returns rented buffers.</summary>
    public void Dispose()
    {
        if (_rentedInts is not null)
        {
            ArrayPool<int>.Shared.Return(_rentedInts);
            _rentedInts = null;
        }

        if (_rentedDoubles is not null)
        {
            ArrayPool<double>.Shared.Return(_rentedDoubles);
            _rentedDoubles = null;
        }
    }

    private static void FindBaseOnly(PrefixTrie trie, double logTotal, ReadOnlySpan<char> block, Span<int> ends, Span<int> nodes, Span<double> scores)
    {
        int n = block.Length;
        scores[n] = 0.0;
        for (int i = n - 1; i >= 0; i--)
        {
            int bestEnd = i, bestNode = PrefixTrie.None;
            double best = (0.0 - logTotal) + scores[i + 1];   // log(FREQ.get(char) or 1) when no word starts here
            bool found = false;
            int node = trie.Root(block[i]);
            int x = i;
            while (node != PrefixTrie.None)
            {
                double logFrequency = trie.LogFrequency(node);
                if (logFrequency != PrefixTrie.NotAWord)
                {
                    double score = (logFrequency - logTotal) + scores[x + 1];
                    if (!found || score >= best)
                    {
                        found = true;
                        best = score;
                        bestEnd = x;
                        bestNode = node;
                    }
                }

                if (++x == n)
                {
                    break;
                }

                node = trie.Child(node, block[x]);
            }

            scores[i] = best;
            ends[i] = bestEnd;
            nodes[i] = bestNode;
        }
    }

    /// <summary>As <see cref="FindBaseOnly"/>, walking the user layer alongside: its words override the base's frequencies.</summary>
    private static void FindWithUserWords(WordDictionary dictionary, ReadOnlySpan<char> block, Span<int> ends, Span<int> nodes, Span<double> scores)
    {
        PrefixTrie trie = dictionary.Base;
        double logTotal = dictionary.LogTotal;
        int n = block.Length;
        scores[n] = 0.0;
        for (int i = n - 1; i >= 0; i--)
        {
            int bestEnd = i, bestNode = PrefixTrie.None;
            double best = (0.0 - logTotal) + scores[i + 1];
            bool found = false;
            int node = trie.Root(block[i]);
            UserWordLayer? user = dictionary.User.Child(block[i]);
            int x = i;
            while (node != PrefixTrie.None || user is not null)
            {
                int frequency;
                double logFrequency;
                if (user is { IsWord: true })
                {
                    (frequency, logFrequency) = (user.Frequency, user.LogFrequency);
                }
                else if (node != PrefixTrie.None)
                {
                    (frequency, logFrequency) = (trie.Frequency(node), trie.LogFrequency(node));
                }
                else
                {
                    (frequency, logFrequency) = (0, 0.0);
                }

                if (frequency > 0)
                {
                    double score = (logFrequency - logTotal) + scores[x + 1];
                    if (!found || score >= best)
                    {
                        found = true;
                        best = score;
                        bestEnd = x;
                        bestNode = node;
                    }
                }

                if (++x == n)
                {
                    break;
                }

                node = node == PrefixTrie.None ? PrefixTrie.None : trie.Child(node, block[x]);
                user = user?.Child(block[x]);
            }

            scores[i] = best;
            ends[i] = bestEnd;
            nodes[i] = bestNode;
        }
    }
}
