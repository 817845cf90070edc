using System.Globalization;

namespace NewsHub.Segmentation.Dictionary;

/// <summary>
/// Reads a main dictionary in jieba's <c>dict.txt</c> format (<c>gen_pfdict</c>): one <c>word freq [tag]</c> per
/// line, separated by single spaces. A word listed twice keeps its last frequency and tag, but both frequencies
/// count towards the total, as in jieba.
/// </summary>
internal static class DictionaryText
{
    private static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\r', '\v', '\f'];

    /// <summary>Builds a trie from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="FormatException">A line lacks a frequency, or it is not a non-negative 32-bit integer.</exception>
    public static PrefixTrie Read(TextReader reader, string source)
    {
        var builder = new PrefixTrie.Builder(1 << 16);
        long total = 0;
        int lineNumber = 0;
        while (reader.ReadLine() is { } rawLine)
        {
            lineNumber++;
            string line = rawLine.Trim(AsciiWhitespace).TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;   // jieba would raise here; a blank line carries no entry, so it is skipped
            }

            string[] parts = line.Split(' ');
            if (parts.Length < 2 || parts[0].Length == 0
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int frequency))
            {
                throw new FormatException($"Invalid dictionary entry in {source} at line {lineNumber}: {line}");
            }

            byte tag = parts.Length > 2 && parts[2].Length > 0 ? builder.InternTag(parts[2]) : (byte)0;
            builder.SetWord(builder.AddPath(PrefixTrie.None, parts[0]), frequency, tag);
            total += frequency;
        }

        if (total == 0)
        {
            throw new FormatException($"The dictionary {source} has no word with a positive frequency.");
        }

        return builder.Build(total);
    }
}
