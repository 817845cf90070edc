using System.Buffers;
using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>和高通共同开发座舱系统的集度汽车</c>, <c>支持华为的车型有北汽、比亚迪、长城WEY</c>: a cooperation word in a relative
/// clause has for subject the company the clause describes (the head after its 的), and the companies that go on with
/// the head's list are each the head's kind, none the other's partner.
/// </summary>
internal sealed class RelativeHeadRule(PairLinker linker) : SubjectRule
{
    private const int RelativeHeadReach = 20;

    // How long a model name between two companies of one list may be (长城WEY、长安欧尚).
    private const int HeadListGapReach = 12;

    // What ends a list: a clause break, 的, a verb.
    private static readonly SearchValues<char> HeadListBreakers = SearchValues.Create("，,。；;：:的是为将把被与");

    public override SubjectOutcome TryFind(TriggerReading reading, List<PairLink> links)
    {
        if (Find(linker.Text, reading.Right, reading.Trigger) is not { } head)
        {
            return SubjectOutcome.NotFound;
        }

        var heads = HeadList(reading.Right, head);
        reading.Objects = [.. reading.Objects.Where(u => u.End <= head.Start)];
        foreach (var coHead in heads.Skip(1))
        {
            linker.Emit(reading.Context, coHead, reading.Objects, reading.Trigger, SubjectSource.RelativeHead, reading.SubjectSentence, links);
        }

        reading.Subject = head;
        reading.Source = SubjectSource.RelativeHead;
        return SubjectOutcome.Found;
    }

    /// <summary>The company a relative clause describes: <c>[和高通共同开发座舱系统]的集度汽车</c>.</summary>
    public static MentionUnit? Find(CompactText text, List<MentionUnit> right, TriggerMatch trigger)
    {
        foreach (var unit in right)
        {
            var gap = text.Slice(trigger.End, unit.Start);
            var of = gap.LastIndexOf('的');
            if (of < 0 || unit.Relation != UnitRelation.None)
            {
                continue;
            }

            var tail = gap[(of + 1)..];
            if (tail.Length <= RelativeHeadReach && tail.IndexOfAny(Cues.VerbMarkers) < 0)
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>The head and the units that go on with its list, split where a model name follows a company.</summary>
    private List<MentionUnit> HeadList(List<MentionUnit> right, MentionUnit head)
    {
        var list = new List<MentionUnit> { head };
        foreach (var unit in right.Where(u => u.Start >= head.End))
        {
            var gap = linker.Text.Slice(list[^1].End, unit.Start);
            if (gap.Length > HeadListGapReach || !gap.Contains('、') || gap.IndexOfAny(HeadListBreakers) >= 0)
            {
                break;
            }

            list.Add(unit);
        }

        return list;
    }
}
