using System.Text.RegularExpressions;
using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking;

/// <summary>
/// Groups the companies of a phrase into units: lists joined by 、/和/及 are one unit; the first
/// 与/和 after a lone company splits off its partner (<c>A与B、C</c> is A, then partners B and C); each
/// unit learns from the word before it what part it plays (与 partner, 为 beneficiary, 除了 excluded).
/// </summary>
internal static partial class UnitBuilder
{
    private const int PrepositionReach = 14;
    private const int ComparisonReach = 16;

    // How far after 旗下/下属 the company owned may come (吉利旗下的高端智能电动品牌极氪).
    private const int OwnedReach = 12;

    // 有 right before a company lists it (……的车型有A、B): it is no preposition's.
    private const char ExistentialVerb = '有';

    private static readonly char[] Quotes = [' ', '(', ')', '（', '）', '“', '”', '「', '」', '"', '《', '》', '『', '』', '‘', '’'];

    public static List<MentionUnit> Build(CompactText text, TextSpan phrase, IReadOnlyList<Participant> participants, IReadOnlyList<TriggerMatch> triggers)
    {
        var units = new List<MentionUnit>();
        MentionUnit? current = null;
        var joinedAsList = false;
        foreach (var participant in participants)
        {
            if (current is not null && Join(text.Slice(current.End, participant.Start), triggers, current.End, joinedAsList) is { } join
                && !(current.IsConjoined && !joinedAsList && GrammarWords.PrepositionalPartner.Contains(join.Connector)))
            {
                // Only a subject has a partner: after a verb (依赖A和B, 投资A和B) the two are objects alike.
                var splitsPartner = !joinedAsList && join.Clean && current.Members.Count == 1 && current.Relation == UnitRelation.None
                    && !triggers.Any(t => t.Start >= phrase.Start && t.End <= current.Start)
                    && (join.Connector.Length == 0 ? current.Members[0].Group != participant.Group : GrammarWords.Partner.Contains(join.Connector))
                    && !Cues.StartsWithAny(text.Slice(participant.End, Math.Min(phrase.End, participant.End + 3)), Cues.Distributive);
                if (splitsPartner)
                {
                    current = MentionUnit.Conjoined(participant);
                    units.Add(current);
                    joinedAsList = false;
                }
                else
                {
                    current.Add(participant);
                    joinedAsList = true;
                }

                continue;
            }

            var from = current?.End ?? phrase.Start;
            current = new MentionUnit(participant, RelationBefore(text, from, participant.Start, triggers));
            units.Add(current);
            joinedAsList = false;
        }

        foreach (var unit in units)
        {
            unit.IsComparison = unit.Relation is UnitRelation.Partner or UnitRelation.Excluded && IsComparedWith(text, unit, phrase, participants, triggers);
            unit.IsOwnerOnly = Cues.StartsWithAny(text.Slice(unit.End, Math.Min(phrase.End, unit.End + 4)), Cues.Owner)
                && participants.Any(p => p.Start >= unit.End && p.Start <= unit.End + OwnedReach);
        }

        // 与阿里巴巴旗下斑马智行: the company owned plays the part the preposition gave its owner.
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var (owner, owned) = (units[i], units[i + 1]);
            if (owner.IsOwnerOnly && owner.Relation != UnitRelation.None && owned.Relation == UnitRelation.None && owned.Start <= owner.End + OwnedReach)
            {
                owned.StandFor(owner);
            }
        }

