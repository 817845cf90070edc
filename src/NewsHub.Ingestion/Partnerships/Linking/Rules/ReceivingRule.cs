using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>X获得来自A、B的投资</c>, <c>X获A领投的融资</c>: whatever stands between a receiving verb and the cooperation word
/// was given by others, so the subject is the company before the verb and the partners those after it.
/// </summary>
internal sealed class ReceivingRule(PairLinker linker) : PartnerRule
{
    public override void Apply(TriggerReading reading)
    {
        var receive = LastReceiveVerb(reading.Phrase.Span.Start, reading.Trigger.Start);
        if (receive < 0)
        {
            return;
        }

        var left = reading.Left;
        var subject = left.LastOrDefault(u => u.End <= receive && u.Relation == UnitRelation.None);
        reading.Subject = subject;
        reading.Objects = [.. left.Where(u => u != subject && (u.Start >= receive || (u.IsPrepositional && u.Start > (subject?.End ?? -1))))];
    }

    private int LastReceiveVerb(int from, int to)
    {
        var span = linker.Text.Slice(from, to);
        var best = -1;
        foreach (var verb in Cues.Receive)
        {
            var at = span.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && !linker.Names.Any(n => n.Contains(from + at)) && !(verb == "获" && Cues.IsInside(span, at, 1, ConstructionWords.ReceiveLookalikes)))
            {
                best = Math.Max(best, from + at);
            }
        }

        return best;
    }
}
