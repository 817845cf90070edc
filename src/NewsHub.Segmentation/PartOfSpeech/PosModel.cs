using System.Text;
using NewsHub.Segmentation.Text;

namespace NewsHub.Segmentation.PartOfSpeech;

/// <summary>
/// <c>jieba.posseg</c>'s hidden Markov model, whose 256 states pair a word position (B, E, M, S) with a
/// part-of-speech tag, and its table of the states each character may take (<c>char_state_tab</c>).
/// </summary>
/// <remarks>
/// States are numbered in the order python sorts the <c>(position, tag)</c> tuples, so that comparing numbers
/// breaks ties as python's <c>max</c> does. A missing transition is −∞ (jieba's <c>MIN_INF</c>), a missing
/// emission −3.14e100 (<c>MIN_FLOAT</c>).
/// Format of <c>jieba-pos.bin.z</c>, after zlib: the magic <c>JBPOS1\0\0</c>; int32 state count; per state a
/// position byte and a length-prefixed ASCII tag; per state its start double; per state an int32 count of
/// (int32 target, double) transitions; per state an int32 count of (uint16 char, double) emissions; an int32
/// count of characters, each a uint16 char, an int32 count and that many int32 states.
/// </remarks>
internal sealed class PosModel
{
    private static ReadOnlySpan<byte> Magic => "JBPOS1\0\0"u8;

    private readonly Dictionary<int, double> _emissions;   // state << 16 | char
    private readonly int[]?[] _charStates;                  // by c - HanFirst; null: any state

    private PosModel(char[] positions, string[] tags, double[] start, double[] transitions, int[][] targets,
        Dictionary<int, double> emissions, int[]?[] charStates)
    {
        Positions = positions;
        Tags = tags;
        Start = start;
        Transitions = transitions;
        Targets = targets;
        _emissions = emissions;
        _charStates = charStates;
        AllStates = [.. Enumerable.Range(0, positions.Length)];
    }

    /// <summary>Number of states.</summary>
    public int StateCount => Positions.Length;

    /// <summary>Each state's word position: 'B', 'E', 'M' or 'S'.</summary>
    public char[] Positions { get; }

    /// <summary>Each state's part-of-speech tag.</summary>
    public string[] Tags { get; }

    /// <summary>Each state's start log-probability.</summary>
    public double[] Start { get; }

    /// <summary>Transition log-probabilities, indexed <c>from * StateCount + to</c>; −∞ where python has none.</summary>
    public double[] Transitions { get; }

    /// <summary>The states each state has a transition to (python's <c>trans_p[x].keys()</c>).</summary>
    public int[][] Targets { get; }

    /// <summary>Every state, for characters <c>char_state_tab</c> does not list (python's <c>trans_p.keys()</c>).</summary>
    public int[] AllStates { get; }

    /// <summary>The states <paramref name="c"/> may take.</summary>
    public int[] StatesOf(char c) => (CharClass.IsHan(c) ? _charStates[c - CharClass.HanFirst] : null) ?? AllStates;

    /// <summary><c>emit_p[state].get(c, MIN_FLOAT)</c>.</summary>
    public double Emission(int state, char c) =>
        _emissions.TryGetValue((state << 16) | c, out double logProbability) ? logProbability : Hmm.HmmModel.MinFloat;

    /// <summary>Loads the model embedded in this assembly.</summary>
    public static PosModel LoadDefault()
    {
        using Stream stream = EmbeddedData.Open("jieba-pos.bin.z");
        var reader = new SpanReader(EmbeddedData.Inflate(stream));
        if (!reader.ReadBytes(Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a NewsHub jieba part-of-speech model (bad magic).");
        }

        int count = reader.ReadInt32();
        var positions = new char[count];
        var tags = new string[count];
        for (int s = 0; s < count; s++)
        {
            positions[s] = (char)reader.ReadByte();
            tags[s] = Encoding.ASCII.GetString(reader.ReadBytes(reader.ReadByte()));
        }

        var start = new double[count];
        for (int s = 0; s < count; s++)
        {
            start[s] = reader.ReadDouble();
        }

        var transitions = new double[count * count];
        Array.Fill(transitions, double.NegativeInfinity);
        var targets = new int[count][];
        for (int s = 0; s < count; s++)
        {
            targets[s] = new int[reader.ReadInt32()];
            for (int k = 0; k < targets[s].Length; k++)
            {
                int target = reader.ReadInt32();
                targets[s][k] = target;
                transitions[(s * count) + target] = reader.ReadDouble();
            }
        }

        var emissions = new Dictionary<int, double>();
        for (int s = 0; s < count; s++)
        {
            int entries = reader.ReadInt32();
            for (int k = 0; k < entries; k++)
            {
                char c = (char)reader.ReadUInt16();
                emissions[(s << 16) | c] = reader.ReadDouble();
            }
        }

        var charStates = new int[]?[CharClass.HanCount];
        int rows = reader.ReadInt32();
        for (int r = 0; r < rows; r++)
        {
            char c = (char)reader.ReadUInt16();
            var states = new int[reader.ReadInt32()];
            for (int k = 0; k < states.Length; k++)
            {
                states[k] = reader.ReadInt32();
            }

            if (CharClass.IsHan(c))
            {
                charStates[c - CharClass.HanFirst] = states;
            }
        }

        return new PosModel(positions, tags, start, transitions, targets, emissions, charStates);
    }
}
