namespace NewsHub.Domain.Events;

/// <summary>What an event's summary is made from: one of its mentions, with the publication day of the mention's article.</summary>
/// <param name="EventId">The event the mention reports.</param>
/// <param name="ArticleId">The article it is in.</param>
/// <param name="Stage">The stage its sentence tells.</param>
/// <param name="Date">The date its sentence gives (or the publication's).</param>
/// <param name="IsPlanned">True when its sentence tells a plan.</param>
/// <param name="Confidence">How sure its finding is.</param>
/// <param name="ArticlePublishedOn">The publication day of its article in China.</param>
public sealed record EventMentionFacts(
    long EventId, long ArticleId, PartnershipStage Stage, PartialDate Date, bool IsPlanned, double Confidence, DateOnly? ArticlePublishedOn)
{
    /// <summary>The day this mention alone would order the event by.</summary>
    public DateOnly? SortDate => EventDates.SortDateOf(Date, ArticlePublishedOn);
}

/// <summary>
/// What an event says about itself, derived from all its mentions: how many articles report it, how
/// certain it is, the furthest stage they tell and whether it is only planned, and its date.
/// </summary>
/// <param name="ArticleCount">Articles reporting it.</param>
/// <param name="Confidence">1 − ∏(1 − the best confidence of each article): independent reports make it surer.</param>
/// <param name="Stage">The furthest stage its mentions tell (<see cref="EventStages"/>).</param>
/// <param name="IsPlanned">True when every mention of that stage tells it as a plan.</param>
/// <param name="Date">The date most of its dated mentions give, at the finest precision they agree on (<see cref="EventDateVote"/>).</param>
/// <param name="SortDate">The day it is ordered and filtered by.</param>
public sealed record EventSummary(int ArticleCount, double Confidence, PartnershipStage Stage, bool IsPlanned, PartialDate Date, DateOnly? SortDate)
{
    /// <summary>The summary of an event with these mentions (at least one).</summary>
    public static EventSummary Of(IReadOnlyCollection<EventMentionFacts> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentOutOfRangeException.ThrowIfZero(mentions.Count);

        var doubt = mentions.GroupBy(m => m.ArticleId).Aggregate(1.0, (product, article) => product * (1 - Math.Clamp(article.Max(m => m.Confidence), 0, 1)));
        var stage = EventStages.Furthest(mentions.Select(m => m.Stage));
        var date = EventDateVote.Of([.. mentions.Select(m => m.Date)]);

        // A date without its year, or none, is placed by the earliest publication among the mentions that give it.
        var published = mentions.Where(m => SameDate(m.Date, date)).Min(m => m.ArticlePublishedOn)
            ?? mentions.Min(m => m.ArticlePublishedOn);

        return new EventSummary(
            mentions.Select(m => m.ArticleId).Distinct().Count(),
            1 - doubt,
            stage,
            mentions.Where(m => m.Stage == stage).All(m => m.IsPlanned),
            date,
            EventDates.SortDateOf(date, published));
    }

    private static bool SameDate(PartialDate a, PartialDate b) =>
        (a.Year, a.Month, a.Day, a.Precision) == (b.Year, b.Month, b.Day, b.Precision);
}
