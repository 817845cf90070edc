namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>
/// Finds where catalog names occur with clean edges: a Chinese edge must fall on a jieba word boundary
/// (长安 does not fire inside 长安街), unless the rest of that word is the tail of a company name (华为|公司)
/// or a country before it (美国|通用); a Latin edge must not touch another letter or digit (Ford is not in
/// Oxford). Occurrences may overlap; the longest wins later.
/// </summary>
internal static class NameFinder
{
    public static List<Candidate> Find(SegmentedText segmented, CompanyNames names)
    {
        var text = segmented.Text;
        var found = new List<Candidate>();
        var here = new List<CompanyName>();
        for (var start = 0; start < text.Length; start++)
        {
            here.Clear();
            names.FindAt(text, start, here);
            foreach (var name in here)
            {
                var end = start + name.Text.Length;
                if (CompanyNames.IsAcceptedSpelling(name.Text, text.AsSpan(start, name.Text.Length))
                    && StartsCleanly(segmented, start, end)
                    && EndsCleanly(segmented, start, end))
                {
                    found.Add(new Candidate(start, name.Text.Length, name.Company, name.IsAmbiguous, IsDeclared: false));
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
}
