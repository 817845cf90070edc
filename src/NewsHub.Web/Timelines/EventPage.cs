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
    public static async Task<(Paging Paging, IReadOnlyList<long> Ids)> LoadAsync(
        IQueryable<PartnershipEvent> events, int? pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var counts = await events
            .GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Dated = g.Count(e => e.SortDate != null) })
            .SingleOrDefaultAsync(cancellationToken);
        var (total, dated) = counts is null ? (0, 0) : (counts.Total, counts.Dated);
        var paging = Paging.Of(pageNumber, pageSize, total);

        var ids = new List<long>(paging.Take);
        if (paging.Skip < dated)
        {
            ids.AddRange(await events
                .Where(e => e.SortDate != null)
                .OrderByDescending(e => e.SortDate).ThenByDescending(e => e.Id)
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
}
