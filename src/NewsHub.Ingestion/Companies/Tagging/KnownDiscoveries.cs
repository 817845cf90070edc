namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>
/// Finds, in one part of an article (its headline), the companies discovery found in another (its body).
/// A headline rarely repeats the words that introduced a name (自动驾驶公司X, X科技有限公司), yet the body
/// has shown X to be a company, so X is tagged wherever the headline writes it.
/// </summary>
internal static class KnownDiscoveries
{
    /// <param name="segmented">The text to search, with jieba's words.</param>
    /// <param name="discoveredElsewhere">Discovered mentions from the rest of the article.</param>
    /// <param name="catalogMentions">The text's catalog mentions, which win where they overlap.</param>
    public static List<CompanyMention> Find(SegmentedText segmented, IEnumerable<CompanyMention> discoveredElsewhere, IReadOnlyList<CompanyMention> catalogMentions)
    {
        var text = segmented.Text;
        var taken = new bool[text.Length];
        foreach (var mention in catalogMentions)
        {
            taken.AsSpan(mention.Start, mention.Length).Fill(true);
        }

        // Each way the article wrote a company, longest first, so that a full name wins over its short form.
        var forms = discoveredElsewhere
            .SelectMany(m => new[] { (Form: m.AsWritten, Company: m), (Form: m.Name, Company: m) })
            .Where(f => f.Form.Length > 0)
            .DistinctBy(f => f.Form, StringComparer.Ordinal)
            .OrderByDescending(f => f.Form.Length);

        var found = new List<CompanyMention>();
        foreach (var (form, company) in forms)
        {
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                var end = at + form.Length;
                if (!taken.AsSpan(at, form.Length).Contains(true) && NameFinder.StartsCleanly(segmented, at, end) && NameFinder.EndsCleanly(segmented, at, end))
                {
                    taken.AsSpan(at, form.Length).Fill(true);
                    found.Add(company with { AsWritten = form, Start = at, Length = form.Length });
                }
            }
        }

        return found;
    }
}
