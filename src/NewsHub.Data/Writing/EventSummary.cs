using NewsHub.Data.Entities;

namespace NewsHub.Data.Writing;

/// <summary>What an event's summary is made from: one of its mentions, with the publication day of the mention's article.</summary>
internal sealed record EventMentionFacts(
    long EventId, long ArticleId, int? Year, int? Month, int? Day, DatePrecision Precision, DateSource Source,
    bool IsPlanned, double Confidence, DateOnly? ArticlePublishedOn)
{
    public PartialDate Date => new() { Year = Year, Month = Month, Day = Day, Precision = Precision, Source = Source };

    public DateOnly? SortDate => EventDates.SortDateOf(Date, ArticlePublishedOn);

    /// <summary>Mentions with equal keys give the same date (the source of the date aside).</summary>
    public (int? Year, int? Month, int? Day, DatePrecision Precision) DateKey => (Year, Month, Day, Precision);
}

/// <summary>
/// What an event says about itself, derived from all its mentions: how many articles report it, how
/// certain it is, whether it is only planned, and its date.
/// </summary>
internal sealed record EventSummary(int ArticleCount, double Confidence, bool IsPlanned, PartialDate Date, DateOnly? SortDate)
{
    /// <summary>The summary of an event with these mentions (at least one).</summary>
    public static EventSummary Of(IReadOnlyCollection<EventMentionFacts> mentions)
    {
        ArgumentOutOfRangeException.ThrowIfZero(mentions.Count);

        // Independent reports make an event more certain: 1 − ∏(1 − best confidence of each article).
        var doubt = mentions.GroupBy(m => m.ArticleId).Aggregate(1.0, (product, article) => product * (1 - Math.Clamp(article.Max(m => m.Confidence), 0, 1)));

        // The date that says the most, then the one most mentions agree on, then the earliest. A widely
        // reported event has hundreds of mentions: count the agreeing ones once, not for each mention.
        var agreeing = mentions.CountBy(m => m.DateKey).ToDictionary();
        var best = mentions
            .OrderByDescending(m => EventDates.Informativeness(m.Date))
            .ThenByDescending(m => agreeing[m.DateKey])
            .ThenBy(m => m.SortDate ?? DateOnly.MaxValue)
            .First();

        return new EventSummary(
            mentions.Select(m => m.ArticleId).Distinct().Count(),
            1 - doubt,
            mentions.All(m => m.IsPlanned),
            best.Date,
            best.SortDate);
    }
}
