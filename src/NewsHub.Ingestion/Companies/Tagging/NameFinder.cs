using NewsHub.Segmentation;

namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>
/// Finds where catalog names occur with clean edges: a Chinese edge must fall on a jieba word boundary
/// (长安 does not fire inside 长安街), unless the rest of that word is the tail of a company name (华为|公司)
/// or a country before it (美国|通用); a Latin edge must not touch another letter or digit (Ford is not in
/// Oxford). Occurrences may overlap; the longest wins later.
/// </summary>
internal static class NameFinder
{
    /// <summary>
    /// The frequency of jieba's rarest dictionary entries, many of them fragments that glue a word to the
    /// next one's first character (宝马新 beside 新一代).
    /// </summary>
    private const int RarestEntryFrequency = 3;

    /// <param name="segmented">The text with jieba's words.</param>
    /// <param name="names">The catalog's names.</param>
    /// <param name="dictionary">The segmenter that cut the text, whose dictionary tells a fragment from a word.</param>
    public static List<Candidate> Find(SegmentedText segmented, CompanyNames names, JiebaSegmenter dictionary)
    {
        var text = segmented.Text;
        var found = new List<Candidate>();
        var here = new List<(CompanyName Name, int Length)>();
        for (var start = 0; start < text.Length; start++)
        {
            here.Clear();
            names.FindAt(text, start, here);
            foreach (var (name, length) in here)
            {
                var end = start + length;
                if (CompanyNames.IsAcceptedSpelling(name.Text, CompanyNames.Compact(text, start, length))
                    && StartsCleanly(segmented, start, end)
                    && (EndsCleanly(segmented, start, end) || EndsInsideGluedFragment(segmented, start, end, dictionary)))
                {
                    found.Add(new Candidate(start, length, name.Company, name.IsAmbiguous, IsDeclared: false));
                }
            }
        }

        return found;
    }

    /// <summary>Whether a name spanning [start, end) may begin at start.</summary>
    public static bool StartsCleanly(SegmentedText segmented, int start, int end)
    {
        var text = segmented.Text;
        var first = text[start];
        if (Script.IsAlphanumeric(first))
        {
            return start == 0 || !Script.IsAlphanumeric(text[start - 1]);
        }

        if (!Script.IsHan(first) || segmented.IsBoundary(start))
        {
            return true;
        }

        var word = segmented.TokenAt(start);
        return word.End <= end && CompanyWords.CompanyCuesBefore.Contains(text[word.Start..start]);
    }

    /// <summary>Whether a name spanning [start, end) may end at end.</summary>
    public static bool EndsCleanly(SegmentedText segmented, int start, int end)
    {
        var text = segmented.Text;
        var last = text[end - 1];
        if (Script.IsAlphanumeric(last))
        {
            return end == text.Length || !Script.IsAlphanumeric(text[end]);
        }

        if (!Script.IsHan(last) || segmented.IsBoundary(end))
        {
            return true;
        }

        var word = segmented.TokenAt(end);
        return word.Start >= start && CompanyWords.NameTails.Contains(text[end..word.End]);
    }

    /// <summary>
    /// Whether a name spanning [start, end) is cut off by one of jieba's rarest entries that glues it to the
    /// next word's first character (宝马新|一代), while that character with the next word is a word itself
    /// (新一代). Common words that hold a name (长安街, 小米粥, 理想国) are far more frequent.
    /// </summary>
    private static bool EndsInsideGluedFragment(SegmentedText segmented, int start, int end, JiebaSegmenter dictionary)
    {
        var text = segmented.Text;
        var word = segmented.TokenAt(end);
        if (word.Start != start || word.End == text.Length || word.End - end != 1
            || dictionary.GetFrequency(word.Word) is not (> 0 and <= RarestEntryFrequency))
        {
            return false;
        }

        var next = segmented.TokenAt(word.End);
        return dictionary.GetFrequency(text[end..next.End]) > 0;
    }
}
