using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>The events of one year on a timeline page, by month; <see cref="Year"/> is null for undated events.</summary>
public sealed record TimelineYear(int? Year, IReadOnlyList<TimelineMonth> Months)
{
    /// <summary>
    /// Groups cards already in timeline order (newest first, undated last, <see cref="EventOrder"/>), keeping that order.
    /// Events known only to their year make a group of their own without a month: their sort date, 1 January, would
    /// file them under January, a month nobody said.
    /// </summary>
    public static IReadOnlyList<TimelineYear> Group(IEnumerable<EventCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var years = new List<TimelineYear>();
        foreach (var byYear in cards.ChunkBy(c => c.SortDate?.Year))
        {
            var months = byYear.ChunkBy(c => c.Date.Precision == DatePrecision.Year ? null : c.SortDate?.Month)
                .Select(byMonth => new TimelineMonth(byYear.Key, byMonth.Key, byMonth.ToList()))
                .ToList();
            years.Add(new TimelineYear(byYear.Key, months));
        }

        return years;
    }
}

/// <summary>The events of one month; <see cref="Month"/> is null for undated events and for those known only to their year.</summary>
public sealed record TimelineMonth(int? Year, int? Month, IReadOnlyList<EventCard> Events)
{
    /// <summary>True for the group of a year's events whose month is not known.</summary>
    public bool IsWholeYear => Year is not null && Month is null;
}

internal static class ChunkByExtensions
{
    /// <summary>Runs of consecutive items with the same key (unlike GroupBy, which would merge runs and lose the order).</summary>
    public static IEnumerable<IGrouping<TKey, T>> ChunkBy<T, TKey>(this IEnumerable<T> items, Func<T, TKey> key)
    {
        var comparer = EqualityComparer<TKey>.Default;
        List<T>? run = null;
        TKey current = default!;
        foreach (var item in items)
        {
            var itemKey = key(item);
            if (run is null || !comparer.Equals(itemKey, current))
            {
                if (run is not null)
                {
                    yield return new Run<TKey, T>(current, run);
                }

                run = [];
                current = itemKey;
            }

            run.Add(item);
        }

        if (run is not null)
        {
            yield return new Run<TKey, T>(current, run);
        }
    }

    private sealed class Run<TKey, T>(TKey key, List<T> items) : IGrouping<TKey, T>
    {
        public TKey Key => key;

        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
