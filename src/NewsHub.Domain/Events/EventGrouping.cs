namespace NewsHub.Domain.Events;

/// <summary>An article's partnership mention, as grouping sees it: its pair (group ids in stored order), stage and date.</summary>
/// <param name="CompanyAId">The group with the smaller id.</param>
/// <param name="CompanyBId">The group with the larger id.</param>
/// <param name="Stage">The stage its sentence tells.</param>
/// <param name="Date">The date its sentence gives, or the publication's, or none.</param>
public sealed record MentionToGroup(int CompanyAId, int CompanyBId, PartnershipStage Stage, PartialDate Date);

/// <summary>An event a mention may join: one already stored, or one the article being filed starts (<see cref="IsNew"/>).</summary>
/// <param name="Id">The event's id (reserved before it is stored, for a new one).</param>
/// <param name="CompanyAId">The group with the smaller id.</param>
/// <param name="CompanyBId">The group with the larger id.</param>
/// <param name="Stage">The furthest stage its mentions tell.</param>
/// <param name="Stages">Every stage its mentions tell: a report of any of them may join it.</param>
/// <param name="Date">Its date.</param>
/// <param name="SortDate">The day it is ordered by, which places a date without a year or none.</param>
/// <param name="IsNew">True for an event the article starts.</param>
public sealed record EventCandidate(
    long Id, int CompanyAId, int CompanyBId, PartnershipStage Stage, HashSet<PartnershipStage> Stages, PartialDate Date, DateOnly? SortDate, bool IsNew);

/// <summary>
/// Decides which event each partnership mention of an article reports: the rule of "one announcement, one
/// event", kept apart from its storage so that it can be read and tested on its own.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Within the article, the mentions of one pair dated within <see cref="SameArticleDays"/> of each other
/// tell one announcement, whatever stages they give (a signing and the supply it plans; the headline and the
/// body). Mentions the text leaves undated (此前……投资: background) are told apart from the dated ones.</item>
/// <item>Each such announcement joins the stored event of the pair nearest in date within the window whose
/// reports tell one of its stages; else it starts an event, at the furthest stage it tells and on the date most
/// of its mentions give (<see cref="EventDateVote"/>). An announcement with no date, in an article with no
/// publication day, joins no stored event: nothing places it in time.</item>
/// </list>
/// </remarks>
public static class EventGrouping
{
    /// <summary>How many days apart one article's mentions of a pair may be dated and still tell one announcement.</summary>
    public const int SameArticleDays = 7;

    /// <summary>The event each of <paramref name="mentions"/> joins, in their order.</summary>
    /// <param name="mentions">One article's mentions.</param>
    /// <param name="published">The article's publication day in China, which places dates without a year.</param>
    /// <param name="candidates">The stored events of the mentions' pairs; the events started here are added to it.</param>
    /// <param name="newEventId">Gives the id of each event started here.</param>
    /// <param name="windowDays">How far apart in days reports of one event may be dated across articles.</param>
    public static IReadOnlyList<EventCandidate> Assign(
        IReadOnlyList<MentionToGroup> mentions, DateOnly? published, List<EventCandidate> candidates, Func<long> newEventId, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(newEventId);
        var assigned = new EventCandidate[mentions.Count];
        foreach (var announcement in Announcements(mentions, published))
        {
            var date = EventDateVote.Of([.. announcement.Select(i => mentions[i].Date)]);
            var first = mentions[announcement[0]];
            var stages = announcement.Select(i => mentions[i].Stage).ToHashSet();
            var span = EventDates.SpanOf(date, published);
            var match = candidates
                .Where(e => e.CompanyAId == first.CompanyAId && e.CompanyBId == first.CompanyBId && e.Stages.Overlaps(stages))
                // With neither a date nor a publication day nothing places a report in time, so nothing says that two
                // articles tell one announcement (years may lie between them): such a report joins only an event its
                // own article started, never a stored one, else every undated report of a pair and stage became one event.
                .Where(e => span is not null || e.IsNew)
                .Select(e => (Event: e, Apart: DaysApart(span, EventDates.SpanOf(e.Date, e.SortDate))))
                .Where(c => c.Apart is { } days && days <= windowDays)
                .OrderBy(c => c.Apart)
                .Select(c => c.Event)
                .FirstOrDefault();
            if (match is null)
            {
                match = new EventCandidate(
                    newEventId(), first.CompanyAId, first.CompanyBId, EventStages.Furthest(stages), stages, date,
                    EventDates.SortDateOf(date, published), IsNew: true);
                candidates.Add(match);
            }
            else
            {
                match.Stages.UnionWith(stages);
            }

            foreach (var index in announcement)
            {
                assigned[index] = match;
            }
        }

        return assigned;
    }

    /// <summary>
    /// The article's mentions gathered into announcements (as indexes into <paramref name="mentions"/>): per
    /// pair, dated mentions chained by dates at most <see cref="SameArticleDays"/> apart, and the undated ones
    /// together.
    /// </summary>
    private static IEnumerable<List<int>> Announcements(IReadOnlyList<MentionToGroup> mentions, DateOnly? published)
    {
        var byPair = Enumerable.Range(0, mentions.Count).GroupBy(i => (mentions[i].CompanyAId, mentions[i].CompanyBId));
        foreach (var pair in byPair)
        {
            var undated = pair.Where(i => mentions[i].Date.Precision == DatePrecision.None).ToList();
            if (undated.Count > 0)
            {
                yield return undated;
            }

            var dated = pair
                .Where(i => mentions[i].Date.Precision != DatePrecision.None)
                .Select(i => (Index: i, Span: EventDates.SpanOf(mentions[i].Date, published)))
                .OrderBy(m => m.Span?.Start ?? DateOnly.MinValue)
                .ToList();
            var current = new List<int>();
            DateSpan? reach = null;
            foreach (var (index, span) in dated)
            {
                if (current.Count > 0 && DaysApart(reach, span) is not (>= 0 and <= SameArticleDays))
                {
                    yield return current;
                    current = [];
                    reach = null;
                }

                current.Add(index);
                reach = reach is { } r && span is { } s ? new DateSpan(r.Start, s.End > r.End ? s.End : r.End) : span;
            }

            if (current.Count > 0)
            {
                yield return current;
            }
        }
    }

    private static int? DaysApart(DateSpan? a, DateSpan? b) => (a, b) switch
    {
        ({ } first, { } second) => first.DaysApart(second),
        (null, null) => 0,
        _ => null,
    };
}
