using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking;

/// <summary>A clause read into phrases, each with its companies and cooperation words.</summary>
/// <param name="HasTriggers">True when the clause has a cooperation word, negated or not.</param>
internal sealed record ClauseReading(Clause Clause, List<Phrase> Phrases, bool HasTriggers)
{
    public IEnumerable<MentionUnit> Units => Phrases.SelectMany(p => p.Units);

    public IEnumerable<TriggerMatch> Triggers => Phrases.SelectMany(p => p.Triggers);
}

/// <summary>A stretch of a clause with its own cooperation words (a clause is cut at a 、 before a new one).</summary>
/// <param name="Triggers">The cooperation words that link.</param>
/// <param name="Negated">The cooperation words that negation or denial took back.</param>
internal sealed record Phrase(TextSpan Span, List<MentionUnit> Units, List<TriggerMatch> Triggers, List<TriggerMatch> Negated);

/// <summary>The company a sentence or paragraph was last about, and the sentence that named it.</summary>
internal sealed record Topic(MentionUnit Unit, Sentence Sentence);

/// <summary>What a construction knows of the clause it reads.</summary>
/// <param name="Topic">The company the sentence or paragraph was last about.</param>
/// <param name="NextLead">The subject of the next clause, for a fronted phrase (作为……，X).</param>
/// <param name="Next">The next clause, which may go on with this one's list.</param>
/// <param name="Fronted">True when the clause opens with a fronted phrase whose subject comes after it.</param>
/// <param name="Denied">True when the sentence denies what it tells (否认, 辟谣).</param>
internal sealed record LinkContext(Sentence Sentence, ClauseReading Reading, Topic? Topic, MentionUnit? NextLead, ClauseReading? Next, bool Fronted, bool Denied);
