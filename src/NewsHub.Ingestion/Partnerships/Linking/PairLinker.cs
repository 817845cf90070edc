using System.Buffers;
using System.Text.RegularExpressions;
using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Linking.Rules;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking;

/// <summary>
/// Finds, sentence by sentence, the pairs of companies that a cooperation word or a construction links.
/// </summary>
/// <remarks>
/// <para>
/// The linker reads each sentence into clauses and phrases (a clause listing phrases that each carry their own
/// cooperation word, <c>搭载……的上汽名爵、和高通共同开发……的集度汽车</c>, is cut at its 、), marks the cooperation words
/// that negation, denial, a question or a comparison takes back, and follows the company a sentence or paragraph is
/// about. What links whom is decided by the constructions of <see cref="LinkRules"/>, tried in their registered order,
/// as markdig tries its block parsers: a cooperation word with its subject and partners, a relational noun, a list
/// acting together, a label's value, goods that come from another, and the special subjects and partners a verb may
/// have (an announcer, a fundraiser, co-signers, a relative clause's head).
/// </para>
/// <para>
/// This class holds what every construction shares: the text, the companies, and the reading of a clause (its
/// subject position, negation, hypotheses, comparison frames), and it keeps two rules of its own for every link:
/// companies of one group or of no automotive side are never paired, and rivalry between the two links nothing.
/// </para>
/// </remarks>
internal sealed class PairLinker
{
    private const int LeadReach = 12;
    private const int LabelReach = 10;

    // The verb of a negated modifier (尚未公开的, 未具名的) is one or two characters long.
    private const int ModifierVerbReach = 2;

    // How far before a relational noun its possessive pronoun may stand (其最大投资者).
    private const int PronounReach = 8;

    private readonly List<PairLink> _denials = [];

    private readonly LinkRules _rules;

    public PairLinker(CompactText text, TextLayout layout, IReadOnlyList<Participant> participants)
    {
        Text = text;
        Layout = layout;
        Participants = participants;
        Names = [.. participants.Select(p => p.Span)];
        _rules = new LinkRules(this);
    }

    public CompactText Text { get; }

    public TextLayout Layout { get; }

    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Where the companies are written: no cooperation word is read inside them.</summary>
    public List<TextSpan> Names { get; }

    /// <summary>
    /// The links that negation or denial took back (并未与华为洽谈, 否认与苹果合作), found by the last
    /// <see cref="Link"/>: a rumour of the same pair elsewhere in the article is not to be believed.
    /// </summary>
    public IReadOnlyList<PairLink> Denials => _denials;

    /// <summary>Every link of the text, in text order.</summary>
    public List<PairLink> Link()
    {
        var links = new List<PairLink>();
        _denials.Clear();
        for (var paragraph = 0; paragraph < Layout.Paragraphs.Count; paragraph++)
        {
            Topic? topic = null;
            foreach (var sentence in Layout.Sentences.Where(s => s.Paragraph == paragraph))
            {
                topic = LinkSentence(sentence, topic, links);
            }
        }

        return links;
    }

    private Topic? LinkSentence(Sentence sentence, Topic? topic, List<PairLink> links)
    {
        var denied = Cues.ContainsAny(Text.Slice(sentence.Span.Start, sentence.Span.End), Cues.Denial);
        var hypotheses = HypothesisEnds(sentence);
        var clauses = JoinListContinuations(sentence.Clauses).Select(c => Read(c, denied, hypotheses)).ToList();
        var firstOfSentence = links.Count;
        Label? label = null;
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            var reading = clauses[ci];
            var clauseText = Text.Slice(reading.Clause.Span.Start, reading.Clause.Span.End);
            if (reading.Clause.EndsWithColon && !reading.Units.Any() && reading.Clause.Span.Length <= LabelReach)
            {
                // 合作双方：X与Y —— the label's cooperation word links the companies of its value.
                label = reading.Triggers.FirstOrDefault(t => t.Trigger.Kind != TriggerKind.Relational || t.Trigger.Word.Contains("合作", StringComparison.Ordinal)) is { } word
                    ? new Label(word, Cues.ContainsAny(clauseText, Cues.Collective))
                    : null;
                continue;
            }

            var nextLead = ci + 1 < clauses.Count ? Lead(clauses[ci + 1]) : null;
            var context = new LinkContext(sentence, reading, topic, nextLead, ci + 1 < clauses.Count ? clauses[ci + 1] : null,
                Cues.StartsWithAny(clauseText, Cues.FrontedOpeners), denied);
            foreach (var phrase in reading.Phrases)
            {
                var scope = new PhraseScope(context, phrase, clauses, ci, label);
                foreach (var rule in _rules.Phrase)
                {
                    rule.Link(scope, links);
                }
            }

            if (Lead(reading) is { } lead)
            {
                topic = new Topic(lead, sentence);
            }
        }

