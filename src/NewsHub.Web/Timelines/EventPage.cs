using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using NewsHub.Web.Pages;

namespace NewsHub.Web.Timelines;

/// <summary>
/// One page of events in timeline order (<see cref="EventOrder.NewestFirst"/>): dated events newest
/// first, then the undated. The two runs are read separately, so that the dated one walks the
/// sort_date index backwards and stops after a page, where one combined order (sort_date IS NULL
/// first) would sort every matching event on each request.
/// </summary>
public static class EventPage
{
    /// <summary>Which page of how many events, and the ids on it in timeline order.</summary>
    /// <param name="events">The matching events.</param>
    /// <param name="pageNumber">The page asked for.</param>
    /// <param name="pageSize">Events a page.</param>
    /// <param name="known">How many events match and how many of them have a date, when the caller knows
    /// (the unfiltered timeline's totals are reference data); null to count them.</param>
    /// <param name="cancellationToken">Ends the queries.</param>
    public static async Task<(Paging Paging, IReadOnlyList<long> Ids)> LoadAsync(
        IQueryable<PartnershipEvent> events, int? pageNumber, int pageSize, (int Total, int Dated)? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var (total, dated) = known ?? await CountAsync(events, cancellationToken);
        var paging = Paging.Of(pageNumber, pageSize, total);

        var ids = new List<long>(paging.Take);
        if (paging.Skip < dated)
        {
            ids.AddRange(await events
                .Where(e => e.SortDate != null)
                .OrderByDescending(e => e.SortDate).ThenBy(e => e.Date.Precision == DatePrecision.Year).ThenByDescending(e => e.Id)
                .Skip(paging.Skip).Take(paging.Take)
                .Select(e => e.Id)
                .ToListAsync(cancellationToken));
        }

        if (ids.Count < paging.Take && total > dated)
        {
            ids.AddRange(await events
                .Where(e => e.SortDate == null)
                .OrderByDescending(e => e.Id)
                .Skip(Math.Max(0, paging.Skip - dated)).Take(paging.Take - ids.Count)
                .Select(e => e.Id)
                .ToListAsync(cancellationToken));
        }

        return (paging, ids);
    }

    /// <summary>How many events match, and how many of them have a date.</summary>
    public static async Task<(int Total, int Dated)> CountAsync(IQueryable<PartnershipEvent> events, CancellationToken cancellationToken)
    {
        var counts = await events
            .GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Dated = g.Count(e => e.SortDate != null) })
            .SingleOrDefaultAsync(cancellationToken);
        return counts is null ? (0, 0) : (counts.Total, counts.Dated);
    }
}
