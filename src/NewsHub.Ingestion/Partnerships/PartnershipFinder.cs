using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Partnerships.Dates;
using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Linking;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships;

/// <summary>
/// Finds the partnerships an article tells of: two company groups, at least one of them automotive (a
/// carmaker, battery or parts maker, or mobility company), that a cooperation word links in one sentence or structured block, with the
/// stage, the event date at the precision the text gives, and the evidence.
/// </summary>
/// <remarks>
/// A pure function of the clean text, its tagged company mentions and the publication time: no
/// database, no state. It reads normal text and text split into words by spaces alike. Each sentence
/// gives at most one finding per pair of groups; the same pair in several sentences gives several
/// findings, each with its own evidence, for the import to group into events.
/// </remarks>
public static class PartnershipFinder
{
    private const int ConfidenceDecimals = 2;

    /// <summary>How many sentences away another sentence about the same pair may still date a finding.</summary>
    private const int NeighbourSentences = 3;

    /// <summary>Finds the partnerships of one article.</summary>
    /// <param name="cleanText">The article's clean text; all offsets point into it.</param>
    /// <param name="mentions">The company mentions tagged in <paramref name="cleanText"/>.</param>
    /// <param name="published">Publication time, which relative dates (上月, 去年) count from; null when unknown.</param>
    /// <returns>The findings in text order.</returns>
    public static IReadOnlyList<PartnershipFinding> Find(string cleanText, IReadOnlyList<CompanyMention> mentions, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(cleanText);
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Select(m => m.Group).Distinct(StringComparer.Ordinal).Take(2).Count() < 2)
        {
            return [];
        }

        var text = CompactText.Create(cleanText);
        var layout = TextLayout.Build(text);
        var participants = Participant.FromMentions(text, mentions);
        var linker = new PairLinker(text, layout, participants);
        var links = linker.Link();
        var denied = linker.Denials.Select(d => PairKey(d.Subject.Mention, d.Object.Mention)).ToHashSet();
        var dates = new EventDateResolver(text, layout, published);
        var described = links
            .Select(link => Describe(cleanText, text, dates, participants, link))
            .Where(f => !(f.Hearsay && denied.Contains(PairKey(f.Finding.CompanyA, f.Finding.CompanyB))))
            .ToList();

