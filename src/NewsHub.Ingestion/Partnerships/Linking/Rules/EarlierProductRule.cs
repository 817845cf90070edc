using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>英伟达发布了新一代Thor芯片。理想汽车将搭载该芯片。</c>, <c>高通推出骁龙座舱芯片，极氪将率先采用。</c>: a deal told across two
/// adjacent sentences or clauses. The first has a company bring out a product of its own; the next has another company
/// adopt it, pointing back to it (该芯片, 这款电池, 其系统) or naming nothing at all. The adopter is then the maker's
/// partner, though the second sentence names only one of them.
/// </summary>
/// <remarks>
/// Only for the company the text was about right before (the previous clause's or sentence's subject of the same
/// paragraph), only when that company brought something out there (发布, 推出, 量产 …), and only for a pointer to goods
/// the launch named (该芯片 after a chip, not after a car): a pointer to anything else, or a company further back, ties
/// nobody. The product must not be the adopter's own (采用自研芯片).
/// </remarks>
internal sealed class EarlierProductRule(PairLinker linker) : CompletionRule
{
    // How far the goods may follow the pointer (该芯片, 这款超充电池).
    private const int GoodsReach = 8;

    public override bool TryLink(TriggerReading reading, List<PairLink> links)
    {
        var (context, subject, trigger) = (reading.Context, reading.Subject!, reading.Trigger);
        if (reading.Objects.Count > 0 || reading.Source != SubjectSource.Clause || reading.Right.Count > 0
            || !TriggerLexicon.Adoption.Contains(trigger.Trigger.Word)
            || context.Topic is not { } topic || !IsJustBefore(topic, context)
            || topic.Unit.Members.Any(m => subject.Members.Any(s => s.Group == m.Group)))
        {
            return false;
        }

        var text = linker.Text;
        var launch = LaunchStretch(topic);
        if (Cues.IndexOfAny(launch, ConstructionWords.Launch) < 0)
        {
            return false;
        }

        var rest = text.Slice(trigger.End, context.Reading.Clause.Span.End);
        if (!PointsBack(rest, launch) || Cues.ContainsAny(rest, Cues.SelfMade))
        {
            return false;
        }

        linker.Emit(context, subject, [topic.Unit], trigger, SubjectSource.Clause, context.Sentence, links);
        return true;
    }

    /// <summary>The company was the subject of the clause before, in this sentence or the last of the same paragraph.</summary>
    private static bool IsJustBefore(Topic topic, LinkContext context) =>
        topic.Sentence == context.Sentence
            ? topic.Unit.End <= context.Reading.Clause.Span.Start
            : topic.Sentence.Index == context.Sentence.Index - 1 && topic.Sentence.Paragraph == context.Sentence.Paragraph;

    /// <summary>What the company did in its own clause: from its name to the next clause break.</summary>
    private ReadOnlySpan<char> LaunchStretch(Topic topic)
    {
        var text = linker.Text;
        var end = topic.Sentence.Span.End;
        for (var i = topic.Unit.End; i < topic.Sentence.Span.End; i++)
        {
            if (text[i] is '，' or ',' or '；' or ';' or '。')
            {
                end = i;
                break;
            }
        }

        return text.Slice(topic.Unit.End, end);
    }

    /// <summary>
    /// Nothing after the verb (率先采用), or a pointer right after it to goods the launch named (搭载该芯片 after 发布了Thor芯片).
    /// </summary>
    private static bool PointsBack(ReadOnlySpan<char> rest, ReadOnlySpan<char> launch)
    {
        rest = rest.TrimEnd("。！!；;，, ");
        foreach (var marker in ConstructionWords.AspectMarkers)
        {
            if (rest.StartsWith(marker, StringComparison.Ordinal))
            {
                rest = rest[marker.Length..];
                break;
            }
        }

        if (rest.IsEmpty)
        {
            return true;
        }

        foreach (var pointer in ConstructionWords.ProductReference)
        {
            if (rest.StartsWith(pointer, StringComparison.Ordinal))
            {
                var named = rest[pointer.Length..];
                named = named[..Math.Min(named.Length, GoodsReach)];
                foreach (var goods in ConstructionWords.Goods)
                {
                    if (named.Contains(goods, StringComparison.Ordinal) && launch.Contains(goods, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }
}
