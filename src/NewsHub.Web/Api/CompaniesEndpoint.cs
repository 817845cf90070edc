using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Caching;
using NewsHub.Web.Exports;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Api;

/// <summary>
/// <c>GET /api/companies</c>: company groups with their brands, aliases and how many events match the
/// timeline's filters, most events first.
/// </summary>
/// <remarks>
/// The filters mean what they mean on the timeline, seen from each listed company: <c>company</c> keeps
/// that group's partners (and <c>partner</c> narrows to one of them), <c>stage</c>, <c>from</c>/<c>to</c> and
/// <c>q</c> narrow the events counted, and <c>role</c> is the listed company's own role. With any event filter
/// given, only companies with at least one matching event are listed.
/// </remarks>
internal static class CompaniesEndpoint
{
    public static async Task<Ok<ApiPage<CompanyJson>>> GetAsync(
        [AsParameters] EventFilter filter,
        int? page,
        int? pageSize,
        HttpRequest request,
        NewsHubDbContext db,
        CurrentReferenceData reference,
        CancellationToken cancellationToken)
    {
        var paging = new Paging(page, pageSize);

        // The role filters the listed companies, not their partners: leave it out of the event criteria.
        var criteria = await EventCriteria.ResolveAsync(db, reference, filter with { Role = null }, cancellationToken);
        CompanyRole? role = QueryValues.TryParseRole(filter.Role, out var parsed) ? parsed : null;
        var problems = ApiProblems.Of(criteria).ToList();
        problems.AddRange(paging.Problems());
        if (!string.IsNullOrWhiteSpace(filter.Role) && role is null)
        {
            problems.Add(new ApiProblem("role", filter.Role.Trim()));
        }

        var events = criteria.Apply(db.PartnershipEvents.AsNoTracking());
        var groups = db.Companies.AsNoTracking().Where(c => c.ParentId == null && c.Status != CompanyStatus.Rejected);
        if (role is { } wanted)
        {
            groups = groups.Where(c => c.Role == wanted);
        }

        if (criteria.Company is { } chosen)
        {
            // The partners of the chosen company (of the pair, both sides).
            groups = groups.Where(c => c.Id != chosen.Id || criteria.Partner != null);
        }

        var counted = groups.Select(c => new
        {
            Company = c,
            EventCount = events.Count(e => e.CompanyAId == c.Id || e.CompanyBId == c.Id),
        });
        if (!(filter with { Role = null }).IsEmpty)
        {
            counted = counted.Where(c => c.EventCount > 0);
        }

        var total = await counted.CountAsync(cancellationToken);
        var rows = await counted
            .OrderByDescending(c => c.EventCount).ThenBy(c => c.Company.CanonicalName).ThenBy(c => c.Company.Id)
            .Skip(paging.Skip).Take(paging.Size)
            .Select(c => new
            {
                c.Company.Id,
                c.Company.CanonicalName,
                c.Company.EnglishNames,
                c.Company.Role,
                c.Company.Status,
                c.EventCount,
                Brands = c.Company.Children.OrderBy(b => b.CanonicalName).Select(b => b.CanonicalName).ToList(),
                Aliases = c.Company.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var links = new ApiLinks(request);
        var items = rows.Select(r => new CompanyJson(
            r.Id, r.CanonicalName, r.EnglishNames, QueryValues.Key(r.Role), r.Status != CompanyStatus.Discovered, r.Brands, r.Aliases, r.EventCount,
            links.To(SiteLinks.Company(r.CanonicalName)), links.To(SiteLinks.CompanyFeed(r.Id)))).ToList();
        return TypedResults.Ok(new ApiPage<CompanyJson>(paging.Number, paging.Size, total, items, problems));
    }
}

/// <summary>A company group as the API writes it.</summary>
/// <param name="Brands">Brands and units folded into the group (极氪 and 领克 for 吉利).</param>
/// <param name="Reviewed">False for a company discovered in articles that no admin reviewed yet.</param>
/// <param name="Aliases">Other names the group goes by in text.</param>
/// <param name="EventCount">Events of the group that match the filters.</param>
/// <param name="FeedUrl">Its Atom feed of events.</param>
internal sealed record CompanyJson(
    int Id, string Name, IReadOnlyList<string> EnglishNames, string Role, bool Reviewed, IReadOnlyList<string> Brands, IReadOnlyList<string> Aliases,
    int EventCount, string Url, string FeedUrl);
