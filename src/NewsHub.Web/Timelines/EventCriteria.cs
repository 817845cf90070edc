using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Caching;

namespace NewsHub.Web.Timelines;

/// <summary>Something in an <see cref="EventFilter"/> that could not be used, for the page to explain.</summary>
/// <param name="Field">The query-string key: company, partner, role, stage, from or to; range for bounds given
/// the wrong way round (then used swapped).</param>
/// <param name="Value">What the reader gave; for range, <c>from/to</c> as given.</param>
public sealed record FilterProblem(string Field, string Value);

/// <summary>
/// An <see cref="EventFilter"/> checked against the catalog: company names resolved to groups, role,
/// stage and months parsed. <see cref="Apply"/> narrows any query over partnership events, so the
/// timeline, the JSON API and the CSV export show the same events for the same query string.
/// </summary>
public sealed class EventCriteria
{
    // The text filter looks up titles and evidence through the context the criteria were resolved with.
    private readonly NewsHubDbContext db;

    private EventCriteria(EventFilter filter, NewsHubDbContext db)
    {
        Filter = filter;
        this.db = db;
    }

    /// <summary>The filter as the reader gave it.</summary>
    public EventFilter Filter { get; }

    /// <summary>The group chosen, if any; with <see cref="Partner"/>, one side of a pair.</summary>
    public CompanyGroup? Company { get; private set; }

    /// <summary>The other group of a pair.</summary>
    public CompanyGroup? Partner { get; private set; }

    public CompanyRole? Role { get; private set; }

    public PartnershipStage? Stage { get; private set; }

    public YearMonth? From { get; private set; }

    public YearMonth? To { get; private set; }

    /// <summary>The free text, trimmed; null when empty.</summary>
    public string? Text { get; private set; }

    /// <summary>Values that could not be used. An unknown company makes the result empty; other problems are ignored values.</summary>
    public IReadOnlyList<FilterProblem> Problems { get; private set; } = [];

    /// <summary>Events whose articles are all missing, hidden from every list (<see cref="EventVisibility"/>).</summary>
    public IReadOnlyList<long> HiddenEventIds { get; private set; } = [];

    /// <summary>True when nothing narrows the events, so that the reference data's totals hold for them.</summary>
    public bool IsUnfiltered => Company is null && Partner is null && Role is null && Stage is null && From is null && To is null && Text is null && !HasUnknownCompany;

    /// <summary>True when a company was named that the catalog does not know: nothing can match.</summary>
    public bool HasUnknownCompany => Problems.Any(p => p.Field is "company" or "partner");

    /// <summary>Checks <paramref name="filter"/> against the catalog, as of this request's data.</summary>
    public static async Task<EventCriteria> ResolveAsync(NewsHubDbContext db, CurrentReferenceData reference, EventFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Resolve(db, await reference.GetAsync(cancellationToken), filter);
    }

    /// <summary>Checks <paramref name="filter"/> against the catalog of <paramref name="reference"/>.</summary>
    public static EventCriteria Resolve(NewsHubDbContext db, ReferenceData reference, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(filter);
        var criteria = new EventCriteria(filter, db);
        var problems = new List<FilterProblem>();

        criteria.Company = ResolveCompany(reference, "company", filter.Company, problems);
        criteria.Partner = ResolveCompany(reference, "partner", filter.Partner, problems);
        if (criteria.Company is null && criteria.Partner is not null && !problems.Any(p => p.Field == "company"))
        {
            // A partner alone is just a company.
            (criteria.Company, criteria.Partner) = (criteria.Partner, null);
        }

        if (criteria.Company is not null && criteria.Partner?.Id == criteria.Company.Id)
        {
            criteria.Partner = null;
        }

        if (!string.IsNullOrWhiteSpace(filter.Role))
        {
            if (QueryValues.TryParseRole(filter.Role, out var role))
            {
                criteria.Role = role;
            }
            else
            {
                problems.Add(new FilterProblem("role", filter.Role));
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Stage))
        {
            if (QueryValues.TryParseStage(filter.Stage, out var stage))
            {
                criteria.Stage = stage;
            }
            else
            {
                problems.Add(new FilterProblem("stage", filter.Stage));
            }
        }

        criteria.From = ParseMonth("from", filter.From, endOfRange: false, problems);
        criteria.To = ParseMonth("to", filter.To, endOfRange: true, problems);
        if (criteria.From > criteria.To)
        {
            // The reader swapped the bounds. Swapping the months read would turn from=2025&to=2020 into
            // 2020-12..2025-01 and lose most of both years: read each value again as the bound it becomes.
            criteria.From = ParseMonth("to", filter.To, endOfRange: false, problems);
            criteria.To = ParseMonth("from", filter.From, endOfRange: true, problems);
            problems.Add(new FilterProblem("range", $"{filter.From!.Trim()}/{filter.To!.Trim()}"));
        }

        criteria.Text = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text.Trim();
        criteria.Problems = problems;
        criteria.HiddenEventIds = reference.HiddenEventIds;
        return criteria;
    }

