using NewsHub.Ingestion.Companies.Tagging;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// Chinese company names recognised by their shape: a full legal name (北京木卫四科技有限公司), or a trade
/// name made of a coined word and a business word (禾赛科技, 未势能源, 格兰德汽车).
/// </summary>
internal static class ChineseNameShapes
{
    /// <summary>Longest stretch walked back from a legal suffix: longer names are rare, longer runs are sentences.</summary>
    private const int MaxLegalBodyLength = 18;

    /// <summary>Longest coined word before a business word: press trade names are short (禾赛, 格兰德, 木卫四).</summary>
    private const int MaxTradeHeadLength = 4;

    /// <summary>Shortest core of everyday words offered as a short form (几何伙伴): two such characters are a word.</summary>
    private const int MinPlainCoreLength = 3;

    /// <summary>Countries, continents and the like, which stand before 汽车 or 科技 to say whose industry is meant.</summary>
    private static readonly HashSet<string> Regions =
    [
        "中国", "美国", "日本", "德国", "韩国", "法国", "英国", "意大利", "瑞典", "荷兰", "印度", "俄罗斯", "欧洲", "亚洲", "北美", "全球",
        "国内", "国外", "海外", "世界", "国际", "全国", "中欧", "欧美", "东南亚", "中东", "非洲", "台湾", "香港",
    ];

    /// <summary>Business-scope words a legal name carries between its trade name and its legal form (智能|驾驶|有限公司, 文化|传播).</summary>
    private static readonly string[] ScopeWords =
    [
        "驾驶", "文化", "传播", "消费", "金融", "投资", "管理", "咨询", "服务", "贸易", "销售", "制造", "工业", "实业", "发展", "网络",
        "数字", "系统", "材料", "精密", "国际", "研究院", "零部件", "部件", "装备", "设备", "数据", "互联",
    ];

    /// <summary>Full legal names: 北京木卫四科技有限公司 with its forms 木卫四科技有限公司, 木卫四科技, 木卫四.</summary>
    public static IEnumerable<Sighting> FindLegalNames(DiscoveryText text)
    {
        var value = text.Text;
        foreach (var suffix in DiscoveryWords.LegalSuffixes)
        {
            for (var at = value.IndexOf(suffix, StringComparison.Ordinal); at >= 0; at = value.IndexOf(suffix, at + suffix.Length, StringComparison.Ordinal))
            {
                // The longer suffix (股份有限公司) is found on its own; skip its tail (有限公司) here.
                if (DiscoveryWords.LegalSuffixes.Any(longer => longer.Length > suffix.Length && longer.EndsWith(suffix, StringComparison.Ordinal)
                        && at >= longer.Length - suffix.Length && value.AsSpan(at - (longer.Length - suffix.Length), longer.Length).SequenceEqual(longer)))
                {
                    continue;
                }

                var start = LegalBodyStart(text, at);
                if (start < 0 || text.TouchesCatalog(start, at + suffix.Length))
                {
                    continue;
                }

                var forms = LegalForms(text, start, at, suffix);
                if (forms.Count > 1)
                {
                    yield return new Sighting(start, at + suffix.Length, forms, RoleOfName(forms));
                }
            }
        }
    }

    /// <summary>Most words between a seat and the business words of a name a group holds (星图 of 浙江星图智能科技).</summary>
    private const int MaxHeldHeadWords = 2;

    /// <summary>Longest name read after 旗下, seat and business words included.</summary>
    private const int MaxHeldNameLength = 12;

