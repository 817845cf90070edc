using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>
/// Which events readers see: an event is hidden once every article reporting it is gone from its
/// folders (<see cref="ArticleStatus.Missing"/>). Hidden events are found from the missing articles,
/// which are few, rather than by checking every event for a present article, which made each timeline
/// query join all mentions to all articles.
/// </summary>
public static class EventVisibility
{
    /// <summary>The ids of the events whose articles are all missing.</summary>
    public static async Task<IReadOnlyList<long>> HiddenEventIdsAsync(NewsHubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.PartnershipMentions
            .Where(m => m.Article.Status == ArticleStatus.Missing)
            .Select(m => m.EventId)
            .Distinct()
            .Where(id => !db.PartnershipMentions.Any(other => other.EventId == id && other.Article.Status == ArticleStatus.Active))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The events of <paramref name="events"/> that are not among <paramref name="hiddenIds"/>.</summary>
    public static IQueryable<PartnershipEvent> Except(IQueryable<PartnershipEvent> events, IReadOnlyList<long> hiddenIds)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(hiddenIds);
        if (hiddenIds.Count == 0)
        {
            return events;
        }

        var hidden = hiddenIds as List<long> ?? [.. hiddenIds];
        return events.Where(e => !hidden.Contains(e.Id));
    }
}
