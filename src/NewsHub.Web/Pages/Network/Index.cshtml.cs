using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Caching;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Network;

/// <summary>
/// Companies as dots and partnerships as lines, for the events dated in a year range, drawn on the server
/// as SVG, with a table of the same pairs beside it for screen readers and for reading exact figures.
/// </summary>
public class IndexModel(NewsHubDbContext db, CurrentReferenceData reference) : PageModel
{
    /// <summary>Beyond this many companies the drawing is a hairball; the table still lists every pair.</summary>
    public const int MaxDrawnCompanies = 40;

    /// <summary>First year shown (query string <c>from</c>), or null for no lower bound.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public int? FromYear { get; set; }

    /// <summary>Last year shown (query string <c>to</c>), or null for no upper bound.</summary>
    [BindProperty(SupportsGet = true, Name = "to")]
    public int? ToYear { get; set; }

    /// <summary>The years that have dated events, oldest first, for the range pickers.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>Every pair with events in the range, most events first.</summary>
    public IReadOnlyList<PairRow> Pairs { get; private set; } = [];

    /// <summary>The drawing: its size and the companies drawn, with their places.</summary>
    public NetworkDrawing Drawing { get; private set; } = new(0, 0, []);

    /// <summary>The companies drawn, with their places.</summary>
    public IReadOnlyList<PlacedCompany> Drawn => Drawing.Companies;

    /// <summary>The lines drawn: the pairs whose two companies are both drawn, thin ones first.</summary>
    public IReadOnlyList<DrawnLine> Lines { get; private set; } = [];

    /// <summary>Each drawn company's lines, drawn again over the others while its dot is hovered or focused.</summary>
    public ILookup<int, DrawnLine> LinesOf { get; private set; } = Array.Empty<DrawnLine>().ToLookup(l => 0);

    public int CompanyCount { get; private set; }

    /// <summary>The year range as a timeline filter, for the export links.</summary>
    public EventFilter Range { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (FromYear > ToYear)
        {
            (FromYear, ToYear) = (ToYear, FromYear);
        }

        Years = await db.PartnershipEvents.AsNoTracking()
            .Where(e => e.SortDate != null)
            .Select(e => e.SortDate!.Value.Year)
            .Distinct()
            .OrderBy(y => y)
            .ToListAsync(cancellationToken);

        // The timeline's rules: a bare year as a range bound means its whole year, and events whose
        // articles are all gone from their folders are not shown.
        Range = new EventFilter
        {
            From = FromYear?.ToString(CultureInfo.InvariantCulture),
            To = ToYear?.ToString(CultureInfo.InvariantCulture),
        };
        var criteria = await EventCriteria.ResolveAsync(db, reference, Range, cancellationToken);
        var events = criteria.Apply(db.PartnershipEvents.AsNoTracking());

        // Grouped here rather than in SQL: the first and latest dates are shown at their precision (a year-only
        // event is "2024", not its sort date 2024-01-01), so each pair needs the dates of its events, not their minimum.
        var dated = await events
            .Select(e => new { e.CompanyAId, e.CompanyBId, e.ArticleCount, e.SortDate, e.Date })
            .ToListAsync(cancellationToken);
        var edges = dated
            .GroupBy(e => (e.CompanyAId, e.CompanyBId))
            .Select(g =>
            {
                var known = g.Where(e => e.SortDate is not null).OrderBy(e => e.SortDate).ThenBy(e => e.Date.Precision == DatePrecision.Year).ToList();
                return new NetworkEdge(g.Key.CompanyAId, g.Key.CompanyBId, g.Count(), g.Sum(e => e.ArticleCount), known.FirstOrDefault()?.Date, known.LastOrDefault()?.Date);
            })
            .ToList();

        var eventCounts = edges.SelectMany(e => new[] { (Id: e.CompanyAId, e.EventCount), (Id: e.CompanyBId, e.EventCount) })
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.EventCount));
        var ids = eventCounts.Keys.ToList();
        var companies = (await db.Companies.AsNoTracking()
                .Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.CanonicalName, c.Role, c.Status })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id, c => new NetworkCompany(c.Id, c.CanonicalName, c.Role, eventCounts[c.Id]) { Unreviewed = c.Status == CompanyStatus.Discovered });
        CompanyCount = companies.Count;

        Pairs = [.. edges
            .Select(e => new PairRow(companies[e.CompanyAId], companies[e.CompanyBId], e))
            .OrderByDescending(p => p.Edge.EventCount).ThenByDescending(p => p.Edge.ArticleCount)
            .ThenBy(p => p.A.Name, StringComparer.Ordinal).ThenBy(p => p.B.Name, StringComparer.Ordinal)];

        var drawnCompanies = companies.Values
            .OrderByDescending(c => c.EventCount).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id)
            .Take(MaxDrawnCompanies)
            .ToList();
        var drawnIds = drawnCompanies.Select(c => c.Id).ToHashSet();
        var drawnEdges = edges.Where(e => drawnIds.Contains(e.CompanyAId) && drawnIds.Contains(e.CompanyBId)).ToList();
        Drawing = NetworkLayout.Place(drawnCompanies, drawnEdges);
        var byId = Drawn.ToDictionary(p => p.Company.Id);
        Lines = [.. drawnEdges
            .OrderBy(e => e.EventCount) // thick lines last, on top
            .Select(e => new DrawnLine(byId[e.CompanyAId], byId[e.CompanyBId], e, NetworkLayout.PathOf(byId[e.CompanyAId], byId[e.CompanyBId])))];
        LinesOf = Lines.SelectMany(l => new[] { (Id: l.A.Company.Id, Line: l), (Id: l.B.Company.Id, Line: l) }).ToLookup(x => x.Id, x => x.Line);
    }

    /// <summary>A line of the drawing: a pair, its events and its SVG path.</summary>
    public sealed record DrawnLine(PlacedCompany A, PlacedCompany B, NetworkEdge Edge, string Path);

    /// <summary>A row of the table: a pair and its events in the range.</summary>
    public sealed record PairRow(NetworkCompany A, NetworkCompany B, NetworkEdge Edge);
}
