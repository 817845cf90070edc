using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Web.Caching;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages;

/// <summary>
/// The timeline, NewsHub's home: partnership events newest first, grouped by year and month, narrowed
/// by the filters in the query string and paged on the server.
/// </summary>
public class IndexModel(NewsHubDbContext db, CurrentReferenceData reference) : PageModel
{
    public const int PageSize = 30;

    /// <summary>The filters, bound from the query string (<c>?company=北汽&amp;from=2015-01</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public EventFilter Filter { get; set; } = new();

    /// <summary>The page asked for (<c>?page=2</c>); not a bound property, since Razor Pages keeps the page's own name in the route value "page".</summary>
    public int? PageNumber { get; private set; }

    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        PageNumber = page;
        var data = await reference.GetAsync(cancellationToken);
        var criteria = EventCriteria.Resolve(db, data, Filter);
        var matching = criteria.Apply(db.PartnershipEvents.AsNoTracking());
        (int, int)? known = criteria.IsUnfiltered ? (data.VisibleEvents, data.VisibleDatedEvents) : null;
        var (paging, ids) = await EventPage.LoadAsync(matching, PageNumber, PageSize, known, cancellationToken);
        var cards = await EventCards.LoadAsync(db, data, ids, cancellationToken);
        Data = new Result(criteria, paging, TimelineYear.Group(cards), data.GroupNameOptions);
    }

    /// <summary>The address of another page of the same filtered timeline.</summary>
    public string UrlForPage(int page) =>
        "/" + Data.Criteria.Filter.ToQueryString(new KeyValuePair<string, string?>("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));

    /// <summary>What the page shows.</summary>
    /// <param name="Criteria">The filters as understood.</param>
    /// <param name="Paging">Which page of how many events.</param>
    /// <param name="Years">This page's events by year and month.</param>
    /// <param name="GroupNameOptions">Every company group, as the filter form's suggestions.</param>
    public sealed record Result(EventCriteria Criteria, Paging Paging, IReadOnlyList<TimelineYear> Years, IHtmlContent GroupNameOptions);
}
