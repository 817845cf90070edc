using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>A structured label's cooperation word (<c>合作双方：</c>) and whether it names both sides of a list.</summary>
internal sealed record Label(TriggerMatch Trigger, bool NamesBothSides);

/// <summary>One phrase as the phrase rules see it, with its clause's neighbours and the sentence's label.</summary>
internal sealed record PhraseScope(LinkContext Context, Phrase Phrase, IReadOnlyList<ClauseReading> Clauses, int ClauseIndex, Label? Label);

/// <summary>
/// One cooperation word being linked: the companies on either side, and the subject and partners the rules settle on.
/// </summary>
internal sealed class TriggerReading(LinkContext context, Phrase phrase, TriggerMatch trigger, List<MentionUnit> left, List<MentionUnit> right, List<MentionUnit> listed)
{
    public LinkContext Context { get; } = context;

    public Phrase Phrase { get; } = phrase;

    /// <summary>The word; a rule may make its stage more precise (与福特开发 is cooperation, not supply).</summary>
    public TriggerMatch Trigger { get; set; } = trigger;

    /// <summary>The companies before the word that can take part.</summary>
    public List<MentionUnit> Left { get; } = left;

    /// <summary>The companies after the word that can take part.</summary>
    public List<MentionUnit> Right { get; } = right;

    /// <summary>The companies after the word, or those of the next clause when it goes on with a list (包括A、B).</summary>
    public List<MentionUnit> Listed { get; } = listed;

    /// <summary>Where the subject stands in <see cref="Left"/>, or -1.</summary>
    public int SubjectIndex { get; set; } = -1;

    public MentionUnit? Subject { get; set; }

    public List<MentionUnit> Objects { get; set; } = [];

    /// <summary>A second subject beside the first (<c>A和B与C签约</c>): each is the partner's, not the other's.</summary>
    public MentionUnit? CoSubject { get; set; }

    public SubjectSource Source { get; set; } = SubjectSource.Clause;

    /// <summary>The sentence the subject is named in.</summary>
    public Sentence SubjectSentence { get; set; } = context.Sentence;
}
