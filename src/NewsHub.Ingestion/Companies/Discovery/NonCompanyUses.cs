using NewsHub.Ingestion.Companies.Tagging;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// Places where an article shows that a name which looks like a company's is something else: an event or a fair
/// (在IAA Mobility上发布), a field of technology (具身智能领域), a team inside a company (具身智能集团主管), a
/// catalogued company's product (月之暗面 Kimi), a public body's abbreviation (国防部高级研究计划局（DARPA）) or
/// English name (Reality Labs（现实实验室）).
/// One such place is enough: an article does not use the same name for a company and for something else.
/// </summary>
internal static class NonCompanyUses
{
    /// <summary>Longest bracketed Chinese rendering read after a Latin name (（现实实验室）).</summary>
    private const int MaxTranslationLength = 16;

    public static bool Any(DiscoveryText text, IReadOnlyList<string> forms)
    {
        var places = forms.SelectMany(form => Occurrences(text.Text, form).Select(at => (Start: at, End: at + form.Length, IsLatin: !form.Any(Script.IsHan)))).ToList();

        // 在X上 is also where a platform's users speak (马斯克在推特上表示): a frame, not proof, where the article
        // calls the name a company elsewhere (推特公司, 社交媒体公司推特).
        return places.Any(p => IsOtherUse(text, p.Start, p.End, p.IsLatin))
            || (places.Any(p => IsEventFrame(text, p.Start, p.End)) && !places.Any(p => IsCalledCompany(text, p.Start, p.End)));
    }

    private static IEnumerable<int> Occurrences(string value, string form)
    {
        var comparison = form.Any(Script.IsHan) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var at = value.IndexOf(form, comparison); at >= 0; at = value.IndexOf(form, at + 1, comparison))
        {
            yield return at;
        }
    }

    private static bool IsOtherUse(DiscoveryText text, int start, int end, bool isLatin)
    {
        var after = text.WordAfter(end);
        return (after is not null && DiscoveryWords.FieldOrEventCuesAfter.Contains(after))
            || (after == "集团" && text.WordAfter(end + after.Length) is { } title && DiscoveryWords.UnitLeaderTitles.Contains(title))
            || (isLatin && FollowsCatalogCompany(text, start))
            || (isLatin && AbbreviatesPublicBody(text.Text, start, end))
            || (isLatin && IsTranslatedAsPublicBody(text.Text, end));
    }

    /// <summary>在IAA Mobility上, 在X期间: the name of an event, a fair or a venue.</summary>
    private static bool IsEventFrame(DiscoveryText text, int start, int end) =>
        text.WordBefore(start) == "在" && text.WordAfter(end) is { } after && DiscoveryWords.EventFramesAfter.Contains(after);

    /// <summary>A company word right after the name (推特公司, X创始人) or a word for a kind of company before it (社交媒体公司推特).</summary>
    private static bool IsCalledCompany(DiscoveryText text, int start, int end) =>
        (text.CueAfter(end) is { } after && DiscoveryWords.CompanyCuesAfterLatin.Contains(after))
        || (text.WordBefore(start) is { } before && DiscoveryWords.EndsWithDescriptorHead(before));

    /// <summary>
    /// A Latin name written right after a catalog company, with only a space between, is its product or its
    /// English name (月之暗面 Kimi, 百度 Apollo), not another company.
    /// </summary>
    private static bool FollowsCatalogCompany(DiscoveryText text, int start)
    {
        var before = start;
        while (before > 0 && text.Text[before - 1] == ' ')
        {
            before--;
        }

        return before < start && before > 0 && text.TouchesCatalog(before - 1, before);
    }

    /// <summary>Reality Labs（现实实验室）: a Chinese rendering in brackets that names a body which is no company.</summary>
    private static bool IsTranslatedAsPublicBody(string value, int end)
    {
        if (end >= value.Length || value[end] is not ('（' or '('))
        {
            return false;
        }

        var close = value.IndexOfAny(['）', ')'], end);
        if (close < 0 || close - end > MaxTranslationLength)
        {
            return false;
        }

        var rendering = value.AsSpan(end + 1, close - end - 1);
        foreach (var head in DiscoveryWords.NonCompanyBodyHeads)
        {
            if (rendering.EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>（DARPA） right after 美国国防部高级研究计划局: the abbreviation of a body that is no company.</summary>
    private static bool AbbreviatesPublicBody(string value, int start, int end)
    {
        if (start < 2 || value[start - 1] is not ('（' or '(') || end >= value.Length || value[end] is not ('）' or ')'))
        {
            return false;
        }

        var name = value.AsSpan(0, start - 1);
        foreach (var head in DiscoveryWords.NonCompanyBodyHeads)
        {
            if (name.EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
