namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>……，还与Momenta成立合资公司</c>, <c>作为……，X……</c>: a clause without a subject takes the subject of the clause after a
/// fronted phrase, else the company the sentence, or the paragraph, was last about.
/// </summary>
internal sealed class ImplicitSubjectRule : SubjectRule
{
    public override SubjectOutcome TryFind(TriggerReading reading, List<PairLink> links)
    {
        if (PairLinker.ImplicitSubject(reading.Context) is not { } found)
        {
            return SubjectOutcome.NotFound;
        }

        (reading.Subject, reading.Source, reading.SubjectSentence) = found;
        return SubjectOutcome.Found;
    }
}
