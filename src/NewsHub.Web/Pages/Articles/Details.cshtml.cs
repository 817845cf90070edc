using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Admin;
using NewsHub.Web.Localization;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Articles;

/// <summary>
/// One article: its sanitised body with the companies marked (or its clean text, <c>?view=text</c>),
/// the partnerships it reports, the companies it names, its metadata and source link.
/// </summary>
public class DetailsModel(NewsHubDbContext db, ImportFolderPolicy importFolders) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary><c>text</c> shows the clean text the offsets point into; anything else the article's own layout.</summary>
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool ShowsCleanText => string.Equals(View, "text", StringComparison.OrdinalIgnoreCase);

    public Result Data { get; private set; } = null!;

    /// <summary>Source files are listed to the signed-in admin only, relative to their import root.</summary>
    public bool ShowsSourceFiles => User.HasClaim(ClaimTypes.Role, AdminServiceCollectionExtensions.RoleName);

    public string ShownPath(string path) => importFolders.ShownPath(path);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == Id)
            .Select(a => new ArticleRow(
                a.Id, a.Title, a.PublishedAt, a.PublishedOffsetMinutes, a.Author, a.Outlet, a.SourceUrl, a.Format, a.Encoding,
                a.CleanText, a.SanitizedHtml, a.ImportedAt, a.UpdatedAt, a.Status,
                a.Sources.OrderBy(s => s.Path).Select(s => new SourceFile(s.Path, s.IsMissing)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        var names = await db.ArticleCompanyMentions.AsNoTracking()
            .Where(m => m.ArticleId == Id && m.Group.Status != CompanyStatus.Rejected)
            .OrderBy(m => m.Start)
            .Select(m => new NameRow(m.Start, m.Length, m.AsWritten, m.GroupId, m.Group.CanonicalName, m.Group.EnglishNames, m.Group.Role, m.Group.Status == CompanyStatus.Discovered))
            .ToListAsync(cancellationToken);

        var mentions = await MentionView.LoadAsync(db.PartnershipMentions.AsNoTracking().Where(m => m.ArticleId == Id), cancellationToken);
        var eventIds = mentions.Select(m => m.EventId).Distinct().ToList();
        var events = await db.PartnershipEvents.AsNoTracking()
            .Where(e => eventIds.Contains(e.Id))
            .Select(e => new EventRow(e.Id, e.CompanyA.CanonicalName, e.CompanyA.EnglishNames, e.CompanyB.CanonicalName, e.CompanyB.EnglishNames)
            {
                AUnreviewed = e.CompanyA.Status == CompanyStatus.Discovered,
                BUnreviewed = e.CompanyB.Status == CompanyStatus.Discovered,
            })
            .ToDictionaryAsync(e => e.Id, cancellationToken);

        // A headline's evidence has its offsets in the title: it marks nothing in the body.
        var evidenceStarts = await db.PartnershipMentions.AsNoTracking()
            .Where(m => m.ArticleId == Id && !m.InHeadline)
            .Select(m => new { m.Id, m.EvidenceStart, m.TriggerStart, m.Trigger })
            .ToListAsync(cancellationToken);

        var marks = names
            .Select(n => new BodyMark(n.Start, n.Length, "company", UiLanguage.CompanyName(n.GroupName, n.GroupEnglishNames)))
            .Concat(evidenceStarts.Select(m => new BodyMark(m.TriggerStart, m.Trigger.Length, "hl-trigger", null)))
            .ToList();
        var anchors = evidenceStarts.Select(m => new BodyAnchor(m.EvidenceStart, "at-" + m.Id.ToString(CultureInfo.InvariantCulture))).ToList();

        var companies = names
            .GroupBy(n => n.GroupId)
            .Select(g => new NamedCompany(
                g.First().GroupName,
                g.First().GroupEnglishNames,
                g.First().Role,
                g.Count(),
                [.. g.Select(n => n.AsWritten).Distinct(StringComparer.Ordinal).Where(w => w != g.First().GroupName)])
            {
                Unreviewed = g.First().Unreviewed,
            })
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        var partnerships = mentions
            .Select(m => new Partnership(events[m.EventId], m))
            .ToList();

        Data = new Result(
            article,
            ArticleTime.AsWritten(article.PublishedAt, article.PublishedOffsetMinutes),
            ShowsCleanText ? null : ArticleBodyHighlighter.Highlight(article.SanitizedHtml, article.CleanText, marks, anchors),
            marks,
            anchors,
            companies,
            partnerships);
        return Page();
    }

    /// <summary>What the page shows.</summary>
    /// <param name="Article">The stored article.</param>
    /// <param name="PublishedAt">The publication time in the article's own offset.</param>
    /// <param name="BodyHtml">The sanitised body with marks added; null in the clean-text view.</param>
    /// <param name="Marks">Company names and trigger words, by clean-text offset.</param>
    /// <param name="Anchors">Where each evidence sentence starts, by clean-text offset.</param>
    /// <param name="Companies">The groups the article names, most named first.</param>
    /// <param name="Partnerships">The partnership evidence it holds.</param>
    public sealed record Result(
        ArticleRow Article,
        DateTimeOffset? PublishedAt,
        string? BodyHtml,
        IReadOnlyList<BodyMark> Marks,
        IReadOnlyList<BodyAnchor> Anchors,
        IReadOnlyList<NamedCompany> Companies,
        IReadOnlyList<Partnership> Partnerships);

    public sealed record ArticleRow(
        long Id, string Title, DateTimeOffset? PublishedAt, int? PublishedOffsetMinutes, string? Author, string? Outlet, string? SourceUrl,
        ArticleFormat Format, string Encoding, string CleanText, string SanitizedHtml, DateTimeOffset ImportedAt, DateTimeOffset UpdatedAt,
        ArticleStatus Status, List<SourceFile> Sources);

    public sealed record SourceFile(string Path, bool IsMissing);

    public sealed record NameRow(int Start, int Length, string AsWritten, int GroupId, string GroupName, List<string> GroupEnglishNames, CompanyRole Role, bool Unreviewed);

    /// <summary>A group the article names.</summary>
    /// <param name="Name">Canonical name.</param>
    /// <param name="EnglishNames">English names.</param>
    /// <param name="Role">Role.</param>
    /// <param name="Count">How many times.</param>
    /// <param name="WrittenAs">Other names it goes by here (brands, aliases).</param>
    public sealed record NamedCompany(string Name, IReadOnlyList<string> EnglishNames, CompanyRole Role, int Count, IReadOnlyList<string> WrittenAs)
    {
        /// <summary>True for a company discovered in articles that no admin reviewed yet.</summary>
        public bool Unreviewed { get; init; }
    }

    public sealed record EventRow(long Id, string AName, List<string> AEnglishNames, string BName, List<string> BEnglishNames)
    {
        /// <summary>True when side A was discovered in articles and no admin reviewed it yet.</summary>
        public bool AUnreviewed { get; init; }

        /// <summary>True when side B was discovered in articles and no admin reviewed it yet.</summary>
        public bool BUnreviewed { get; init; }
    }

    /// <summary>One partnership sentence of the article and the event it supports.</summary>
    public sealed record Partnership(EventRow Event, MentionView Mention);
}
