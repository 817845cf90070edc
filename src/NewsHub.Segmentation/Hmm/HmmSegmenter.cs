using System.Buffers;
using NewsHub.Segmentation.Cutting;
using NewsHub.Segmentation.Dictionary;
using NewsHub.Segmentation.Text;

namespace NewsHub.Segmentation.Hmm;

/// <summary>
/// jieba's <c>finalseg.cut</c>: cuts a run of characters that the dictionary could not join, finding new
/// words in its Han stretches with the BMES Viterbi and splitting the rest like finalseg's <c>re_skip</c>
/// (<c>[a-zA-Z0-9]+(?:\.\d+)?%?</c>).
/// </summary>
internal static class HmmSegmenter
{
    private const int StackLimit = 256;

    /// <summary>Cuts <c>text[start..end)</c>, whose characters all belong to jieba's Han-block alphabet.</summary>
    public static void Cut<TSink>(HmmModel model, WordDictionary dictionary, string text, int start, int end, ref TSink sink)
        where TSink : struct, ITokenSink
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

                CutHan(model, dictionary, text, i, j, ref sink);
            }
            else
            {
                while (j < end && !CharClass.IsHan(text[j]))
                {
                    j++;
                }

                CutSkipped(text, i, j, ref sink);
            }

            i = j;
        }
    }

    /// <summary>
    /// <c>re_skip.split</c> of a non-Han stretch: each match is a token, and so is each stretch between matches.
    /// The stretch holds only ASCII here, so python's Unicode <c>\d</c> is an ASCII digit.
    /// </summary>
    private static void CutSkipped<TSink>(string text, int start, int end, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        int p = start;
        while (p < end)
        {
            int q = p;
            if (char.IsAsciiLetterOrDigit(text[p]))
            {
                while (q < end && char.IsAsciiLetterOrDigit(text[q]))
                {
                    q++;
                }

                if (q + 1 < end && text[q] == '.' && char.IsAsciiDigit(text[q + 1]))
                {
                    q += 2;
                    while (q < end && char.IsAsciiDigit(text[q]))
                    {
                        q++;
                    }
                }

                if (q < end && text[q] == '%')
                {
                    q++;
                }
            }
            else
            {
                while (q < end && !char.IsAsciiLetterOrDigit(text[q]))
                {
                    q++;
                }
            }

            sink.Add(q - p == 1 ? SingleCharStrings.Get(text[p]) : RecentStrings.Get(text.AsSpan(p, q - p)), p);
            p = q;
        }
    }

    private static void CutHan<TSink>(HmmModel model, WordDictionary dictionary, string text, int start, int end, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        int length = end - start;
        byte[]? rented = null;
        Span<byte> states = length <= StackLimit
            ? stackalloc byte[length * 5]
            : (rented = ArrayPool<byte>.Shared.Rent(length * 5));
        try
        {
            Viterbi(model, text.AsSpan(start, length), states[..length], states.Slice(length, length * 4));
            EmitWords(dictionary, text, start, states[..length], ref sink);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The most probable state sequence for <paramref name="observed"/>, computed with the same additions in
    /// the same order as jieba's <c>viterbi</c>, and the same tie-breaks: python's <c>max</c> over
    /// <c>(probability, state)</c> tuples prefers the alphabetically larger state on equal probabilities.
    /// </summary>
    private static void Viterbi(HmmModel model, ReadOnlySpan<char> observed, Span<byte> path, Span<byte> backPointers)
    {
        const int B = HmmModel.B, E = HmmModel.E, M = HmmModel.M, S = HmmModel.S;
        double[] trans = model.Transition;
        double[] emitB = model.Emission[B], emitE = model.Emission[E], emitM = model.Emission[M], emitS = model.Emission[S];

        int c = observed[0] - CharClass.HanFirst;
        double vB = model.Start[B] + emitB[c];
        double vE = model.Start[E] + emitE[c];
        double vM = model.Start[M] + emitM[c];
        double vS = model.Start[S] + emitS[c];

        double tEB = trans[(E * 4) + B], tSB = trans[(S * 4) + B];
        double tMM = trans[(M * 4) + M], tBM = trans[(B * 4) + M];
        double tSS = trans[(S * 4) + S], tES = trans[(E * 4) + S];
        double tBE = trans[(B * 4) + E], tME = trans[(M * 4) + E];

        for (int t = 1; t < observed.Length; t++)
        {
            c = observed[t] - CharClass.HanFirst;
            Span<byte> back = backPointers.Slice(t * 4, 4);

            // PrevStatus = {B: 'ES', M: 'MB', S: 'SE', E: 'BM'}; python evaluates (V + trans) + emit.
            double em = emitB[c];
            double fromE = vE + tEB + em, fromS = vS + tSB + em;
            double nB = fromS >= fromE ? fromS : fromE;
            back[B] = fromS >= fromE ? (byte)S : (byte)E;

            em = emitM[c];
            double fromM = vM + tMM + em, fromB = vB + tBM + em;
            double nM = fromM >= fromB ? fromM : fromB;
            back[M] = fromM >= fromB ? (byte)M : (byte)B;

            em = emitS[c];
            fromS = vS + tSS + em;
            fromE = vE + tES + em;
            double nS = fromS >= fromE ? fromS : fromE;
            back[S] = fromS >= fromE ? (byte)S : (byte)E;

            em = emitE[c];
            fromM = vM + tME + em;
            fromB = vB + tBE + em;
            double nE = fromM >= fromB ? fromM : fromB;
            back[E] = fromM >= fromB ? (byte)M : (byte)B;

            (vB, vE, vM, vS) = (nB, nE, nM, nS);
        }

        byte state = vS >= vE ? (byte)S : (byte)E;
        for (int t = observed.Length - 1; t > 0; t--)
        {
            path[t] = state;
            state = backPointers[(t * 4) + state];
        }

        path[0] = state;
    }

    /// <summary>finalseg's <c>__cut</c> plus the force-split check of <c>cut</c>.</summary>
    private static void EmitWords<TSink>(WordDictionary dictionary, string text, int start, ReadOnlySpan<byte> path, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        int begin = 0, next = 0;
        for (int i = 0; i < path.Length; i++)
        {
            switch (path[i])
            {
                case HmmModel.B:
                    begin = i;
                    break;
                case HmmModel.E:
                    EmitWord(dictionary, text, start + begin, i + 1 - begin, ref sink);
                    next = i + 1;
                    break;
                case HmmModel.S:
                    sink.Add(SingleCharStrings.Get(text[start + i]), start + i);
                    next = i + 1;
                    break;
            }
        }

        if (next < path.Length)
        {
            EmitWord(dictionary, text, start + next, path.Length - next, ref sink);
        }
    }

    private static void EmitWord<TSink>(WordDictionary dictionary, string text, int start, int length, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        ReadOnlySpan<char> word = text.AsSpan(start, length);
        if (length == 1)
        {
            sink.Add(SingleCharStrings.Get(word[0]), start);
        }
        else if (dictionary.IsForceSplit(word))
        {
            for (int k = 0; k < length; k++)
            {
                sink.Add(SingleCharStrings.Get(word[k]), start + k);
            }
        }
        else
        {
            sink.Add(RecentStrings.Get(word), start);
        }
    }
}