        return units;
    }

    /// <summary>The part a company plays, read from the nearest preposition before it that still governs it.</summary>
    public static UnitRelation RelationBefore(CompactText text, int from, int start, IReadOnlyList<TriggerMatch> triggers)
    {
        var value = text.Value;
        if (start > from && value[start - 1] == ExistentialVerb)
        {
            // 通过认证的车型有北汽、比亚迪: what 有 lists is its object, whatever preposition stood before.
            return UnitRelation.None;
        }

        var lowest = Math.Max(from, start - PrepositionReach - 2);
        for (var end = start; end > lowest; end--)
        {
            if (PrepositionEndingAt(value, lowest, end) is { } relation)
            {
                return relation;
            }

            var k = end - 1;
            if (Cues.VerbMarkers.Contains(value[k], StringComparison.Ordinal) || triggers.Any(t => t.Start <= k && k < t.End)
                || EndsWithReceivingVerb(value, lowest, end))
            {
                // A verb or a cooperation word stands between: any preposition further left governs something else.
                return UnitRelation.None;
            }
        }

        return UnitRelation.None;
    }

    /// <summary><c>继获得B的投资后</c>: a receiving verb ends at <paramref name="end"/>, so the preposition before it governs the verb.</summary>
    private static bool EndsWithReceivingVerb(string value, int lowest, int end)
    {
        foreach (var verb in Cues.ReceivingVerbs)
        {
            var at = end - verb.Length;
            if (at >= lowest && string.CompareOrdinal(value, at, verb, 0, verb.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The relation of a preposition that ends just before <paramref name="end"/>, or null.</summary>
    private static UnitRelation? PrepositionEndingAt(string value, int lowest, int end)
    {
        foreach (var (word, relation) in Cues.Prepositions)
        {
            var at = end - word.Length;
            if (at >= lowest && string.CompareOrdinal(value, at, word, 0, word.Length) == 0
                && !Cues.IsInsideOther(value, at, word, Cues.PrepositionLookalikes))
            {
                return relation;
            }
        }

        return null;
    }

    /// <summary><c>与福特……类似</c>, <c>与特斯拉的视觉方案不一致</c>: the company is compared with, not teamed up with.</summary>
    private static bool IsComparedWith(CompactText text, MentionUnit unit, TextSpan phrase, IReadOnlyList<Participant> participants, IReadOnlyList<TriggerMatch> triggers)
    {
        var end = Math.Min(phrase.End, unit.End + ComparisonReach);
        foreach (var p in participants)
        {
            if (p.Start >= unit.End && p.Start < end)
            {
                end = p.Start;
            }
        }

        foreach (var t in triggers)
        {
            if (t.Start >= unit.End && t.Start < end)
            {
                end = t.Start;
            }
        }

        return Cues.ContainsAny(text.Slice(unit.End, end), Cues.Comparison);
    }

    private sealed record ListJoin(string Connector, bool Clean);

    /// <summary>
    /// The gap between two companies when it only lists them: a connector (、 和 与 及 以及 或), perhaps
    /// after a short model name or bracket of the first (<c>吉利博越Pro、</c>), or nothing at all
    /// (<c>小鹏华为</c>). Clean when nothing but company endings or brackets come before the connector.
    /// </summary>
    private static ListJoin? Join(ReadOnlySpan<char> gap, IReadOnlyList<TriggerMatch> triggers, int gapStart, bool inEnumeration)
    {
        var gapEnd = gapStart + gap.Length;
        if (triggers.Any(t => t.Start >= gapStart && t.Start < gapEnd))
        {
            return null;
        }

        if (ListResumedPattern().IsMatch(gap.ToString()))
        {
            // 与长安、吉利等主机厂，以及中石化等: the list goes on past the comma.
            return new ListJoin("以及", Clean: false);
        }

        var match = ListGapPattern().Match(gap.Trim(Quotes).ToString());
        if (!match.Success)
        {
            return null;
        }

        var before = match.Groups["pre"].Value;
        var connector = match.Groups["conn"].Value;
        if (connector.Length > 0 && Cues.StartsWithAny(before.Trim(Quotes), Cues.Distributive))
        {
            // A和B分别与C签约: the list ended before 分别; what follows is whom each of them dealt with.
            return null;
        }

        var stripped = before.Trim(Quotes);
        var clean = stripped.Length == 0 || Cues.NameEndings.Contains(stripped);
        // Only an enumeration lists items with a model name or note after them (吉利博越Pro、赛力斯SF5和长安
        // 深蓝S07); before a first 与/和/及, anything but a company ending is a verb phrase (松下日前已与特斯拉……).
        if (!clean && connector is not ("、" or "," or "/") && !(inEnumeration && connector.Length > 0))
        {
            return null;
        }

        return new ListJoin(connector, clean);
    }

    /// <summary>
    /// 等 and the kind of the companies listed, a comma and 以及, perhaps with names the catalog lacks listed first: the
    /// list resumes (……等主机厂，以及中石油、中石化).
    /// </summary>
    [GeneratedRegex("^等[^，,。；;：:的是为将把被在" + GrammarWords.PartnerChars + "及或]{0,6}[，,]以及(?:[^，,。；;：:的是为将把被在" + GrammarWords.PartnerChars + "及或、]{1,8}、){0,3}$")]
    private static partial Regex ListResumedPattern();

    [GeneratedRegex("^(?<pre>[^，,。；;：:的是为将把被在" + GrammarWords.PartnerChars + "及或]{0,10}?)(?<conn>以及|或者|还有|、|[" + GrammarWords.PartnerChars + "]|及|或|/|&|,|and)?$")]
    private static partial Regex ListGapPattern();
}
