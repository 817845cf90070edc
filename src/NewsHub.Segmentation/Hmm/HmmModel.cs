using NewsHub.Segmentation.Text;

namespace NewsHub.Segmentation.Hmm;

/// <summary>
/// finalseg's hidden Markov model: four states B, E, M, S (begin, end, middle of a word, single-character
/// word) with jieba's start, transition and emission log-probabilities.
/// </summary>
/// <remarks>
/// States are numbered in alphabetical order (B=0, E=1, M=2, S=3), so that comparing numbers breaks ties
/// the way python compares the state letters in <c>max((prob, state) …)</c>.
/// Emissions are only ever asked for characters of jieba's Han range, so they are stored densely over it,
/// with jieba's <c>MIN_FLOAT</c> where the table has no entry.
/// Format of <c>jieba-hmm.bin.z</c>, after zlib: the magic <c>JBHMM1\0\0</c>; 4 start doubles; 16 transition
/// doubles (row = from-state); for each state an int32 count of (uint16 char, double) emission pairs.
/// </remarks>
internal sealed class HmmModel
{
    /// <summary>jieba's stand-in for log(0).</summary>
    public const double MinFloat = -3.14e100;

    /// <summary>State numbers.</summary>
    public const int B = 0, E = 1, M = 2, S = 3;

    private static ReadOnlySpan<byte> Magic => "JBHMM1\0\0"u8;

    private HmmModel(double[] start, double[] transition, double[][] emission)
    {
        Start = start;
        Transition = transition;
        Emission = emission;
    }

    /// <summary>Start log-probability per state.</summary>
    public double[] Start { get; }

    /// <summary>Transition log-probabilities, indexed <c>from * 4 + to</c>.</summary>
    public double[] Transition { get; }

    /// <summary>Per state, emission log-probabilities indexed by <c>c - CharClass.HanFirst</c>.</summary>
    public double[][] Emission { get; }

    /// <summary>Loads the model embedded in this assembly.</summary>
    public static HmmModel LoadDefault()
    {
        using Stream stream = EmbeddedData.Open("jieba-hmm.bin.z");
        var reader = new SpanReader(EmbeddedData.Inflate(stream));
        if (!reader.ReadBytes(Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a NewsHub jieba HMM model (bad magic).");
        }

        var start = new double[4];
        for (int s = 0; s < 4; s++)
        {
            start[s] = reader.ReadDouble();
        }

        var transition = new double[16];
        for (int i = 0; i < 16; i++)
        {
            transition[i] = reader.ReadDouble();
        }

        var emission = new double[4][];
        for (int s = 0; s < 4; s++)
        {
            emission[s] = ReadHanEmissions(ref reader);
        }

        return new HmmModel(start, transition, emission);
    }

    /// <summary>Reads one state's emission table, keeping the Han range, which is all that is ever looked up.</summary>
    internal static double[] ReadHanEmissions(ref SpanReader reader)
    {
        var table = new double[CharClass.HanCount];
        Array.Fill(table, MinFloat);
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            char c = (char)reader.ReadUInt16();
            double logProbability = reader.ReadDouble();
            if (CharClass.IsHan(c))
            {
                table[c - CharClass.HanFirst] = logProbability;
            }
        }

        return table;
    }
}
