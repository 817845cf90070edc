using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>The one order events are listed in, so pages, the API and exports agree.</summary>
public static class EventOrder
{
    /// <summary>Newest first by <see cref="PartnershipEvent.SortDate"/>, undated events last, ties by id (newest first) so paging is stable.</summary>
    public static IOrderedQueryable<PartnershipEvent> NewestFirst(this IQueryable<PartnershipEvent> events) =>
        events.OrderBy(e => e.SortDate == null).ThenByDescending(e => e.SortDate).ThenByDescending(e => e.Id);
}
