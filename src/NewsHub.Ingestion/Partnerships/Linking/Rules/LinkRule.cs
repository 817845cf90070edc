namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// A construction by which a sentence links companies: a named, registered rule, tried in the order
/// <see cref="LinkRules"/> gives. Each has a spec of invented example sentences
/// (<c>tests/NewsHub.Ingestion.Tests/Partnerships/Specs/&lt;Name&gt;.yaml</c>).
/// </summary>
internal abstract class LinkRule
{
    private const string Suffix = "Rule";

    /// <summary>The construction's name: its type's name without <c>Rule</c>, as its spec file is named.</summary>
    public string Name => GetType().Name is var type && type.EndsWith(Suffix, StringComparison.Ordinal) ? type[..^Suffix.Length] : GetType().Name;
}

/// <summary>A construction read in every phrase of a clause: all of them are tried, each with its own condition.</summary>
internal abstract class PhraseRule : LinkRule
{
    public abstract void Link(PhraseScope scope, List<PairLink> links);
}

/// <summary>A way one cooperation word links: the first that claims the word links it, and no later one.</summary>
internal abstract class TriggerRule : LinkRule
{
    /// <returns>True when the rule claimed the word (whether or not it linked anything).</returns>
    public abstract bool TryLink(TriggerReading reading, List<PairLink> links);
}

/// <summary>A construction that changes which companies a verb's reading takes as its partners; all are applied in order.</summary>
internal abstract class PartnerRule : LinkRule
{
    public abstract void Apply(TriggerReading reading);
}

/// <summary>What a <see cref="SubjectRule"/> made of a cooperation word without a subject.</summary>
internal enum SubjectOutcome
{
    /// <summary>The construction is not there: try the next.</summary>
    NotFound,

    /// <summary>The subject is found: link as usual.</summary>
    Found,

    /// <summary>The construction linked what the word tells itself: nothing more to do.</summary>
    Linked,
}

/// <summary>A construction that supplies the subject a clause does not name; the first that finds one wins.</summary>
internal abstract class SubjectRule : LinkRule
{
    public abstract SubjectOutcome TryFind(TriggerReading reading, List<PairLink> links);
}

/// <summary>A construction that links a word whose plain reading is wanting (no partner after it, co-investors); the first that claims it wins.</summary>
internal abstract class CompletionRule : LinkRule
{
    /// <returns>True when the rule claimed the word.</returns>
    public abstract bool TryLink(TriggerReading reading, List<PairLink> links);
}

/// <summary>A construction read over a whole sentence once its clauses are linked: it may take links back.</summary>
internal abstract class SentenceRule : LinkRule
{
    /// <param name="sentence">The sentence's text.</param>
    /// <param name="links">All links so far.</param>
    /// <param name="firstOfSentence">Where the sentence's own links start in <paramref name="links"/>.</param>
    public abstract void Review(ReadOnlySpan<char> sentence, List<PairLink> links, int firstOfSentence);
}
