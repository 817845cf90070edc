using System.Buffers;
using System.Text.RegularExpressions;
using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking;

/// <summary>
/// Finds, sentence by sentence, the pairs of companies that a cooperation word links.
/// </summary>
/// <remarks>
/// <para>
/// Each clause is read on its own, and a clause listing phrases that each carry their own cooperation
/// word (<c>搭载……的上汽名爵、和高通共同开发……的集度汽车、计划与华为……合作的北汽</c>) is cut at its 、.
/// For every cooperation word the subject is the nearest company before it that no preposition brought
/// in; its partners are the companies a preposition brought in between them (与, 为, 从, 在……的加持下),
/// and for a verb also the companies after it (携手B, 投资B, 搭载B的系统). A relational noun links its
/// owner with the companies listed after it (<c>A的客户包括B、C</c>) or named as it (<c>B成为A的供应商</c>).
/// </para>
/// <para>
/// A clause without a subject (<c>还与Momenta成立合资公司</c>, <c>目前已经和威马、领克达成合作</c>) takes
/// the company the sentence, or the paragraph, was last about; a phrase fronted with 作为 takes the
/// subject of the clause after it. Companies listed together are never paired with each other unless the
/// list acts together (<c>A、B、C三方合资</c>, or two listed in a headline: <c>小鹏、华为合作</c>). Negation before the
/// word, denial in the sentence, comparison (<c>与福特……类似</c>) and rivalry between the two (<c>挑战</c>,
/// <c>竞争</c>) link nothing.
/// </para>
/// <para>
/// Some relations are told by a construction rather than a word between the two: goods that come from another
/// (<see cref="Provenance"/>), a company others founded or made together (<c>A和B合资成立的C</c>), adopters named by
/// kind and then listed (<c>搭载A芯片的厂商，有B、C</c>), a supplier's announcement going on over the next adopting
/// clause. A sentence that tells of a statement by many parties at once pairs none of them
/// (<see cref="ManyPartyStatement"/>).
/// </para>
/// </remarks>
internal sealed partial class PairLinker(CompactText text, TextLayout layout, IReadOnlyList<Participant> participants)
{
    private const int PossessorReach = 16;
    private const int RelativeHeadReach = 20;
    private const int LeadReach = 12;
    private const int LabelReach = 10;
    private const int CollectiveReach = 8;

    // What may stand between a pair listed with 、 and their word of acting together (再度合作, 正式合资).
    private const int PairGapReach = 2;

    // How far the making verb may follow its maker (由富士康代工生产, 由麦格纳负责整车制造).
    private const int MakerReach = 8;

    // The verb of a negated modifier (尚未公开的, 未具名的) is one or two characters long.
    private const int ModifierVerbReach = 2;

    // How long a model name between two companies of one list may be (长城WEY、长安欧尚).
    private const int HeadListGapReach = 12;

    // Opens a clause that goes on with the list of the clause before (……等主机厂，以及中石化等).
    private const string ListContinuation = "以及";

    // Words that make what stands between a listed pair and its word more than an adverb (A、B等合作, A、B的合作).
    private static readonly SearchValues<char> PairGapBreakers = SearchValues.Create("等的和与及或");

    // What ends a list: a clause break, 的, a verb.
    private static readonly SearchValues<char> HeadListBreakers = SearchValues.Create("，,。；;：:的是为将把被与");

    private static readonly string[] ComparisonOpeners = ["与", "和", "跟", "同"];
    private static readonly string[] ComparingOpeners = ["相比", "较之", "对比", "不同于", "区别于", "就如同", "如同", "正如", "就像", "好比"];
    private static readonly string[] Copulas = ["成为", "作为", "担任", "是", "为", "被"];
    private static readonly string[] NotPossessivePronoun = ["其他", "其中", "其实", "尤其", "极其", "与其", "其余", "其次", "其后", "其它"];
    private static readonly string[] ReceiveLookalikes = ["获悉", "获批", "获奖", "获取", "获得", "捕获", "收获"];
    private static readonly string[] DatelineEnds = ["消息", "日电", "日讯"];
    private static readonly string[] ListLeadIns = ["其中", "还", "也", "又", "既", "并", "则", "主要", "分别", "目前", "已"];

    private readonly List<TextSpan> _names = [.. participants.Select(p => p.Span)];

    private readonly List<PairLink> _denials = [];

    private Announcement? _announcement;

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
        for (var paragraph = 0; paragraph < layout.Paragraphs.Count; paragraph++)
        {
            Topic? topic = null;
            foreach (var sentence in layout.Sentences.Where(s => s.Paragraph == paragraph))
            {
                topic = LinkSentence(sentence, topic, links);
            }
        }