        var sentenceText = Text.Slice(sentence.Span.Start, sentence.Span.End);
        foreach (var rule in _rules.Sentence)
        {
            rule.Review(sentenceText, links, firstOfSentence);
        }

        return topic;
    }

    /// <summary>Links <paramref name="trigger"/> by the first word construction that claims it.</summary>
    public void LinkTrigger(LinkContext context, Phrase phrase, TriggerMatch trigger, List<PairLink> links)
    {
        var left = phrase.Units.Where(u => u.End <= trigger.Start && u.Takes).ToList();
        var right = phrase.Units.Where(u => u.Start >= trigger.End && u.Takes).ToList();
        var listed = right.Count > 0 ? right : Continuation(context.Next);
        var reading = new TriggerReading(context, phrase, trigger, left, right, listed);
        foreach (var rule in _rules.Trigger)
        {
            if (rule.TryLink(reading, links))
            {
                return;
            }
        }
    }

    /// <summary>
    /// <c>蔚来与长安、吉利等主机厂，以及中石化等签署了协议</c>: a clause opened by 以及 goes on with the list of the clause
    /// before, which named companies but no cooperation word yet, so the two are read as one clause.
    /// </summary>
    private List<Clause> JoinListContinuations(IReadOnlyList<Clause> clauses)
    {
        var joined = new List<Clause>(clauses.Count);
        foreach (var clause in clauses)
        {
            if (joined.Count > 0 && joined[^1] is var previous
                && Text.Slice(clause.Span.Start, clause.Span.End).StartsWith(ConstructionWords.ListContinuation, StringComparison.Ordinal)
                && Participants.Any(p => previous.Span.Covers(p.Span))
                && TriggerLexicon.Find(Text, previous.Span, Names).Count == 0)
            {
                joined[^1] = previous with { Span = new TextSpan(previous.Span.Start, clause.Span.End), Separator = clause.Separator };
                continue;
            }

            joined.Add(clause);
        }

        return joined;
    }

    /// <summary>Adds a link for every member of <paramref name="subject"/> with every member of <paramref name="objects"/>.</summary>
    public void Emit(LinkContext context, MentionUnit subject, List<MentionUnit> objects, TriggerMatch trigger, SubjectSource source, Sentence subjectSentence, List<PairLink> links)
    {
        var others = objects.Distinct().SelectMany(u => u.Members).ToList();
        foreach (var s in subject.Members)
        {
            foreach (var o in others)
            {
                Add(context, s, o, trigger, source, subjectSentence, others.Count, links);
            }
        }
    }

    /// <summary>Pairs every two members of a list that acts together (<c>A、B、C三方合资</c>).</summary>
    public void LinkWithin(LinkContext context, MentionUnit unit, TriggerMatch trigger, List<PairLink> links)
    {
        for (var i = 0; i < unit.Members.Count; i++)
        {
            for (var j = i + 1; j < unit.Members.Count; j++)
            {
                Add(context, unit.Members[i], unit.Members[j], trigger, SubjectSource.Collective, context.Sentence, unit.Members.Count - 1, links);
            }
        }
    }

    /// <summary>Adds one link, unless the two are one group, neither is automotive, or the clause sets them against each other.</summary>
    public void Add(LinkContext context, Participant s, Participant o, TriggerMatch trigger, SubjectSource source, Sentence subjectSentence, int listSize, List<PairLink> links)
    {
        if (s.Group == o.Group || !(s.IsAutomotive || o.IsAutomotive) || IsRivalry(context.Reading.Clause.Span, s, o, trigger))
        {
            return;
        }

        links.Add(new PairLink(s, o, trigger, context.Sentence, context.Reading.Clause, source, subjectSentence, listSize));
    }

    /// <summary>Keeps a link that negation or denial took back: it is remembered, never reported (see <see cref="Denials"/>).</summary>
    public List<PairLink> TakenBack => _denials;

    /// <summary>Where a hypothesis (如果, 假如, 猜测) starts in the sentence: nothing after it is told as fact.</summary>
    public int HypothesisEnds(Sentence sentence)
    {
        var at = Cues.IndexOfAny(Text.Slice(sentence.Span.Start, sentence.Span.End), Cues.Hypothetical);
        return at < 0 ? int.MaxValue : sentence.Span.Start + at;
    }

    /// <summary>A word of rivalry between the two companies and the cooperation word, not turned into cooperation (从对手到伙伴).</summary>
    private bool IsRivalry(TextSpan clause, Participant s, Participant o, TriggerMatch trigger)
    {
        var start = Math.Min(trigger.Start, o.Start);
        var end = Math.Max(trigger.End, o.End);
        if (clause.Covers(s.Span))
        {
            start = Math.Min(start, s.Start);
            end = Math.Max(end, s.End);
        }

        start = Math.Max(start, clause.Start);
        end = Math.Min(end, clause.End);
        var between = Text.Slice(start, end);
        var rivalry = Cues.IndexOfAny(between, Cues.Competition, Cues.NotCompetition);
        if (rivalry < 0)
        {
            return false;
        }

        var turn = Cues.IndexOfAny(between[rivalry..], Cues.Turn);
        return !(turn >= 0 && start + rivalry + turn < trigger.Start);
    }

    private ClauseReading Read(Clause clause, bool denied, int hypothesisStart)
    {
        var all = TriggerLexicon.Find(Text, clause.Span, Names);
        var phrases = new List<Phrase>();
        foreach (var span in SplitPhrases(clause.Span, all))
        {
            var inPhrase = Participants.Where(p => span.Covers(p.Span)).ToList();
            var triggers = all.Where(t => span.Contains(t.Start)).ToList();
            var units = UnitBuilder.Build(Text, span, inPhrase, triggers);
            var negated = denied ? triggers : triggers.Where(t => IsNegated(span, t)).ToList();
            var active = denied || IsComparisonFrame(clause.Span) ? [] : triggers.Where(t => t.Start < hypothesisStart && !negated.Contains(t)).ToList();
            phrases.Add(new Phrase(span, units, active, negated));
        }

        return new ClauseReading(clause, phrases, all.Count > 0);
    }

    /// <summary>
    /// Cuts a clause at a 、 that starts a new phrase with its own cooperation word, after a phrase
    /// that had one or that ended with the company it described (<c>……的上汽名爵、和高通共同开发……</c>).
    /// </summary>
    private IEnumerable<TextSpan> SplitPhrases(TextSpan clause, List<TriggerMatch> triggers)
    {
        var segments = new List<TextSpan>();
        var start = clause.Start;
        for (var i = clause.Start; i < clause.End; i++)
        {
            if (Text[i] == '、')
            {
                segments.Add(new TextSpan(start, i));
                start = i + 1;
            }
        }

        segments.Add(new TextSpan(start, clause.End));
        var phraseStart = clause.Start;
        for (var i = 1; i < segments.Count; i++)
        {
            var previous = segments[i - 1];
            if (HasTrigger(segments[i], triggers) && (HasTrigger(previous, triggers) || EndsWithDescribedCompany(previous)))
            {
                yield return new TextSpan(phraseStart, previous.End);
                phraseStart = segments[i].Start;
            }
        }

        yield return new TextSpan(phraseStart, clause.End);
    }

    private static bool HasTrigger(TextSpan segment, List<TriggerMatch> triggers) => triggers.Any(t => segment.Contains(t.Start));

    /// <summary>
    /// <c>搭载自研系统的上汽名爵、</c>: the segment ends with a company a 的-phrase describes. Not when a verb or
    /// preposition stands between the 的 and the company (<c>华为的座舱已被比亚迪、长城汽车等车企采用</c>): the company
    /// is then the first of a list that the rest of the clause goes on with.
    /// </summary>
    private bool EndsWithDescribedCompany(TextSpan segment)
    {
        var last = Participants.LastOrDefault(p => segment.Covers(p.Span));
        if (last is null || segment.End - last.End > 3)
        {
            return false;
        }

        var before = Text.Slice(segment.Start, last.Start);
        var of = before.LastIndexOf('的');
        return of >= 0 && before[(of + 1)..].IndexOfAny(Cues.VerbMarkers) < 0;
    }

    /// <summary>与其它车企依赖宁德时代不同，……: a clause that only sets up a comparison reports nothing.</summary>
    public bool IsComparisonFrame(TextSpan clause)
    {
        var clauseText = Text.Slice(clause.Start, clause.End);
        return Cues.StartsWithAny(clauseText, ConstructionWords.ComparingOpeners)
            || (Cues.StartsWithAny(clauseText, GrammarWords.Partner) && Cues.ContainsAny(clauseText[^Math.Min(clauseText.Length, 4)..], Cues.Comparison));
    }

    private bool IsNegated(TextSpan phrase, TriggerMatch trigger)
    {
        var before = Text.Slice(phrase.Start, trigger.Start);
        return NegationGoverns(phrase.Start, before)
            || Cues.ContainsAny(Text.Slice(trigger.End, phrase.End), Cues.FellThrough)
            || Cues.ContainsAny(before, Cues.Question)
            || (trigger.Start > 0 && Text[trigger.Start - 1] is '不' or '未' or '没' or '无');
    }

    /// <summary>A negation before the word that is not confined to a modifier of a noun (see <see cref="IsModifierNegation"/>).</summary>
    public bool NegationGoverns(int from, ReadOnlySpan<char> before)
    {
        var offset = 0;
        while (offset < before.Length)
        {
            var at = Cues.IndexOfAny(before[offset..], Cues.Negation, Cues.NotNegation);
            if (at < 0)
            {
                return false;
            }

            if (!IsModifierNegation(from + offset + at, before[(offset + at)..]))
            {
                return true;
            }

            offset += at + 1;
        }

        return false;
    }

    /// <summary>
    /// <c>这项尚未公开的合作</c>, <c>未具名的投资者</c>: a negation with a short verb and 的 right after it describes a
    /// noun; it does not negate what the clause goes on to tell. Not when a company stands inside (没有与华为的合作),
    /// nor when the verb takes an object before 的 (尚未达成最终的协议).
    /// </summary>
    private bool IsModifierNegation(int at, ReadOnlySpan<char> rest)
    {
        string? word = null;
        foreach (var negation in Cues.Negation)
        {
            if (rest.StartsWith(negation, StringComparison.Ordinal) && negation.Length > (word?.Length ?? 0))
            {
                word = negation;
            }
        }

        if (word is null)
        {
            return false;
        }

        var of = rest[word.Length..].IndexOf('的');
        return of is >= 1 and <= ModifierVerbReach && !Participants.Any(p => p.Start >= at && p.Start < at + word.Length + of);
    }

    /// <summary>The company a clause is about: the first one named near its start that no preposition brought in.</summary>
    private MentionUnit? Lead(ClauseReading reading)
    {
        var clause = reading.Clause.Span;
        var clauseText = Text.Slice(clause.Start, clause.End);
        if (Cues.StartsWithAny(clauseText, Cues.SubjectAnaphora) || Cues.StartsWithAny(clauseText, Cues.ListContinuations)
            || IsComparisonFrame(clause))
        {
            return null;
        }

        // 字节跳动旗下的火山引擎……: the owner named first is what the clause is about.
        var first = reading.Units.FirstOrDefault(u => (u.Takes || u.IsOwnerOnly) && u.Relation == UnitRelation.None);
        if (first is null || !IsSubjectPosition(Text.Slice(clause.Start, first.Start)))
        {
            return null;
        }

        return reading.Phrases.SelectMany(p => p.Triggers).Any(t => t.Start < first.Start) ? null : first;
    }

    /// <summary>
    /// True when only time words and adverbs stand before a company at the start of a clause (目前福特……,
    /// 此外，比亚迪……, 2023年11月25日长安……): it is the subject. After a verb (获得小鹏汽车的股份) it is an object.
    /// </summary>
    private static bool IsSubjectPosition(ReadOnlySpan<char> prefix)
    {
        // IT之家4月25日消息北汽……, 新华网上海5月10日电 中国石化……: a dateline comes before the subject.
        foreach (var datelineEnd in ConstructionWords.DatelineEnds)
        {
            var at = prefix.LastIndexOf(datelineEnd, StringComparison.Ordinal);
            if (at >= 0)
            {
                prefix = prefix[(at + datelineEnd.Length)..];
            }
        }

        return prefix.Length <= LeadReach && ConstructionPatterns.SubjectOpener().Replace(prefix.ToString(), string.Empty).Length <= 2;
    }

    /// <summary>True when a clause starts at <paramref name="start"/> with a company within the reach of a subject.</summary>
    public static bool IsNearClauseStart(int start, int clauseStart) => start - clauseStart <= LeadReach;

    /// <summary>The companies of the next clause when it goes on with the list (<c>……，包括戴姆勒、北京奔驰……</c>).</summary>
    private List<MentionUnit> Continuation(ClauseReading? next)
    {
        if (next is null)
        {
            return [];
        }

        var clauseText = Text.Slice(next.Clause.Span.Start, next.Clause.Span.End);
        foreach (var leadIn in ConstructionWords.ListLeadIns)
        {
            if (clauseText.StartsWith(leadIn, StringComparison.Ordinal))
            {
                clauseText = clauseText[leadIn.Length..];
                break;
            }
        }

        return Cues.StartsWithAny(clauseText, Cues.ListOpeners) || OpensListOfNames(next, clauseText)
            ? [.. next.Units.Where(u => u.Takes)]
            : [];
    }

    /// <summary>
    /// <c>在高通的客户名单中，有蔚来、比亚迪和长城</c>: 有 opens the list only when a company follows it at once
    /// (not 有望, 有消息称).
    /// </summary>
    private static bool OpensListOfNames(ClauseReading next, ReadOnlySpan<char> clauseText)
    {
        var first = next.Units.FirstOrDefault();
        if (first is null)
        {
            return false;
        }

        var skipped = next.Clause.Span.Length - clauseText.Length;
        foreach (var opener in Cues.ListOpenersBeforeName)
        {
            if (clauseText.StartsWith(opener, StringComparison.Ordinal) && first.Start == next.Clause.Span.Start + skipped + opener.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when 其 stands shortly before <paramref name="trigger"/> as a possessive pronoun (其最大投资者).</summary>
    public bool HasPossessivePronoun(Phrase phrase, TriggerMatch trigger)
    {
        var from = Math.Max(phrase.Span.Start, trigger.Start - PronounReach);
        var before = Text.Slice(from, trigger.Start);
        var at = before.LastIndexOf('其');
        return at >= 0 && !Cues.IsInside(before, at, 1, ConstructionWords.NotPossessivePronoun);
    }

    /// <summary>
    /// The subject of a clause that names none: after a fronted phrase (作为……，X) the next clause's, else
    /// the company the sentence or paragraph was last about.
    /// </summary>
    public static (MentionUnit Unit, SubjectSource Source, Sentence Sentence)? ImplicitSubject(LinkContext context)
    {
        if (context.Fronted && context.NextLead is not null)
        {
            return (context.NextLead, SubjectSource.NextClause, context.Sentence);
        }

        if (context.Topic is { } topic)
        {
            return (topic.Unit, topic.Sentence == context.Sentence ? SubjectSource.Topic : SubjectSource.EarlierSentence, topic.Sentence);
        }

        return null;
    }

    /// <summary>
    /// A joint venture set up in a clause that names no partner (<c>，成立合资公司</c>, <c>，双方将成立合资公司</c>) is
    /// that of the pairs an earlier clause of the sentence linked, of <paramref name="subject"/> when given: the
    /// stronger stage then tells of them.
    /// </summary>
    public void LinkAgainForJointVenture(LinkContext context, MentionUnit? subject, TriggerMatch trigger, List<PairLink> links)
    {
        if (trigger.Stage != PartnershipStage.JointVenture)
        {
            return;
        }

        var earlier = links
            .Where(l => l.Sentence == context.Sentence && l.Clause.Span.End <= trigger.Start
                && (subject is null || subject.Members.Contains(l.Subject)))
            .ToList();
        foreach (var link in earlier)
        {
            Add(context, link.Subject, link.Object, trigger, link.Source, link.SubjectSentence, link.ListSize, links);
        }
    }
}
