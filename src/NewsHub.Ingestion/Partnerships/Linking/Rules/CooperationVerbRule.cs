using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// The plain reading of a cooperation word, which claims every word the rules before it left: the subject is the
/// nearest company before it that no preposition brought in; its partners are the companies a preposition brought in
/// between them (与, 为, 从, 在……的加持下; for a word of acting together only 与/和/跟/同), and for a verb also the companies
/// after it (携手B, 投资B, 搭载B的系统). The <see cref="LinkRules.Partner"/>, <see cref="LinkRules.Subject"/> and
/// <see cref="LinkRules.Completion"/> rules adjust that reading; a company the partners made together is theirs
/// (<see cref="JointCreationRule"/>).
/// </summary>
internal sealed class CooperationVerbRule(PairLinker linker, LinkRules rules, JointCreationRule jointCreation) : TriggerRule
{
    public override bool TryLink(TriggerReading reading, List<PairLink> links)
    {
        var left = reading.Left;
        reading.SubjectIndex = left.FindLastIndex(u => u.Relation == UnitRelation.None);
        reading.Subject = reading.SubjectIndex >= 0 ? left[reading.SubjectIndex] : null;
        reading.Objects = [.. left.Skip(reading.SubjectIndex + 1).Where(u => u.IsPrepositional)];
        if (reading.Trigger.Trigger.Kind == TriggerKind.Mutual)
        {
            // Only a partner acts together with the subject (与B合作).
            reading.Objects = [.. reading.Objects.Where(u => u.Relation == UnitRelation.Partner)];
        }

        foreach (var rule in rules.Partner)
        {
            rule.Apply(reading);
        }

        if (reading.Subject is null && !FindSubject(reading, links))
        {
            return true;
        }

        foreach (var rule in rules.Completion)
        {
            if (rule.TryLink(reading, links))
            {
                return true;
            }
        }

        if (reading.Objects.Count == 0)
        {
            return true;
        }

        var (context, subject, trigger) = (reading.Context, reading.Subject!, reading.Trigger);
        linker.Emit(context, subject, reading.Objects, trigger, reading.Source, reading.SubjectSentence, links);
        if (reading.CoSubject is { } coSubject)
        {
            linker.Emit(context, coSubject, reading.Objects, trigger, reading.Source, reading.SubjectSentence, links);
        }

        if (reading.Source == SubjectSource.Clause && trigger.Trigger.Kind == TriggerKind.Mutual)
        {
            jointCreation.Link(context, [subject, .. reading.Objects], reading.Right, trigger, links);
        }

        return true;
    }

    /// <returns>True when a subject was found and the word is still to be linked.</returns>
    private bool FindSubject(TriggerReading reading, List<PairLink> links)
    {
        foreach (var rule in rules.Subject)
        {
            switch (rule.TryFind(reading, links))
            {
                case SubjectOutcome.Found:
                    return reading.Subject is not null;
                case SubjectOutcome.Linked:
                    return false;
            }
        }

        return false;
    }
}
