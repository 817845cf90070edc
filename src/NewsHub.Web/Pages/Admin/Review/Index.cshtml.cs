using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Admin;

namespace NewsHub.Web.Pages.Admin.Review;

/// <summary>
/// The review queue: companies discovered in articles that no admin has reviewed, the most mentioned first,
/// each with a few of its mentions in context and its partnership sentences.
/// </summary>
public sealed class IndexModel(NewsHubDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Mentions and partnership sentences shown per company in the queue; its own page shows more.</summary>
    public const int EvidencePerCompany = 2;

    public IReadOnlyList<Row> Companies { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);

    [TempData]
    public string? Notice { get; set; }

    // The page number comes from the query string alone: Razor Pages keeps the page's path in the route value "page".
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var discovered = db.Companies.AsNoTracking().Where(c => c.Status == CompanyStatus.Discovered);
        Paging = Paging.Of(page, PageSize, await discovered.CountAsync(cancellationToken));
        var rows = await discovered
            .Select(c => new
            {
                c.Id,
                c.CanonicalName,
                c.Role,
                Mentions = db.ArticleCompanyMentions.Count(m => m.CompanyId == c.Id),
                Articles = db.ArticleCompanyMentions.Where(m => m.CompanyId == c.Id).Select(m => m.ArticleId).Distinct().Count(),
                Events = db.PartnershipEvents.Count(e => e.CompanyAId == c.Id || e.CompanyBId == c.Id),
            })
            .OrderByDescending(c => c.Mentions).ThenByDescending(c => c.Articles).ThenBy(c => c.CanonicalName).ThenBy(c => c.Id)
            .Skip(Paging.Skip).Take(Paging.Take)
            .ToListAsync(cancellationToken);
        var (mentions, partnerships) = await DiscoveredCompanyEvidence.LoadAsync(db, [.. rows.Select(r => r.Id)], EvidencePerCompany, cancellationToken);
        Companies = [.. rows.Select(r => new Row(r.Id, r.CanonicalName, r.Role, r.Mentions, r.Articles, r.Events, [.. mentions[r.Id]], [.. partnerships[r.Id]]))];
    }

    /// <summary>The address of another page of the queue.</summary>
    public static string PageUrl(int page) => page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "?";

    /// <summary>A discovered company in the queue.</summary>
    /// <param name="Role">The role the tagger inferred from the words around it (other when it could not tell).</param>
    /// <param name="Mentions">Its mentions in stored articles.</param>
    /// <param name="Articles">The articles that name it.</param>
    /// <param name="Events">The partnership events it takes part in.</param>
    public sealed record Row(
        int Id, string Name, CompanyRole Role, int Mentions, int Articles, int Events,
        IReadOnlyList<MentionContext> Contexts, IReadOnlyList<PartnershipSentence> Sentences);
}
