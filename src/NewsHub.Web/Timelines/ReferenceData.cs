using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>A company of the catalog as pages need it, with its aliases and the companies folded into it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="ParentId">The company it folds into, null for a group.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="EnglishNames">Its English names, the usual one first.</param>
/// <param name="Role">What it does.</param>
/// <param name="Aliases">The names it is written as, by name.</param>
/// <param name="ChildIds">The brands and units folded into it.</param>
/// <param name="NameOrder">Its place when all companies are sorted by name as the database sorts them.</param>
/// <param name="Status">Catalog, accepted, discovered (shown marked as not yet reviewed) or rejected (never shown).</param>
public sealed record CatalogCompany(
    int Id, int? ParentId, string Name, IReadOnlyList<string> EnglishNames, CompanyRole Role, IReadOnlyList<CatalogAlias> Aliases, IReadOnlyList<int> ChildIds, int NameOrder,
    CompanyStatus Status = CompanyStatus.Catalog)
{
    /// <summary>True for a company discovered in articles that no admin reviewed yet: pages mark it so.</summary>
    public bool IsUnreviewed => Status == CompanyStatus.Discovered;

    /// <summary>True for a name an admin rejected: kept only so that it is never discovered again, never shown.</summary>
    public bool IsRejected => Status == CompanyStatus.Rejected;
}

/// <summary>A name a company is written as.</summary>
/// <param name="Name">The name.</param>
/// <param name="IsAmbiguous">True when it is also an everyday word and counts only in context.</param>
public sealed record CatalogAlias(string Name, bool IsAmbiguous);

/// <summary>
/// What every reader sees alike and nearly every page needs: the company catalog (a few hundred companies, to
/// resolve names and show groups without a query each), the events hidden because all their articles are
/// missing, and how many events the unfiltered timeline holds. The companies come from the shared
/// <see cref="CatalogSnapshot"/>; the rest is loaded in two queries, and kept by
/// <see cref="Caching.ReferenceDataCache"/> until the data changes.
/// </summary>
public sealed class ReferenceData
{
    // Catalog parents form no cycle (CatalogRules), but a hand-edited database might; stop anyway.
    private const int MaxDepth = 16;

    private readonly Dictionary<string, int> byCanonicalName;
    private readonly Dictionary<string, int> byAlias;

    private ReferenceData(
        IReadOnlyList<CatalogCompany> companies, IReadOnlyList<long> hiddenEventIds, int visibleEvents, int visibleDatedEvents)
    {
        Companies = companies.ToDictionary(c => c.Id);
        GroupNames = [.. companies.Where(c => c.ParentId is null && !c.IsRejected).Select(c => c.Name)];
        GroupNameOptions = new OnceWrittenHtml(WriteGroupNameOptions);
        byCanonicalName = new Dictionary<string, int>(StringComparer.Ordinal);
        byAlias = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // Lowest id first, so that a name shared by two companies always finds the same one.
        foreach (var company in companies.Where(c => !c.IsRejected).OrderBy(c => c.Id))
        {
            byCanonicalName.TryAdd(company.Name, company.Id);
            foreach (var alias in company.Aliases)
            {
                byAlias.TryAdd(alias.Name, company.Id);
            }
        }

        HiddenEventIds = hiddenEventIds;
        VisibleEvents = visibleEvents;
        VisibleDatedEvents = visibleDatedEvents;
    }

    /// <summary>Every company by id, rejected names included (so that a row read in a race still has its names); names resolve to none of those.</summary>
    public IReadOnlyDictionary<int, CatalogCompany> Companies { get; }

    /// <summary>The canonical names of the groups (companies folded into none), in the database's name order.</summary>
    public IReadOnlyList<string> GroupNames { get; }

    /// <summary>
    /// <see cref="GroupNames"/> as the <c>&lt;option&gt;</c>s of the filter form's suggestions (a few hundred), encoded
    /// once for as long as this catalog lasts rather than on every timeline request; the same in every language.
    /// </summary>
    public IHtmlContent GroupNameOptions { get; }

    /// <summary>Events whose articles are all missing, hidden from every list (<see cref="EventVisibility"/>).</summary>
    public IReadOnlyList<long> HiddenEventIds { get; }

    /// <summary>How many events readers see in all: the unfiltered timeline's total.</summary>
    public int VisibleEvents { get; }

    /// <summary>How many of those have a date.</summary>
    public int VisibleDatedEvents { get; }

    /// <summary>Reads it from the database, with the companies of <paramref name="catalog"/>, the catalog snapshot the tagger and the writer share.</summary>
    public static async Task<ReferenceData> LoadAsync(NewsHubDbContext db, CatalogSnapshot catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        var children = catalog.CompaniesByName.Where(r => r.ParentId is not null).ToLookup(r => r.ParentId!.Value, r => r.Id);
        var companies = catalog.CompaniesByName
            .Select((r, order) => new CatalogCompany(
                r.Id, r.ParentId, r.Name, r.EnglishNames, r.Role, [.. r.Aliases.Select(a => new CatalogAlias(a.Name, a.IsAmbiguous))], [.. children[r.Id]], order, r.Status))
            .ToList();

        var hidden = await EventVisibility.HiddenEventIdsAsync(db, cancellationToken);
        var counts = await EventVisibility.Except(db.PartnershipEvents.AsNoTracking(), hidden)
            .GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Dated = g.Count(e => e.SortDate != null) })
            .SingleOrDefaultAsync(cancellationToken);
        return new ReferenceData(companies, hidden, counts?.Total ?? 0, counts?.Dated ?? 0);
    }

    /// <summary>
    /// The group <paramref name="name"/> stands for: an id, a canonical name, or any alias (English names
    /// included, case ignored), then up the parent links to the top-most company, as the tagger folds
    /// mentions. Null when no company goes by it.
    /// </summary>
    public CompanyGroup? FindGroup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim();
        if (wanted.Length == 0)
        {
            return null;
        }

        if (!(int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Companies.TryGetValue(id, out var byId) && !byId.IsRejected)
            && !byCanonicalName.TryGetValue(wanted, out id) && !byAlias.TryGetValue(wanted, out id))
        {
            return null;
        }

        var start = Companies[id];

        var group = GroupOf(start.Id);
        return new CompanyGroup(group.Id, group.Name, group.EnglishNames, group.Role, group.Id == start.Id ? null : start.Name) { Unreviewed = group.IsUnreviewed };
    }

    /// <summary>The top-most company that <paramref name="companyId"/> folds into (itself for a group).</summary>
    public CatalogCompany GroupOf(int companyId)
    {
        var company = Companies[companyId];
        for (var depth = 0; company.ParentId is { } parentId && depth < MaxDepth && Companies.TryGetValue(parentId, out var parent); depth++)
        {
            company = parent;
        }

        return company;
    }

    private void WriteGroupNameOptions(TextWriter writer, System.Text.Encodings.Web.HtmlEncoder encoder)
    {
        foreach (var name in GroupNames)
        {
            writer.Write("<option value=\"");
            encoder.Encode(writer, name);
            writer.Write("\"></option>\n");
        }
    }

    /// <summary>The group as pages show it.</summary>
    public CompanyGroup Group(int companyId)
    {
        var company = Companies[companyId];
        return new CompanyGroup(company.Id, company.Name, company.EnglishNames, company.Role) { Unreviewed = company.IsUnreviewed };
    }
}