    /// <summary>Trade names: a coined or proper word of two to four characters and a business word (禾赛科技, 未势能源).</summary>
    public static IEnumerable<Sighting> FindTradeNames(DiscoveryText text)
    {
        var tokens = text.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            var role = SuffixRole(tokens[i].Word);
            if (role is null || !EndsName(text, i))
            {
                continue;
            }

            var headStart = i;
            var headLength = 0;
            var coined = false;
            var placeOnly = true;
            while (headStart > 0 && text.Kinds[headStart - 1] is var kind && WordKinds.IsNameLike(kind)
                   && headLength + tokens[headStart - 1].Word.Length <= MaxTradeHeadLength + 1)
            {
                headStart--;
                headLength += tokens[headStart].Word.Length;
                coined |= text.IsCoined(headStart);
                placeOnly &= kind == WordKind.Place;
            }

            // A town's name makes a company's as well (秦川汽车, 东安动力), a country's or a region's does not
            // (德国汽车, 亚洲科技): a place alone is no coined word, so the article must use it as a company.
            var townName = placeOnly && headStart < i && !Regions.Contains(text.Text[tokens[headStart].Start..tokens[i].Start]);

            // A run of name-like words longer than a trade name is a phrase, not a name; a catalog company
            // before it is another name (比亚迪|与宙驰|科技).
            if (!(coined || townName) || headLength > MaxTradeHeadLength
                || (headStart > 0 && WordKinds.IsNameLike(text.Kinds[headStart - 1])
                    && !text.TouchesCatalog(tokens[headStart - 1].Start, tokens[headStart - 1].End)))
            {
                continue;
            }

            // jieba's HMM glues a preposition to an unknown name (与宙驰|科技): the name starts after it.
            var start = tokens[headStart].Start;
            while (text.Kinds[headStart] == WordKind.Unknown && start < tokens[headStart].End - 2 && !WordKinds.MayStartName(text.Text[start]))
            {
                start++;
            }

            var end = tokens[i].End;
            if (text.TouchesCatalog(start, end))
            {
                continue;
            }

            var head = text.Text[start..tokens[i].Start];
            if (head.Length < 2 || !DiscoveryText.MayBeShortName(head))
            {
                continue;
            }

            // The bare coined word (纯电 of 纯电汽车) is no form of its own: on its own it is too often a word.
            yield return new Sighting(start, end, [text.Text[start..end]], role.Value, IsIntroduced: false);
        }
    }

    /// <summary>The role a name's business word suggests (…汽车 → carmaker, …电池 → battery), else other.</summary>
    public static CompanyRole RoleOfName(IEnumerable<string> forms)
    {
        foreach (var form in forms)
        {
            foreach (var (word, role) in DiscoveryWords.NameSuffixes)
            {
                if (role != CompanyRole.Other && form.Contains(word, StringComparison.Ordinal))
                {
                    return role;
                }
            }
        }

        return CompanyRole.Other;
    }

    /// <summary>
    /// A trade name a group is said to hold (吉利旗下的浙江星图智能科技, 长安旗下的深瞳科技): after 旗下(的), an optional
    /// seat, one or two words and the business words that end it. 旗下 introduces brands and products as often
    /// (吉利旗下的帝豪), so business words must end the name; with them, everyday words (星图) may make it.
    /// </summary>
    public static IEnumerable<Sighting> FindHeldNames(DiscoveryText text)
    {
        var tokens = text.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Word != "旗下")
            {
                continue;
            }

            var first = tokens[i + 1].Word == "的" ? i + 2 : i + 1;
            if (HeldNameAt(text, first) is { } sighting)
            {
                yield return sighting;
            }
        }
    }

    private static Sighting? HeldNameAt(DiscoveryText text, int first)
    {
        var tokens = text.Tokens;
        var seat = first < tokens.Count && text.Kinds[first] == WordKind.Place ? first + 1 : first;
        var suffix = seat;
        while (suffix < tokens.Count && suffix - seat < MaxHeldHeadWords && SuffixRole(tokens[suffix].Word) is null
               && text.Kinds[suffix] is WordKind.Common or WordKind.Proper or WordKind.Unknown or WordKind.Single)
        {
            suffix++;
        }

        if (suffix == seat || suffix >= tokens.Count || SuffixRole(tokens[suffix].Word) is not { } role)
        {
            return null;
        }

        var last = suffix;
        while (last + 1 < tokens.Count && SuffixRole(tokens[last + 1].Word) is { } next)
        {
            (last, role) = (last + 1, next);
        }

        // A seat or a coined word makes it a name (浙江|星图|智能科技, 深瞳|科技); dictionary words alone describe a
        // product (旗下聊天|机器人, 旗下高端|新能源|品牌).
        var named = seat > first || Enumerable.Range(seat, suffix - seat).Any(text.CarriesName);
        var head = text.Text[tokens[seat].Start..tokens[suffix].Start];
        var (start, end) = (tokens[first].Start, tokens[last].End);
        if (!named || !EndsName(text, last) || !DiscoveryText.MayBeShortName(head) || DiscoveryText.NamesKindOfBusiness(head)
            || end - start > MaxHeldNameLength || text.TouchesCatalog(start, end))
        {
            return null;
        }

        var name = text.Text[start..end];
        var withoutSeat = text.Text[tokens[seat].Start..end];
        return new Sighting(start, end, seat > first ? [name, withoutSeat] : [name], role);
    }

    private static CompanyRole? SuffixRole(string word) =>
        DiscoveryWords.NameSuffixRoles.TryGetValue(word, out var role) ? role : null;

    /// <summary>
    /// A trade name ends where a verb, particle, punctuation, a company cue or a legal form follows; a common
    /// noun after it makes the business word an attribute (木卫四|汽车|安全, 智能|座舱), not a name's end.
    /// </summary>
    private static bool EndsName(DiscoveryText text, int index)
    {
        var next = index + 1;
        if (next >= text.Tokens.Count)
        {
            return true;
        }

        var word = text.Tokens[next].Word;

        // 纯血科技|公司, 新能源汽车|企业: the business word and the kind of company describe, they do not name.
        if (DiscoveryWords.DescriptorHeads.Contains(word))
        {
            return false;
        }

        return text.Kinds[next] is WordKind.Space or WordKind.Punctuation or WordKind.Function or WordKind.Verb
            || CompanyWords.CompanyCuesAfter.Contains(word)
            || DiscoveryWords.CompanyCuesAfterLatin.Contains(word)
            || DiscoveryWords.LegalSuffixes.Any(s => s.StartsWith(word, StringComparison.Ordinal))
            || word is "有限" or "股份";
    }

    /// <summary>Where the body of a legal name ending at <paramref name="suffixStart"/> begins, or -1.</summary>
    private static int LegalBodyStart(DiscoveryText text, int suffixStart)
    {
        if (suffixStart == 0 || !text.Segmented.IsBoundary(suffixStart))
        {
            return -1;
        }

        var tokens = text.Tokens;
        var i = text.Segmented.TokenIndexAt(suffixStart - 1);
        var start = -1;
        while (i >= 0 && suffixStart - tokens[i].Start <= MaxLegalBodyLength)
        {
            var word = tokens[i].Word;
            if (word is "）" or ")" && BracketedPlaceStart(text, i) is var open and >= 0)
            {
                start = tokens[open].Start;
                i = open - 1;
                continue;
            }

            var kind = text.Kinds[i];

            // 某某科技有限公司, 该公司: a placeholder or the company already named, not a name.
            if (text.IsPronoun(i) && kind == WordKind.Function)
            {
                return -1;
            }

            // A verb ends the name unless it tells the business (智能|驾驶|有限公司, 文化|传播): 被|命名|…有限公司.
            if (kind is WordKind.Space or WordKind.Punctuation or WordKind.Function or WordKind.Latin
                || (kind == WordKind.Verb && !ScopeWords.Contains(word))
                || DiscoveryWords.LegalNameStops.Contains(word)
                || DiscoveryWords.EndsWithDescriptorHead(word))
            {
                break;
            }

            start = tokens[i].Start;
            i--;
        }

        return start;
    }

    /// <summary>The index of the opening bracket of （北京） that closes at <paramref name="close"/>, or -1.</summary>
    private static int BracketedPlaceStart(DiscoveryText text, int close)
    {
        var open = close - 2;
        return open >= 0 && text.Tokens[open].Word is "（" or "(" && text.Kinds[close - 1] == WordKind.Place ? open : -1;
    }

    /// <summary>
    /// The legal name as written, then without its seat (北京, （北京）), its legal form and its business words,
    /// one at a time: the forms the press may use. A short form made only of everyday words (汽车销售) is left out.
    /// </summary>
    private static List<string> LegalForms(DiscoveryText text, int start, int suffixStart, string suffix)
    {
        var written = text.Text[start..(suffixStart + suffix.Length)];
        var forms = new List<string> { written };

        // Drop the seat: place words at the start, a bracketed place anywhere.
        var tokens = text.Tokens;
        var parts = new List<(string Word, WordKind Kind, bool CarriesName)>();
        for (var i = text.Segmented.TokenIndexAt(start); i < tokens.Count && tokens[i].End <= suffixStart; i++)
        {
            if (tokens[i].Word is "（" or "(" && BracketedPlaceStart(text, i + 2) == i)
            {
                i += 2;
                continue;
            }

            if (parts.Count == 0 && text.Kinds[i] == WordKind.Place)
            {
                continue;
            }

            parts.Add((tokens[i].Word, text.Kinds[i], text.CarriesName(i)));
        }

        while (parts.Count > 0)
        {
            // The first character only matters where jieba made the first word up (称该, 为景驰): a dictionary
            // word may well start with 几 or 中 (几何, 中兴).
            var core = string.Concat(parts.Select(p => p.Word));
            if (core.Length < 2 || (parts[0].Kind is WordKind.Unknown or WordKind.Single && !WordKinds.MayStartName(core[0])))
            {
                break;
            }

            // A core of everyday words is a form only when it is more than one word and nothing in it names a
            // kind of business (几何伙伴; not 交易所, not 汽车销售): the article then decides by using it.
            if (parts.Any(p => p.CarriesName) || (parts.Count > 1 && core.Length >= MinPlainCoreLength && !DiscoveryText.NamesKindOfBusiness(core)))
            {
                forms.Add(core);
            }

            var last = parts[^1].Word;
            if (parts.Count == 1 || !(DiscoveryWords.NameSuffixes.Any(s => s.Word == last) || ScopeWords.Contains(last) || CompanyWords.NameTails.Contains(last)))
            {
                break;
            }

            parts.RemoveAt(parts.Count - 1);
        }

        return [.. forms.Distinct(StringComparer.Ordinal)];
    }
}