    /// <summary>
    /// The events that match, among those still reported by an article that is present: an event whose
    /// articles are all gone from their folders (<see cref="ArticleStatus.Missing"/>) is hidden everywhere.
    /// <paramref name="events"/> must come from the context the criteria were resolved with.
    /// </summary>
    public IQueryable<PartnershipEvent> Apply(IQueryable<PartnershipEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        events = EventVisibility.Except(events, HiddenEventIds);
        if (HasUnknownCompany)
        {
            return events.Where(_ => false);
        }

        if (Company is { } company && Partner is { } partner)
        {
            var (a, b) = company.Id < partner.Id ? (company.Id, partner.Id) : (partner.Id, company.Id);
            events = events.Where(e => e.CompanyAId == a && e.CompanyBId == b);
        }
        else if (Company is { } single)
        {
            events = events.Where(e => e.CompanyAId == single.Id || e.CompanyBId == single.Id);
        }

        if (Role is { } role)
        {
            // With one company chosen, the role is the partner's: "华为's carmaker partners".
            events = Company is { } chosen && Partner is null
                ? events.Where(e => e.CompanyAId == chosen.Id ? e.CompanyB.Role == role : e.CompanyA.Role == role)
                : events.Where(e => e.CompanyA.Role == role || e.CompanyB.Role == role);
        }

        if (Stage is { } stage)
        {
            events = events.Where(e => e.Stage == stage);
        }

        if (From is { } from)
        {
            var first = from.FirstDay;
            events = events.Where(e => e.SortDate >= first);
        }

        if (To is { } to)
        {
            var last = to.LastDay;
            events = events.Where(e => e.SortDate <= last);
        }

        if (Text is { } text)
        {
            // Company names by ILIKE (a few hundred rows); evidence and titles through their bigram indexes.
            var pattern = LikePattern.Containing(text);
            var evidenced = EvidenceText.EventIdsMatching(db, text);
            events = events.Where(e =>
                EF.Functions.ILike(e.CompanyA.CanonicalName, pattern)
                || EF.Functions.ILike(e.CompanyB.CanonicalName, pattern)
                || evidenced.Contains(e.Id));
        }

        return events;
    }

    /// <summary>The filter without one of its keys: what a "widen the search" link offers.</summary>
    public EventFilter Without(string field) => field switch
    {
        "company" => Filter with { Company = Filter.Partner, Partner = null },
        "partner" => Filter with { Partner = null },
        "role" => Filter with { Role = null },
        "stage" => Filter with { Stage = null },
        "from" => Filter with { From = null },
        "to" => Filter with { To = null },
        "range" => Filter with { From = null, To = null },
        "q" => Filter with { Text = null },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a filter key."),
    };

    private static CompanyGroup? ResolveCompany(ReferenceData reference, string field, string? name, List<FilterProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var group = reference.FindGroup(name);
        if (group is null)
        {
            problems.Add(new FilterProblem(field, name.Trim()));
        }

        return group;
    }

    private static YearMonth? ParseMonth(string field, string? text, bool endOfRange, List<FilterProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (YearMonth.TryParse(text, endOfRange, out var month))
        {
            return month;
        }

        problems.Add(new FilterProblem(field, text.Trim()));
        return null;
    }
}