        return [.. DatedByNeighbours(described)
            .GroupBy(f => (f.Finding.EvidenceStart, Pair: PairKey(f.Finding.CompanyA, f.Finding.CompanyB)))
            .Select(MostTelling)
            .OrderBy(f => f.Finding.EvidenceStart)
            .ThenBy(f => f.Order)
            .Select(f => f.Finding)];
    }

    /// <param name="Finding">The finding.</param>
    /// <param name="Order">Where its second company stands, to keep findings of one sentence in text order.</param>
    /// <param name="Clause">Where its clause starts.</param>
    /// <param name="Hearsay">Told as rumour or hearsay: a denial of the same pair in the article outweighs it.</param>
    /// <param name="Sentence">The index of the sentence of its cooperation word.</param>
    /// <param name="MovesAway">Its sentence moves away in time before the cooperation word (目前, 此后, 如今).</param>
    private sealed record Described(PartnershipFinding Finding, int Order, int Clause, bool Hearsay, int Sentence, bool MovesAway);

    /// <summary>
    /// Findings the text dates only by publication take the date of the nearest sentence about the same pair
    /// that writes one (吉利与华为3月8日签署协议。……华为将为吉利提供……: both 8 March), within a few sentences
    /// and unless their sentence moves away in time before its cooperation word (目前, 此后). Only a sentence
    /// done or planned alike, dating it to the month or the day, tells the same announcement: a plan's date is
    /// when it is to happen, not when it was agreed, and a year alone is mostly background (2019年双方开始合作)
    /// beside news of today. Background told without a date stays undated.
    /// </summary>
    private static IEnumerable<Described> DatedByNeighbours(List<Described> described)
    {
        foreach (var finding in described)
        {
            if (finding.Finding.Date.Source != DateSource.Published || finding.MovesAway)
            {
                yield return finding;
                continue;
            }

            var pair = PairKey(finding.Finding.CompanyA, finding.Finding.CompanyB);
            var neighbour = described
                .Where(other => other.Finding.Date is { Source: DateSource.Text, Precision: DatePrecision.Day or DatePrecision.Month }
                    && other.Finding.IsPlanned == finding.Finding.IsPlanned
                    && Math.Abs(other.Sentence - finding.Sentence) <= NeighbourSentences
                    && PairKey(other.Finding.CompanyA, other.Finding.CompanyB) == pair)
                .OrderBy(other => Math.Abs(other.Sentence - finding.Sentence))
                .ThenBy(other => other.Sentence)
                .FirstOrDefault();
            yield return neighbour is null ? finding : finding with { Finding = finding.Finding with { Date = neighbour.Finding.Date } };
        }
    }

    /// <summary>
    /// Dates each finding of the headline that only the publication dates by the day the article's lead gives
    /// the deal: the first date written in a sentence of its first paragraphs that names one of the two
    /// companies, or the lead's dateline (IT之家3月8日消息). The headline tells what the lead tells.
    /// </summary>
    /// <param name="headlineFindings">What <see cref="Find"/> found in the headline.</param>
    /// <param name="cleanText">The article's clean text.</param>
    /// <param name="mentions">The company mentions tagged in <paramref name="cleanText"/>.</param>
    /// <param name="published">Publication time; null when unknown.</param>
    public static IReadOnlyList<PartnershipFinding> DateByLead(
        IReadOnlyList<PartnershipFinding> headlineFindings, string cleanText, IReadOnlyList<CompanyMention> mentions, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(headlineFindings);
        ArgumentNullException.ThrowIfNull(cleanText);
        ArgumentNullException.ThrowIfNull(mentions);
        if (!headlineFindings.Any(f => f.Date.Source == DateSource.Published))
        {
            return headlineFindings;
        }

        var text = CompactText.Create(cleanText);
        var dates = new EventDateResolver(text, TextLayout.Build(text), published);
        return [.. headlineFindings.Select(finding =>
        {
            if (finding.Date.Source != DateSource.Published)
            {
                return finding;
            }

            var starts = mentions
                .Where(m => m.Group == finding.CompanyA.Group || m.Group == finding.CompanyB.Group)
                .Select(m => text.FromOriginal(m.Start))
                .ToList();
            return dates.LeadDate(starts) is { } lead ? finding with { Date = lead } : finding;
        })];
    }

    /// <summary>
    /// Of the findings of one pair in one sentence, what happened before what is planned, then the stage
    /// that says most, then the surest; talks in the same clause (正在洽谈合作) make it talks.
    /// </summary>
    private static Described MostTelling(IEnumerable<Described> findings)
    {
        var all = findings.ToList();
        var best = all
            .OrderByDescending(f => !f.Finding.IsPlanned)
            .ThenByDescending(f => StageRank(f.Finding.Stage))
            .ThenByDescending(f => f.Finding.Confidence)
            .First();
        return all.Any(f => f.Finding.Stage == PartnershipStage.Talks && f.Clause == best.Clause)
            ? best with { Finding = best.Finding with { Stage = PartnershipStage.Talks } }
            : best;
    }

    private static Described Describe(string cleanText, CompactText text, EventDateResolver dates, IReadOnlyList<Participant> participants, PairLink link)
    {
        var clause = link.Clause.Span;
        var trigger = link.Trigger;
        var beforeTrigger = text.Slice(clause.Start, trigger.Start);
        var planned = IsPlanned(text, beforeTrigger, clause.Start, participants);
        var toldBefore = text.Slice(link.Sentence.Span.Start, trigger.Start);
        var rumour = Cues.ContainsAny(toldBefore, Cues.Rumour);
        var hearsay = Cues.ContainsAny(toldBefore, Cues.Hearsay);
        var stage = rumour || (hearsay && trigger.Stage == PartnershipStage.Agreement) ? PartnershipStage.Talks : trigger.Stage;
        var date = dates.Resolve(link.Sentence, clause, trigger.Start, planned);

        // The evidence starts where its subject was named, when an earlier sentence named it.
        var first = link.SubjectSentence.Index < link.Sentence.Index ? link.SubjectSentence : link.Sentence;
        var evidenceStart = text.ToOriginal(first.Span.Start);
        var evidenceEnd = text.ToOriginalEnd(link.Sentence.Span.End);
        var triggerStart = text.ToOriginal(trigger.Start);

        var finding = new PartnershipFinding(
            CompanyA: link.Subject.Mention,
            CompanyB: link.Object.Mention,
            Stage: stage,
            IsPlanned: planned,
            Date: date,
            Evidence: cleanText[evidenceStart..evidenceEnd],
            EvidenceStart: evidenceStart,
            Trigger: cleanText[triggerStart..text.ToOriginalEnd(trigger.End)],
            TriggerStart: triggerStart,
            Confidence: Confidence(link, rumour || hearsay, planned));
        return new Described(
            finding, link.Object.Start, link.Clause.Span.Start, rumour || hearsay || stage == PartnershipStage.Talks, link.Sentence.Index,
            MovesAway: Cues.ContainsAny(toldBefore, Cues.Sequence));
    }

    /// <summary>将, 计划, 拟 … before the cooperation word; 将 followed by its object (华为将问界商标转让给……) is no future.</summary>
    private static bool IsPlanned(CompactText text, ReadOnlySpan<char> beforeTrigger, int offset, IReadOnlyList<Participant> participants)
    {
        foreach (var cue in Cues.Planned)
        {
            var from = 0;
            while (from <= beforeTrigger.Length && beforeTrigger[from..].IndexOf(cue, StringComparison.Ordinal) is var found and >= 0)
            {
                from += found;
                var next = offset + from + cue.Length;
                var objectMarker = cue == "将" && next < text.Length
                    && ("其该这此之它「“".Contains(text[next], StringComparison.Ordinal) || participants.Any(p => p.Start == next));
                if (!objectMarker)
                {
                    return true;
                }

                from++;
            }
        }

        return false;
    }

    /// <summary>
    /// How sure the link is: the cooperation word's own strength, less for a subject carried from
    /// elsewhere, for a rumour, a plan, or one company of a long list.
    /// </summary>
    private static double Confidence(PairLink link, bool rumour, bool planned)
    {
        var confidence = link.Trigger.Trigger.Strength switch
        {
            TriggerStrength.Strong => 0.9,
            TriggerStrength.Medium => 0.8,
            _ => 0.65,
        };
        confidence -= link.Source switch
        {
            SubjectSource.Clause or SubjectSource.Possessor => 0.0,
            SubjectSource.EarlierSentence => 0.1,
            SubjectSource.Neighbour => 0.15,
            _ => 0.05,
        };
        confidence -= rumour ? 0.1 : 0.0;
        confidence -= planned ? 0.05 : 0.0;
        confidence -= link.ListSize > 2 ? 0.05 : 0.0;
        return Math.Round(Math.Clamp(confidence, 0.05, 0.99), ConfidenceDecimals);
    }

    private static (string, string) PairKey(CompanyMention a, CompanyMention b) =>
        string.CompareOrdinal(a.Group, b.Group) <= 0 ? (a.Group, b.Group) : (b.Group, a.Group);

    /// <summary>The more a stage says, the higher: a joint venture says more than an agreement.</summary>
    private static int StageRank(PartnershipStage stage) => stage switch
    {
        PartnershipStage.JointVenture => 4,
        PartnershipStage.Investment => 3,
        PartnershipStage.Supply => 2,
        PartnershipStage.Agreement => 1,
        _ => 0,
    };
}
