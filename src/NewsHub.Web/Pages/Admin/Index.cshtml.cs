using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Ingestion.Analysis.Quality;
using NewsHub.Pipeline.Quality;

namespace NewsHub.Web.Pages.Admin;

/// <summary>
/// The admin's start page: what is running or queued now, what the collection holds, and how well NewsHub found
/// the gold of the newest quality report (<c>newshub quality --save</c>).
/// </summary>
public sealed class IndexModel(NewsHubDbContext db) : PageModel
{
    public IReadOnlyList<ActiveRun> Active { get; private set; } = [];

    public int ActiveArticles { get; private set; }

    public int MissingArticles { get; private set; }

    /// <summary>Catalog entries: the catalog's own companies and the accepted ones.</summary>
    public int Companies { get; private set; }

    /// <summary>The newest quality report, or null when none was saved.</summary>
    public QualityOverview? Quality { get; private set; }

    /// <summary>Companies discovered in articles that wait for review.</summary>
    public int Discovered { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Active = await db.ImportRuns.AsNoTracking()
            .Where(r => r.Status == ImportRunStatus.Queued || r.Status == ImportRunStatus.Running)
            .OrderBy(r => r.Id)
            .Select(r => new ActiveRun(r.Id, r.Kind, r.Folder, r.Status, r.FilesDone, r.TotalFiles))
            .ToListAsync(cancellationToken);
        ActiveArticles = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Active, cancellationToken);
        MissingArticles = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Missing, cancellationToken);
        Companies = await db.Companies.CountAsync(c => c.Status == CompanyStatus.Catalog || c.Status == CompanyStatus.Accepted, cancellationToken);
        Discovered = await db.Companies.CountAsync(c => c.Status == CompanyStatus.Discovered, cancellationToken);
        Quality = await LatestQualityAsync(cancellationToken);
    }

    private async Task<QualityOverview?> LatestQualityAsync(CancellationToken cancellationToken)
    {
        var report = await db.QualityReports.AsNoTracking()
            .OrderByDescending(r => r.MeasuredAt).ThenByDescending(r => r.Id)
            .Include(r => r.Figures)
            .FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return null;
        }

        var figures = report.Figures.OrderBy(f => f.GoldSet, StringComparer.Ordinal).ThenBy(f => f.Source).ToList();
        var rows = figures.Select(f => new QualityRow(f.GoldSet, f.Source, f.ToScore())).ToList();
        // Overall: the counts of every set added up, per source, as newshub quality prints them.
        rows.AddRange(figures.GroupBy(f => f.Source).OrderBy(g => g.Key).Select(g => new QualityRow(
            null, g.Key, g.Select(QualityFiguresMapping.ToScore).Aggregate(AnalysisScore.Zero, AnalysisScore.Add))));
        return new QualityOverview(report.MeasuredAt, report.NewsHubVersion, rows);
    }

    public sealed record QualityOverview(DateTimeOffset MeasuredAt, string Version, IReadOnlyList<QualityRow> Rows)
    {
        /// <summary>The version with its commit cut to the 7 characters git shows ("1.0.0+b1662c9"); the full one goes in a tooltip.</summary>
        public string ShortVersion => Version.IndexOf('+', StringComparison.Ordinal) is var plus and >= 0 && Version.Length > plus + 8
            ? Version[..(plus + 8)]
            : Version;
    }

    /// <param name="Set">The gold set, or null for the overall figures.</param>
    public sealed record QualityRow(string? Set, QualitySource Source, AnalysisScore Score);

    public sealed record ActiveRun(long Id, ImportRunKind Kind, string Folder, ImportRunStatus Status, int FilesDone, int TotalFiles);
}
