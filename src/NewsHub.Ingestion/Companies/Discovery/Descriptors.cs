namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// Names introduced by a word for a kind of company: 自动驾驶公司Motional, 芯片企业矽力杰, 初创公司X,
/// 供应商X, 激光雷达厂商X, 吉利旗下子公司X, 合资公司（Motional）. The words before the kind tell the role
/// (自动驾驶 → mobility, 芯片 → tech).
/// </summary>
internal static class Descriptors
{
    /// <summary>Longest Chinese name taken after a descriptor.</summary>
    private const int MaxNameLength = 6;

    /// <summary>How far before the descriptor's head a role word may stand (人形机器人公司, 汽车零部件供应商).</summary>
    private const int RoleReach = 8;

    public static IEnumerable<Sighting> Find(DiscoveryText text)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            var word = tokens[i].Word;
            if (!DiscoveryWords.EndsWithDescriptorHead(word) || !IsSpecific(text, i))
            {
                continue;
            }

            var next = i + 1;
            if (IsFinancial(text, tokens[i].End))
            {
                continue;
            }

            var sighting = NameAfter(text, next);
            if (sighting is not null && !text.TouchesCatalog(sighting.Start, sighting.End))
            {
                var role = RoleBefore(text, tokens[i].End) ?? sighting.Role;
                yield return sighting with { Role = role };
            }
        }
    }

    /// <summary>
    /// A descriptor says what kind of company follows (芯片企业, 自动驾驶|公司, 旗下): a bare 公司 or 企业
    /// after punctuation, or one pointing back (该公司, 其供应商), is the company already named.
    /// </summary>
    private static bool IsSpecific(DiscoveryText text, int index)
    {
        var word = text.Tokens[index].Word;
        if (word == "子公司")
        {
            return true;
        }

        var previous = text.PreviousWord(index);
        var previousWord = previous >= 0 ? text.Tokens[previous].Word : "";

        // 字节巨头, 华为公司: the word describes the catalog company before it.
        if (previous >= 0 && text.TouchesCatalog(text.Tokens[previous].Start, text.Tokens[previous].End))
        {
            return false;
        }

        if (previousWord is "该" or "本" or "这" or "此" or "其" or "这家" or "那家" or "贵" or "我")
        {
            return false;
        }

        // A kind before the head (自动驾驶|公司, 芯片|企业, AI|公司) introduces; a name before it (耐克|公司) is the
        // company itself, and what follows is what it does.
        return DiscoveryWords.DescriptorHeads.Any(h => h.Length < word.Length && word.EndsWith(h, StringComparison.Ordinal))
            || (previous >= 0 && text.Kinds[previous] is WordKind.Common or WordKind.Verb)
            || DiscoveryWords.RoleKeywords.Any(k => previousWord.Contains(k.Word, StringComparison.Ordinal))
            || (previous >= 0 && text.Kinds[previous] == WordKind.Latin && DiscoveryWords.LatinNonNames.Contains(previousWord));
    }

    /// <summary>A descriptor for a fund, bank or investment vehicle (特殊目的收购公司, 投资机构).</summary>
    private static bool IsFinancial(DiscoveryText text, int headEnd)
    {
        var from = Math.Max(0, headEnd - RoleReach);
        var before = text.Text.AsSpan(from, headEnd - from);
        foreach (var word in DiscoveryWords.FinancialWords)
        {
            if (before.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role a word before the descriptor's head gives (自动驾驶|公司 → mobility), or null.</summary>
    private static CompanyRole? RoleBefore(DiscoveryText text, int headEnd)
    {
        var from = Math.Max(0, headEnd - RoleReach);
        var before = text.Text[from..headEnd];
        var cut = before.LastIndexOfAny(['，', '。', '；', '、', '：', '\n']);
        return RoleIn(before[(cut + 1)..]);
    }

    /// <summary>The role the last role word of a description gives (激光雷达企业 → parts), or null.</summary>
    public static CompanyRole? RoleIn(string before)
    {
        CompanyRole? found = null;
        var foundAt = -1;
        foreach (var (word, role) in DiscoveryWords.RoleKeywords)
        {
            var at = before.LastIndexOf(word, StringComparison.Ordinal);
            if (at > foundAt)
            {
                (found, foundAt) = (role, at);
            }
        }

        return found;
    }

    /// <summary>
    /// A name made of two everyday words right after a descriptor (航天公司蓝色起源, 物流企业红色海湾): the descriptor
    /// says what it is, which beats the word guard, provided the two words make no word of the dictionary together
    /// and the clause goes on with what a company does (宣布, 与…, 将…, 获得) or names what only a company has
    /// (航天公司蓝色起源的创始人). A phrase about a company's people,
    /// parts or output (科技公司核心团队宣布, 相关部门, 主力产品) is no name.
    /// </summary>
    private static Sighting? NameOfEverydayWords(DiscoveryText text, int index)
    {
        var tokens = text.Tokens;
        var second = index + 1;
        if (second + 1 >= tokens.Count
            || !IsEverydayNamePart(text.Kinds[index]) || !IsEverydayNamePart(text.Kinds[second])
            || (text.Kinds[index] != WordKind.Common && text.Kinds[second] != WordKind.Common)
            || tokens[index].Word.Length != 2 || tokens[second].Word.Length != 2
            || DiscoveryWords.PhraseTails.Contains(tokens[second].Word)
            || !(DiscoveryWords.EverydayNameFollowers.Contains(tokens[second + 1].Word)
                || (text.CueAfter(tokens[second].End) is { } cue && DiscoveryWords.CompanyCuesAfterLatin.Contains(cue))))
        {
            return null;
        }

        var name = text.Text[tokens[index].Start..tokens[second].End];
        return text.IsUnknownWord(name) && DiscoveryText.MayBeShortName(name)
            && !DiscoveryText.NamesKindOfBusiness(name)
            ? new Sighting(tokens[index].Start, tokens[second].End, [name], CompanyRole.Other)
            : null;
    }

    /// <summary>A word of a name of everyday words: a common noun or adjective, a proper noun, a place (红色|海湾, 青山|流水).</summary>
    private static bool IsEverydayNamePart(WordKind kind) => kind is WordKind.Common or WordKind.Proper or WordKind.Place;

    private static Sighting? NameAfter(DiscoveryText text, int index)
    {
        var tokens = text.Tokens;
        var value = text.Text;
        var start = tokens[index].Start;

        // 合资公司（Motional）: a bracketed Latin name is the company's.
        var bracketed = tokens[index].Word is "（" or "(";
        var nameStart = bracketed ? tokens[index].End : start;
        while (nameStart < value.Length && value[nameStart] == ' ')
        {
            nameStart++;
        }

        if (nameStart < value.Length && char.IsAsciiLetter(value[nameStart]))
        {
            var latin = LatinNames.At(value, nameStart);
            if (latin is null)
            {
                return null;
            }

            var end = nameStart + latin.Length;
            if (bracketed && (end >= value.Length || value[end] is not ('）' or ')')))
            {
                return null;
            }

            var after = text.WordAfter(end);
            return after is not null && DiscoveryWords.ProductCuesAfter.Contains(after)
                ? null
                : new Sighting(nameStart, end, [latin], LatinNames.CompanyWordRole(latin) ?? CompanyRole.Other);
        }

        if (bracketed)
        {
            return null;
        }

        var last = index - 1;
        var length = 0;
        var coined = false;
        while (last + 1 < tokens.Count && WordKinds.IsNameLike(text.Kinds[last + 1]) && length + tokens[last + 1].Word.Length <= MaxNameLength)
        {
            last++;
            length += tokens[last].Word.Length;
            coined |= text.IsCoined(last);
        }

        if (!coined)
        {
            return NameOfEverydayWords(text, index);
        }

        if (!DiscoveryText.MayBeShortName(value[start..tokens[last].End]) || (text.Kinds[index] == WordKind.Place && last == index))
        {
            return null;
        }

        // The name must end where the clause goes on: a verb, a particle, punctuation (芯片企业矽力杰|宣布).
        var following = last + 1 < tokens.Count ? text.Kinds[last + 1] : WordKind.Punctuation;
        if (following is not (WordKind.Space or WordKind.Punctuation or WordKind.Function or WordKind.Verb or WordKind.Latin)
            && !Tagging.CompanyWords.CompanyCuesAfter.Contains(tokens[last + 1].Word))
        {
            return null;
        }

        var name = value[start..tokens[last].End];
        return new Sighting(start, tokens[last].End, [name], ChineseNameShapes.RoleOfName([name]));
    }
}
