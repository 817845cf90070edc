using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>搭载英伟达Thor芯片的厂商，中国厂商有比亚迪、理想</c>: a clause that ends naming the kind of adopter of another's
/// product (……的厂商, ……的车企) is followed by the list of them, each the supplier's partner.
/// </summary>
internal sealed class AdopterListRule(PairLinker linker) : SubjectRule
{
    public override SubjectOutcome TryFind(TriggerReading reading, List<PairLink> links)
    {
        if (!TriggerLexicon.Adoption.Contains(reading.Trigger.Trigger.Word) || reading.Right.Count == 0 || reading.Context.Next is not { } next)
        {
            return SubjectOutcome.NotFound;
        }

        var tail = linker.Text.Slice(reading.Right[^1].End, reading.Context.Reading.Clause.Span.End).ToString();
        var first = next.Units.FirstOrDefault(u => u.Takes);
        if (first is null || !ConstructionPatterns.AdopterKindEnd().IsMatch(tail)
            || !ConstructionPatterns.AdopterListOpening().IsMatch(linker.Text.Slice(next.Clause.Span.Start, first.Start).ToString()))
        {
            return SubjectOutcome.NotFound;
        }

        reading.Subject = first;
        reading.Source = SubjectSource.RelativeHead;
        return SubjectOutcome.Found;
    }
}