        return links;
    }

    private sealed record Topic(MentionUnit Unit, Sentence Sentence);

    /// <param name="Triggers">The cooperation words that link.</param>
    /// <param name="Negated">The cooperation words that negation or denial took back.</param>
    private sealed record Phrase(TextSpan Span, List<MentionUnit> Units, List<TriggerMatch> Triggers, List<TriggerMatch> Negated);

    private sealed record ClauseReading(Clause Clause, List<Phrase> Phrases, bool HasTriggers)
    {
        public IEnumerable<MentionUnit> Units => Phrases.SelectMany(p => p.Units);

        public IEnumerable<TriggerMatch> Triggers => Phrases.SelectMany(p => p.Triggers);
    }

    private Topic? LinkSentence(Sentence sentence, Topic? topic, List<PairLink> links)
    {
        var denied = Cues.ContainsAny(text.Slice(sentence.Span.Start, sentence.Span.End), Cues.Denial);
        var hypotheses = HypothesisEnds(sentence);
        var clauses = JoinListContinuations(sentence.Clauses).Select(c => Read(c, denied, hypotheses)).ToList();
        var firstOfSentence = links.Count;
        TriggerMatch? label = null;
        var labelNamesBothSides = false;
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            var reading = clauses[ci];
            var clauseText = text.Slice(reading.Clause.Span.Start, reading.Clause.Span.End);
            if (reading.Clause.EndsWithColon && !reading.Units.Any() && reading.Clause.Span.Length <= LabelReach)
            {
                // 合作双方：X与Y —— the label's cooperation word links the companies of its value.
                label = reading.Triggers.FirstOrDefault(t => t.Trigger.Kind != TriggerKind.Relational || t.Trigger.Word.Contains("合作", StringComparison.Ordinal));
                labelNamesBothSides = Cues.ContainsAny(clauseText, Cues.Collective);
                continue;
            }

            var nextLead = ci + 1 < clauses.Count ? Lead(clauses[ci + 1]) : null;
            var context = new LinkContext(sentence, reading, topic, nextLead, ci + 1 < clauses.Count ? clauses[ci + 1] : null,
                Cues.StartsWithAny(clauseText, Cues.FrontedOpeners));
            foreach (var phrase in reading.Phrases)
            {
                foreach (var trigger in phrase.Negated)
                {
                    LinkTrigger(context, phrase, trigger, _denials);
                }

                if (phrase.Triggers.Count > 0)
                {
                    foreach (var trigger in phrase.Triggers)
                    {
                        LinkTrigger(context, phrase, trigger, links);
                    }
                }
                else if (label is not null)
                {
                    LinkTogether(context, phrase.Units, label, SubjectSource.Label, links, withinList: labelNamesBothSides);
                }
                else if (!reading.HasTriggers && NeighbourTrigger(clauses, ci) is { } neighbour && IsPairOfPartners(phrase.Units))
                {
                    LinkTogether(context, phrase.Units, neighbour, SubjectSource.Neighbour, links, withinList: false);
                }

                LinkProvenance(context, phrase, denied || IsComparisonFrame(reading.Clause.Span), links);
            }

            if (Lead(reading) is { } lead)
            {
                topic = new Topic(lead, sentence);
            }
        }

        if (ManyPartyStatement.IsTold(text.Slice(sentence.Span.Start, sentence.Span.End), links.Skip(firstOfSentence)))
        {
            // An initiative, alliance or attendance list of many companies: none of them is the other's partner.
            links.RemoveRange(firstOfSentence, links.Count - firstOfSentence);
        }

        return topic;
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
                && text.Slice(clause.Span.Start, clause.Span.End).StartsWith(ListContinuation, StringComparison.Ordinal)
                && participants.Any(p => previous.Span.Covers(p.Span))
                && TriggerLexicon.Find(text, previous.Span, _names).Count == 0)
            {
                joined[^1] = previous with { Span = new TextSpan(previous.Span.Start, clause.Span.End), Separator = clause.Separator };
                continue;
            }

            joined.Add(clause);
        }

        return joined;
    }

    /// <summary><c>理想汽车的电池来自宁德时代</c>: see <see cref="Provenance"/>.</summary>
    private void LinkProvenance(LinkContext context, Phrase phrase, bool denied, List<PairLink> links)
    {
        foreach (var found in Provenance.Find(text, phrase.Span, phrase.Units))
        {
            if (found.Trigger.Start >= HypothesisEnds(context.Sentence))
            {
                continue;
            }

            var negated = denied || found.Negated || NegationGoverns(phrase.Span.Start, text.Slice(phrase.Span.Start, found.Trigger.Start));
            Emit(context, found.Owner, [found.Origin], found.Trigger, SubjectSource.Clause, context.Sentence, negated ? _denials : links);
        }
    }

    private sealed record LinkContext(Sentence Sentence, ClauseReading Reading, Topic? Topic, MentionUnit? NextLead, ClauseReading? Next, bool Fronted);

    private void LinkTrigger(LinkContext context, Phrase phrase, TriggerMatch trigger, List<PairLink> links)
    {
        var left = phrase.Units.Where(u => u.End <= trigger.Start && u.Takes).ToList();
        var right = phrase.Units.Where(u => u.Start >= trigger.End && u.Takes).ToList();
        var listed = right.Count > 0 ? right : Continuation(context.Next);

        if (trigger.Trigger.Kind == TriggerKind.Relational && LinkRelation(context, phrase, trigger, left, listed, links))
        {
            return;
        }

        var subjectIndex = left.FindLastIndex(u => u.Relation == UnitRelation.None);
        var subject = subjectIndex >= 0 ? left[subjectIndex] : null;
        var objects = left.Skip(subjectIndex + 1).Where(u => u.IsPrepositional).ToList();
        if (trigger.Trigger.Kind == TriggerKind.Mutual)
        {
            // Only a partner acts together with the subject (与B合作); in 由A、B三方合资 and 作为A和B联合开发的车型
            // the list right before the word is who acted together.
            if (left.LastOrDefault(u => u.Relation is UnitRelation.Source or UnitRelation.Context) is { GroupCount: >= 2 } agents
                && IsActingTogether(agents, trigger))
            {
                LinkWithin(context, agents, trigger, links);
                LinkJointCreation(context, [agents], right, trigger, links);
                return;
            }

            objects = [.. objects.Where(u => u.Relation == UnitRelation.Partner)];
            if (objects.Count == 0 && right.Count == 0 && subjectIndex >= 0 && listed.Count > 0
                && UnnamedPartners().IsMatch(text.Slice(subject!.End, trigger.Start).ToString()))
            {
                // 与多家车企洽谈合作，其中包括比亚迪和吉利: the partners are named in the list that follows.
                objects = listed;
            }
        }

        var coSubject = CoSigner(objects);
        if (coSubject is not null)
        {
            objects.Remove(coSubject);
        }

        var receive = LastReceiveVerb(phrase.Span.Start, trigger.Start);
        if (receive >= 0)
        {
            // X获得来自A、B的投资: whatever stands between the receiving verb and the word was given by others.
            subject = left.LastOrDefault(u => u.End <= receive && u.Relation == UnitRelation.None);
            objects = [.. left.Where(u => u != subject && (u.Start >= receive || (u.IsPrepositional && u.Start > (subject?.End ?? -1))))];
        }

        if (trigger.Trigger.Kind != TriggerKind.Mutual && !trigger.Trigger.BeneficiaryOnly)
        {
            objects.AddRange(listed);
        }

        if (trigger.Trigger.BeneficiaryOnly)
        {
            objects = [.. objects.Where(u => u.Relation == UnitRelation.Beneficiary || (u.Relation == UnitRelation.Partner && !u.IsConjoined) || IsMaker(u, trigger, phrase))];
            if (objects.Count > 0 && objects.All(u => u.Relation == UnitRelation.Partner))
            {
                // 与福特开发 is making something together, not for the other: cooperation, not supply.
                trigger = trigger with { Stage = PartnershipStage.Agreement };
            }
        }

        var source = SubjectSource.Clause;
        var subjectSentence = context.Sentence;
        if (subject is null)
        {
            if (text.Slice(phrase.Span.Start, trigger.Start).Contains("双方", StringComparison.Ordinal))
            {
                // 双方 are the two already named: nothing new to link, but a joint venture tells more of them.
                LinkAgainForJointVenture(context, null, trigger, links);
                return;
            }

            if (RelativeHead(right, trigger) is { } head)
            {
                // 支持华为的车型有北汽、比亚迪、长城WEY……: what follows the head goes on with its list, it is no object.
                var heads = HeadList(right, head);
                objects = [.. objects.Where(u => u.End <= head.Start)];
                foreach (var coHead in heads.Skip(1))
                {
                    Emit(context, coHead, objects, trigger, SubjectSource.RelativeHead, subjectSentence, links);
                }

                subject = head;
                source = SubjectSource.RelativeHead;
            }
            else if (AdopterList(context, right, trigger) is { } adopters)
            {
                subject = adopters;
                source = SubjectSource.RelativeHead;
            }
            else if (ImplicitSubject(context) is { } implicitSubject)
            {
                (subject, source, subjectSentence) = implicitSubject;
            }
        }

        if (subject is null)
        {
            return;
        }

        if (source == SubjectSource.Clause && right.Count == 0 && objects is [{ IsConjoined: true } coInvestor]
            && Fundraiser(context, subject, trigger) is { } raiser && !raiser.Members.Any(m => coInvestor.Members.Any(c => c.Group == m.Group)))
        {
            // 本轮由A领投，B和C跟投: B and C each invested in the round's company, not one in the other.
            Emit(context, subject, [raiser], trigger, source, subjectSentence, links);
            Emit(context, coInvestor, [raiser], trigger, source, subjectSentence, links);
            return;
        }

        if (objects.Count == 0)
        {
            if (source == SubjectSource.Clause && (Announcer(context, subject, trigger) ?? Fundraiser(context, subject, trigger)) is { } other)
            {
                Emit(context, subject, [other], trigger, source, subjectSentence, links);
                return;
            }

            if (source == SubjectSource.Topic)
            {
                // 丰田与比亚迪签署协议，成立合资公司: the joint venture is the pair's that the sentence named.
                LinkAgainForJointVenture(context, subject, trigger, links);
                return;
            }

            if (source == SubjectSource.Clause && trigger.Trigger.IsJoint && subject.GroupCount >= 2 && trigger.Start - subject.End <= CollectiveReach
                && (Cues.ContainsAny(text.Slice(subject.End, trigger.Start), Cues.Collective) || IsPairActingTogether(subject, trigger, context.Reading.Clause.Span)))
            {
                LinkWithin(context, subject, trigger, links);
            }

            return;
        }

        Emit(context, subject, objects, trigger, source, subjectSentence, links);
        if (coSubject is not null)
        {
            Emit(context, coSubject, objects, trigger, source, subjectSentence, links);
        }

        if (source == SubjectSource.Clause && trigger.Trigger.Kind == TriggerKind.Mutual)
        {
            LinkJointCreation(context, [subject, .. objects], right, trigger, links);
        }
    }

    /// <summary>
    /// <c>宝马和长城合资成立的光束汽车</c>, <c>作为百度和吉利联合打造的造车企业，集度……</c>: a company described as what
    /// several made together (a relative clause with a word of founding or making together, or a fronted 作为 phrase
    /// ending in a kind of company) is each maker's partner. Only for words of creating (合资, 成立, 打造 …): what two companies
    /// merely 合作 on is a product, and the company after it a third party.
    /// </summary>
    private void LinkJointCreation(LinkContext context, List<MentionUnit> makers, List<MentionUnit> right, TriggerMatch trigger, List<PairLink> links)
    {
        if (trigger.Stage != PartnershipStage.JointVenture && !Cues.ContainsAny(trigger.Trigger.Word, Cues.Creating))
        {
            return;
        }

        var head = RelativeHead(right, trigger);
        var source = SubjectSource.RelativeHead;
        if (head is null && right.Count == 0 && context.Fronted && context.NextLead is { } next
            && CompanyKindEnd().IsMatch(text.Slice(trigger.End, context.Reading.Clause.Span.End).ToString()))
        {
            (head, source) = (next, SubjectSource.NextClause);
        }

        if (head is not null && !makers.Contains(head))
        {
            Emit(context, head, makers, trigger, source, context.Sentence, links);
        }
    }

    /// <summary>
    /// <c>英伟达宣布，理想汽车将在下一代车型上使用Thor平台</c>: a supplier announcing that a company will adopt
    /// something names no object after the adoption verb, because the thing adopted is the announcer's own. The
    /// announcer is the company right before the subject with only an announcing verb between; never for
    /// what the subject made itself (采用自研芯片).
    /// </summary>
    private MentionUnit? Announcer(LinkContext context, MentionUnit subject, TriggerMatch trigger)
    {
        if (!TriggerLexicon.Adoption.Contains(trigger.Trigger.Word)
            || Cues.ContainsAny(text.Slice(trigger.End, context.Reading.Clause.Span.End), Cues.SelfMade))
        {
            return null;
        }

        var clause = context.Reading.Clause.Span;
        var announcer = participants.LastOrDefault(p => p.End <= subject.Start && p.Start >= context.Sentence.Span.Start);
        if (announcer is not null && !subject.Members.Any(m => m.Group == announcer.Group)
            && AnnouncingGap().IsMatch(text.Slice(announcer.End, subject.Start).ToString()))
        {
            _announcement = new Announcement(context.Sentence, announcer, clause.End);
            return new MentionUnit(announcer, UnitRelation.None);
        }

        // 英伟达宣布理想将使用Thor，长城、小米三家厂商采用Orin: the announcement goes on over the adopting clause right after.
        if (_announcement is { } told && told.Sentence == context.Sentence && clause.Start - told.ClauseEnd <= 1
            && !subject.Members.Any(m => m.Group == told.Announcer.Group) && subject.Start - clause.Start <= LeadReach)
        {
            _announcement = told with { ClauseEnd = clause.End };
            return new MentionUnit(told.Announcer, UnitRelation.None);
        }

        return null;
    }

    /// <summary>A supplier that announced another company's adoption, and where the clause it covered ends.</summary>
    private sealed record Announcement(Sentence Sentence, Participant Announcer, int ClauseEnd);

    /// <summary>
    /// <c>搭载英伟达Thor芯片的厂商，中国厂商有比亚迪、理想</c>: a clause that ends naming the kind of adopter of another's
    /// product (……的厂商, ……的车企) is followed by the list of them, each the supplier's partner.
    /// </summary>
    private MentionUnit? AdopterList(LinkContext context, List<MentionUnit> right, TriggerMatch trigger)
    {
        if (!TriggerLexicon.Adoption.Contains(trigger.Trigger.Word) || right.Count == 0 || context.Next is not { } next)
        {
            return null;
        }

        var tail = text.Slice(right[^1].End, context.Reading.Clause.Span.End).ToString();
        var first = next.Units.FirstOrDefault(u => u.Takes);
        return first is not null && AdopterKindEnd().IsMatch(tail)
            && AdopterListOpening().IsMatch(text.Slice(next.Clause.Span.Start, first.Start).ToString())
            ? first
            : null;
    }

    /// <summary>
    /// <c>小马智行完成新一轮融资，本轮由丰田领投，比亚迪跟投</c>: an investor whose investing word has no object, in a
    /// sentence that told of a funding round, invested in the company the sentence is about.
    /// </summary>
    private MentionUnit? Fundraiser(LinkContext context, MentionUnit subject, TriggerMatch trigger)
    {
        if (trigger.Stage != PartnershipStage.Investment || trigger.Trigger.Kind != TriggerKind.Directed)
        {
            return null;
        }

        var sentence = context.Sentence.Span;
        var round = Cues.IndexOfAny(text.Slice(sentence.Start, context.Reading.Clause.Span.Start), Cues.FundingRound);
        if (round < 0)
        {
            return null;
        }

        // 小马智行完成C轮融资，丰田领投，比亚迪跟投: the company that raised is the one named before the round, not the
        // investor the clause before was about.
        var raiser = participants.FirstOrDefault(p => p.Start >= sentence.Start && p.End <= sentence.Start + round
            && !subject.Members.Any(s => s.Group == p.Group));
        return raiser is null ? null : new MentionUnit(raiser, UnitRelation.None);
    }

    /// <summary>
    /// <c>小鹏、华为合作</c>, <c>宝马、长城合资生产</c>: two companies listed with 、 (or nothing) right before a word of
    /// acting together, as headlines write them, are each other's partner without 双方 or 共同. Not a longer list
    /// (<c>A、B、C等合作</c> may be many parties each doing the same), nor the generic 合资品牌 or 合作车企.
    /// </summary>
    private bool IsPairActingTogether(MentionUnit subject, TriggerMatch trigger, TextSpan clause)
    {
        if (subject.Members.Count != 2 || subject.GroupCount != 2 || trigger.Trigger.Kind != TriggerKind.Mutual
            || trigger.Trigger.Strength == TriggerStrength.Weak)
        {
            return false;
        }

        var between = text.Slice(subject.Members[0].End, subject.Members[1].Start);
        var gap = text.Slice(subject.End, trigger.Start);
        var after = text.Slice(trigger.End, Math.Min(clause.End, trigger.End + 2));
        return between.Trim(" ()（）“”「」\"").ToString() is "" or "、" or "/"
            && gap.Length <= PairGapReach && gap.IndexOfAny(PairGapBreakers) < 0
            && !Cues.StartsWithAny(after, Cues.GenericAfterJoint);
    }

    /// <summary>
    /// <c>A和B在发布会现场与C签约</c>, <c>A和B正在为C开发</c>, <c>A和B从C采购</c>: a company joined to the subject by 和
    /// before a partner, client or source that a preposition brings in is a second subject beside the first, so
    /// each of them is C's partner and the two are not each other's. Null when no such company stands after the
    /// joined one.
    /// </summary>
    private static MentionUnit? CoSigner(List<MentionUnit> partners)
    {
        var joined = partners.FirstOrDefault(u => u.IsConjoined);
        return joined is not null && partners.Any(u => u.Start > joined.End && (u.Relation is UnitRelation.Beneficiary or UnitRelation.Source
            || (u.Relation == UnitRelation.Partner && !u.IsConjoined))) ? joined : null;
    }

    /// <summary>
    /// <c>A的下一代车型由B制造</c>, <c>由B代为生产</c>: the company a making verb's work comes from (由) is the
    /// maker, the subject its client, so it is a partner where a mere making verb would link nothing.
    /// </summary>
    /// <remarks>Not when another cooperation word stands between (<c>由A和B合作打造</c>): that word tells who acted.</remarks>
    private bool IsMaker(MentionUnit unit, TriggerMatch trigger, Phrase phrase) =>
        unit.Relation == UnitRelation.Source
        && Cues.ContainsAny(text.Slice(Math.Max(0, unit.Start - 1), unit.Start), Cues.MakerPrepositions)
        && trigger.Start - unit.End <= MakerReach
        && !phrase.Triggers.Concat(phrase.Negated).Any(t => t.Start >= unit.End && t.Start < trigger.Start);

    /// <summary>
    /// A joint venture set up in a clause that names no partner (<c>，成立合资公司</c>, <c>，双方将成立合资公司</c>) is
    /// that of the pairs an earlier clause of the sentence linked, of <paramref name="subject"/> when given: the
    /// stronger stage then tells of them.
    /// </summary>
    private void LinkAgainForJointVenture(LinkContext context, MentionUnit? subject, TriggerMatch trigger, List<PairLink> links)
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

    /// <summary>
    /// The subject of a clause that names none: after a fronted phrase (作为……，X) the next clause's, else
    /// the company the sentence or paragraph was last about.
    /// </summary>
    private static (MentionUnit Unit, SubjectSource Source, Sentence Sentence)? ImplicitSubject(LinkContext context)
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

    /// <summary><c>A的客户包括B、C</c>, <c>其最大投资者为B</c>, <c>B成为A的供应商</c>. False when the noun has no owner here.</summary>
    private bool LinkRelation(LinkContext context, Phrase phrase, TriggerMatch trigger, List<MentionUnit> left, List<MentionUnit> listed, List<PairLink> links)
    {
        MentionUnit? owner = null;
        if (left.Count > 0)
        {
            var nearest = left[^1];
            var gap = text.Slice(nearest.End, trigger.Start);
            if (gap.Length <= PossessorReach && gap.IndexOfAny(Cues.VerbMarkers) < 0)
            {
                owner = nearest;
            }
        }

        var pronoun = owner is null && HasPossessivePronoun(phrase, trigger);
        if (owner is null && !pronoun)
        {
            return false;
        }

        var others = new List<MentionUnit>(listed);
        var source = SubjectSource.Possessor;
        var subjectSentence = context.Sentence;
        MentionUnit? ownerUnit = owner;
        if (owner is null)
        {
            // 其最大投资者为上汽: 其 is the company the sentence is about.
            if (ImplicitSubject(context) is not { } implicitOwner)
            {
                return true;
            }

            (ownerUnit, source, subjectSentence) = implicitOwner;
        }
        else
        {
            var before = left.TakeWhile(u => u != owner).ToList();
            var named = before.LastOrDefault(u => u.Relation == UnitRelation.None);
            if (named is not null && (Cues.ContainsAny(text.Slice(named.End, owner.Start), Copulas)
                || (IsListOfPartners(trigger, phrase) && Cues.ContainsAny(text.Slice(named.End, owner.Start), Cues.Membership))))
            {
                others.Add(named);
            }
            else if (others.Count == 0 && named is null
                && (Cues.ContainsAny(text.Slice(phrase.Span.Start, owner.Start), Copulas) || Cues.ContainsAny(text.Slice(phrase.Span.Start, owner.Start), Cues.Receive))
                && ImplicitSubject(context) is { } implicitSubject)
            {
                // 也是滴滴自动驾驶最为密切的合作伙伴之一 / 作为芯擎科技的主要出资者，吉利……: the subject is elsewhere.
                others.Add(implicitSubject.Unit);
                (_, source, subjectSentence) = implicitSubject;
            }
        }

        if (others.Count > 0)
        {
            Emit(context, ownerUnit!, others, trigger, source, subjectSentence, links);
        }

        return true;
    }

    /// <summary><c>B也在A的合作名单中</c>, <c>B进入了A的客户名单</c>: a relational noun that is a list of partners.</summary>
    private bool IsListOfPartners(TriggerMatch trigger, Phrase phrase) =>
        trigger.Trigger.Word.EndsWith("名单", StringComparison.Ordinal)
        || text.Slice(trigger.End, Math.Min(phrase.Span.End, trigger.End + 2)).StartsWith("名单", StringComparison.Ordinal);

    /// <summary>The first company and the rest of a label's value, or of a clause a neighbouring cooperation word speaks of.</summary>
    private void LinkTogether(LinkContext context, List<MentionUnit> units, TriggerMatch trigger, SubjectSource source, List<PairLink> links, bool withinList)
    {
        var taking = units.Where(u => u.Takes).ToList();
        if (taking.Count >= 2)
        {
            Emit(context, taking[0], taking.Skip(1).ToList(), trigger, source, context.Sentence, links);
        }
        else if (withinList && taking.Count == 1 && taking[0].GroupCount >= 2)
        {
            // 合作双方：A、B
            LinkWithin(context, taking[0], trigger, links);
        }
    }

    /// <summary>
    /// 由A、B三方合资 / 作为A和B首款联合开发的车型: a list brought in by 由 (or, with a word that says
    /// "jointly", by 作为/在) right before the word, with no 的 between (A和B的合资公司 are each their own).
    /// </summary>
    private bool IsActingTogether(MentionUnit agents, TriggerMatch trigger)
    {
        var gap = text.Slice(agents.End, trigger.Start);
        if (gap.Length > CollectiveReach || gap.Contains('的'))
        {
            return false;
        }

        return agents.Relation == UnitRelation.Source
            || trigger.Trigger.Word.StartsWith("联合", StringComparison.Ordinal)
            || trigger.Trigger.Word.StartsWith("共同", StringComparison.Ordinal)
            || Cues.ContainsAny(gap, Cues.Collective);
    }

    /// <summary>A subject and the partner a conjunction joined to it (<c>小鹏华为</c>, <c>A与B</c>), and nothing else.</summary>
    private static bool IsPairOfPartners(List<MentionUnit> units) =>
        units.Count == 2 && units[0].Relation == UnitRelation.None && units[1].IsConjoined;

    private void LinkWithin(LinkContext context, MentionUnit unit, TriggerMatch trigger, List<PairLink> links)
    {
        for (var i = 0; i < unit.Members.Count; i++)
        {
            for (var j = i + 1; j < unit.Members.Count; j++)
            {
                Add(context, unit.Members[i], unit.Members[j], trigger, SubjectSource.Collective, context.Sentence, unit.Members.Count - 1, links);
            }
        }
    }

    private void Emit(LinkContext context, MentionUnit subject, List<MentionUnit> objects, TriggerMatch trigger, SubjectSource source, Sentence subjectSentence, List<PairLink> links)
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

    private void Add(LinkContext context, Participant s, Participant o, TriggerMatch trigger, SubjectSource source, Sentence subjectSentence, int listSize, List<PairLink> links)
    {
        if (s.Group == o.Group || !(s.IsAutomotive || o.IsAutomotive) || IsRivalry(context.Reading.Clause.Span, s, o, trigger))
        {
            return;
        }

        links.Add(new PairLink(s, o, trigger, context.Sentence, context.Reading.Clause, source, subjectSentence, listSize));
    }

    /// <summary>Where a hypothesis (如果, 假如, 猜测) starts in the sentence: nothing after it is told as fact.</summary>
    private int HypothesisEnds(Sentence sentence)
    {
        var at = Cues.IndexOfAny(text.Slice(sentence.Span.Start, sentence.Span.End), Cues.Hypothetical);
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
        var between = text.Slice(start, end);
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
        var all = TriggerLexicon.Find(text, clause.Span, _names);
        var phrases = new List<Phrase>();
        foreach (var span in SplitPhrases(clause.Span, all))
        {
            var inPhrase = participants.Where(p => span.Covers(p.Span)).ToList();
            var triggers = all.Where(t => span.Contains(t.Start)).ToList();
            var units = UnitBuilder.Build(text, span, inPhrase, triggers);
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
            if (text[i] == '、')
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
        var last = participants.LastOrDefault(p => segment.Covers(p.Span));
        if (last is null || segment.End - last.End > 3)
        {
            return false;
        }

        var before = text.Slice(segment.Start, last.Start);
        var of = before.LastIndexOf('的');
        return of >= 0 && before[(of + 1)..].IndexOfAny(Cues.VerbMarkers) < 0;
    }

    /// <summary>与其它车企依赖宁德时代不同，……: a clause that only sets up a comparison reports nothing.</summary>
    private bool IsComparisonFrame(TextSpan clause)
    {
        var clauseText = text.Slice(clause.Start, clause.End);
        return Cues.StartsWithAny(clauseText, ComparingOpeners)
            || (Cues.StartsWithAny(clauseText, ComparisonOpeners) && Cues.ContainsAny(clauseText[^Math.Min(clauseText.Length, 4)..], Cues.Comparison));
    }

    private bool IsNegated(TextSpan phrase, TriggerMatch trigger)
    {
        var before = text.Slice(phrase.Start, trigger.Start);
        return NegationGoverns(phrase.Start, before)
            || Cues.ContainsAny(text.Slice(trigger.End, phrase.End), Cues.FellThrough)
            || Cues.ContainsAny(before, Cues.Question)
            || (trigger.Start > 0 && text[trigger.Start - 1] is '不' or '未' or '没' or '无');
    }

    /// <summary>A negation before the word that is not confined to a modifier of a noun (see <see cref="IsModifierNegation"/>).</summary>
    private bool NegationGoverns(int from, ReadOnlySpan<char> before)
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
        return of is >= 1 and <= ModifierVerbReach && !participants.Any(p => p.Start >= at && p.Start < at + word.Length + of);
    }

    /// <summary>The company a clause is about: the first one named near its start that no preposition brought in.</summary>
    private MentionUnit? Lead(ClauseReading reading)
    {
        var clause = reading.Clause.Span;
        var clauseText = text.Slice(clause.Start, clause.End);
        if (Cues.StartsWithAny(clauseText, Cues.SubjectAnaphora) || Cues.StartsWithAny(clauseText, Cues.ListContinuations)
            || IsComparisonFrame(clause))
        {
            return null;
        }

        // 字节跳动旗下的火山引擎……: the owner named first is what the clause is about.
        var first = reading.Units.FirstOrDefault(u => (u.Takes || u.IsOwnerOnly) && u.Relation == UnitRelation.None);
        if (first is null || !IsSubjectPosition(text.Slice(clause.Start, first.Start)))
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
        foreach (var datelineEnd in DatelineEnds)
        {
            var at = prefix.LastIndexOf(datelineEnd, StringComparison.Ordinal);
            if (at >= 0)
            {
                prefix = prefix[(at + datelineEnd.Length)..];
            }
        }

        return prefix.Length <= LeadReach && SubjectOpenerPattern().Replace(prefix.ToString(), string.Empty).Length <= 2;
    }

    /// <summary>The companies of the next clause when it goes on with the list (<c>……，包括戴姆勒、北京奔驰……</c>).</summary>
    private List<MentionUnit> Continuation(ClauseReading? next)
    {
        if (next is null)
        {
            return [];
        }

        var clauseText = text.Slice(next.Clause.Span.Start, next.Clause.Span.End);
        foreach (var leadIn in ListLeadIns)
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

    /// <summary>
    /// The head of a relative clause and the units that go on with its list (<c>……的车型有北汽、比亚迪、长城WEY、长安欧尚</c>,
    /// split where a model name follows a company): each is the head's kind, none the other's partner.
    /// </summary>
    private List<MentionUnit> HeadList(List<MentionUnit> right, MentionUnit head)
    {
        var list = new List<MentionUnit> { head };
        foreach (var unit in right.Where(u => u.Start >= head.End))
        {
            var gap = text.Slice(list[^1].End, unit.Start);
            if (gap.Length > HeadListGapReach || !gap.Contains('、') || gap.IndexOfAny(HeadListBreakers) >= 0)
            {
                break;
            }

            list.Add(unit);
        }

        return list;
    }

    /// <summary>The company a relative clause describes: <c>[和高通共同开发座舱系统]的集度汽车</c>.</summary>
    private MentionUnit? RelativeHead(List<MentionUnit> right, TriggerMatch trigger)
    {
        foreach (var unit in right)
        {
            var gap = text.Slice(trigger.End, unit.Start);
            var of = gap.LastIndexOf('的');
            if (of < 0 || unit.Relation != UnitRelation.None)
            {
                continue;
            }

            var tail = gap[(of + 1)..];
            if (tail.Length <= RelativeHeadReach && tail.IndexOfAny(Cues.VerbMarkers) < 0)
            {
                return unit;
            }
        }

        return null;
    }

    private bool HasPossessivePronoun(Phrase phrase, TriggerMatch trigger)
    {
        var from = Math.Max(phrase.Span.Start, trigger.Start - 8);
        var before = text.Slice(from, trigger.Start);
        var at = before.LastIndexOf('其');
        return at >= 0 && !Cues.IsInside(before, at, 1, NotPossessivePronoun);
    }

    private int LastReceiveVerb(int from, int to)
    {
        var span = text.Slice(from, to);
        var best = -1;
        foreach (var verb in Cues.Receive)
        {
            var at = span.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && !_names.Any(n => n.Contains(from + at)) && !(verb == "获" && Cues.IsInside(span, at, 1, ReceiveLookalikes)))
            {
                best = Math.Max(best, from + at);
            }
        }

        return best;
    }

    /// <summary>A cooperation word in a neighbouring clause of the sentence that names no company (<c>从「互掐」到「牵手」，小鹏华为……</c>).</summary>
    private static TriggerMatch? NeighbourTrigger(List<ClauseReading> clauses, int index)
    {
        foreach (var neighbour in new[] { index - 1, index + 1 })
        {
            if (neighbour >= 0 && neighbour < clauses.Count && !clauses[neighbour].Units.Any()
                && clauses[neighbour].Triggers.FirstOrDefault(t => t.Trigger.IsJoint) is { } trigger)
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>Only an announcing verb, perhaps after a time word, between a company and the next one (宣布，/ 今日表示：).</summary>
    [GeneratedRegex("^[^，,。；;：:]{0,6}?(?:宣布|表示|透露|介绍|指出|称)[，,：:]?$")]
    private static partial Regex AnnouncingGap();

    /// <summary>The end of a description of a company by its kind (……的造车企业, ……的合资公司), not of a product (……的首款车型).</summary>
    [GeneratedRegex("的[^，,。；;：:的]{0,8}(?:企业|公司|品牌|车企|厂商|新势力)$")]
    private static partial Regex CompanyKindEnd();

    /// <summary>The end of a clause naming adopters by their kind (……芯片的厂商, ……平台的车企).</summary>
    [GeneratedRegex("^[^，,。；;：:的]{0,12}的(?:厂商|车企|主机厂|汽车品牌|品牌|车型|客户|企业)$")]
    private static partial Regex AdopterKindEnd();

    /// <summary>What opens the list of adopters in the next clause (中国厂商有, 包括, 国内有).</summary>
    [GeneratedRegex("^(?:[^，,。；;：:的]{0,6}?(?:有|包括|包含|涵盖|如|为|是)|包括|有|如|其中)[：:]?$")]
    private static partial Regex AdopterListOpening();

    /// <summary>A partner word before companies it does not name (与多家车企, 和几家主机厂, 同一些科技公司, 与多家自动驾驶技术公司).</summary>
    [GeneratedRegex("[与和跟同][^，,。；;与和跟同]{0,10}(?:车企|企业|公司|厂商|厂家|主机厂|品牌|供应商|伙伴)")]
    private static partial Regex UnnamedPartners();

    [GeneratedRegex(
        "[0-9]{1,4}年|[0-9]{1,2}月份?|[0-9]{1,2}[日号]|[一二三四五六七八九十]{1,3}月份?|[今去明前当同]年|年[初底中末]|[上下]半年|[上本]月|[上本]周"
        + "|近日|日前|近期|最近|此前|之前|早前|早在|目前|当前|现在|如今|此外|另外|与此同时|同时|然而|但是|不过|其中|随后|之后|此后|后来"
        + "|并且|已经|正在|比如|例如|譬如|诸如|据悉|据了解|对此|当时|此次|这次|本次|首先|其次|最终|因此|所以|另一方面|一方面"
        + "|北京时间|当地时间|消息|上午|下午|晚间|早间|凌晨|(?:周|星期)[一二三四五六日天]|第[一二三四五六七八九十]"
        + "|[而但并且也还又就都已正晚早]|[，,、 ■●▲◆①②③④⑤⑥⑦⑧⑨⑩]|[（(][^）)]*[）)]")]
    private static partial Regex SubjectOpenerPattern();
}
