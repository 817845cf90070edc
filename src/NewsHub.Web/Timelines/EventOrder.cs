using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>The one order events are listed in, so pages, the API and exports agree.</summary>
public static class EventOrder
{
    /// <summary>
    /// Newest first by <see cref="PartnershipEvent.SortDate"/>, undated events last, ties by id (newest first) so paging is stable.
    /// Events known only to their year sort on its 1 January; they come after the year's dated events of that day, so
    /// that they close their year together and the timeline can show them as one "whole year" group.
    /// </summary>
    public static IOrderedQueryable<PartnershipEvent> NewestFirst(this IQueryable<PartnershipEvent> events) =>
        events.OrderBy(e => e.SortDate == null).ThenByDescending(e => e.SortDate).ThenBy(e => e.Date.Precision == DatePrecision.Year).ThenByDescending(e => e.Id);
}
