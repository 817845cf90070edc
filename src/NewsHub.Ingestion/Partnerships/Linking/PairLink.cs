using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking;

/// <summary>Where the subject of a link came from, which bears on how sure the link is.</summary>
internal enum SubjectSource
{
    /// <summary>Named in the clause before the cooperation word.</summary>
    Clause,

    /// <summary>The company a relational noun belongs to (<c>A的客户</c>).</summary>
    Possessor,

    /// <summary>The noun a relative clause describes (<c>和高通共同开发座舱系统的集度汽车</c>).</summary>
    RelativeHead,

    /// <summary>The company the sentence was about, carried into a clause without a subject.</summary>
    Topic,

    /// <summary>The company an earlier sentence of the paragraph was about.</summary>
    EarlierSentence,

    /// <summary>The subject of the next clause, after a fronted phrase (<c>作为与微软合作的一部分，通用……</c>).</summary>
    NextClause,

    /// <summary>A list of companies acting together (<c>A、B、C三方合资</c>).</summary>
    Collective,

    /// <summary>The value of a structured label (<c>合作双方：X与Y</c>).</summary>
    Label,

    /// <summary>A cooperation word in a neighbouring clause without companies (<c>从对手到牵手，A B……</c>).</summary>
    Neighbour,
}

/// <summary>Two companies that a cooperation word links in one sentence.</summary>
/// <param name="Subject">The side that acts, or the first of two acting together.</param>
/// <param name="Object">The other side.</param>
/// <param name="Trigger">The cooperation word.</param>
/// <param name="Sentence">The sentence that says so.</param>
/// <param name="Clause">The clause of the cooperation word.</param>
/// <param name="Source">Where the subject came from.</param>
/// <param name="SubjectSentence">The sentence the subject is named in (an earlier one for <see cref="SubjectSource.EarlierSentence"/>).</param>
/// <param name="ListSize">How many companies the other side listed.</param>
internal sealed record PairLink(
    Participant Subject,
    Participant Object,
    TriggerMatch Trigger,
    Sentence Sentence,
    Clause Clause,
    SubjectSource Source,
    Sentence SubjectSentence,
    int ListSize);
