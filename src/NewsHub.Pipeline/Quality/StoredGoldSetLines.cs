using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Analysis.Quality;

namespace NewsHub.Pipeline.Quality;

/// <summary>
/// What is stored for a gold set's articles (imported from its folder with <c>newshub import</c>), in the shape
/// <c>newshub analyze</c> prints, so the same scorer judges what people browse: the companies each article names,
/// and each event it reports with its groups and date as the timeline shows them.
/// </summary>
public static class StoredGoldSetLines
{
    /// <summary>
    /// One line per gold article stored from the set's folder; an article not stored gets none (and scores as
    /// without output). The pairs come in the order the article tells them, each pair's most telling event first
    /// (what happened before what is planned, a date from the text before the publication date, the finer date,
    /// the surer event), as <see cref="ReportedPartnerships"/> orders the analysis.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(NewsHubDbContext db, GoldSet set, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(set);
        var lines = new List<string>();
        foreach (var article in set.Standard.Articles)
        {
            var paths = StoredPathsOf(set.ArticleFolder, article.File);
            var articleId = await db.ArticleSources.AsNoTracking()
                .Where(s => paths.Contains(s.Path))
                .OrderBy(s => s.IsMissing)
                .Select(s => (long?)s.ArticleId)
                .FirstOrDefaultAsync(cancellationToken);
            if (articleId is null)
            {
                continue;
            }

            var companies = await db.ArticleCompanyMentions.AsNoTracking()
                .Where(m => m.ArticleId == articleId)
                .Select(m => new { name = m.AsWritten, group = m.Group.CanonicalName })
                .Distinct()
                .ToListAsync(cancellationToken);
            var mentions = await db.PartnershipMentions.AsNoTracking()
                .Where(m => m.ArticleId == articleId)
                .Select(m => new
                {
                    m.EventId,
                    m.InHeadline,
                    m.EvidenceStart,
                    A = m.Event.CompanyA.CanonicalName,
                    B = m.Event.CompanyB.CanonicalName,
                    m.Event.IsPlanned,
                    m.Event.Date,
                    m.Event.Confidence,
                })
                .ToListAsync(cancellationToken);
            var partnerships = mentions
                .GroupBy(m => m.EventId)
                .Select(e => e.OrderBy(m => m.InHeadline).ThenBy(m => m.EvidenceStart).First())
                .GroupBy(e => string.CompareOrdinal(e.A, e.B) <= 0 ? (e.A, e.B) : (e.B, e.A))
                .OrderBy(pair => pair.All(e => e.InHeadline)).ThenBy(pair => pair.Min(e => e.EvidenceStart))
                .SelectMany(pair => pair
                    .OrderBy(e => e.IsPlanned)
                    .ThenBy(e => ReportedPartnerships.DateSourceRank(e.Date.Precision, e.Date.Source))
                    .ThenByDescending(e => ReportedPartnerships.PrecisionRank(e.Date.Precision))
                    .ThenByDescending(e => e.Confidence))
                .Select(e => new { companies = new[] { e.A, e.B }, date = e.Date.ToIsoString() });
            lines.Add(JsonSerializer.Serialize(new { file = article.File, companies, partnerships }));
        }

        return lines;
    }

    /// <summary>
    /// The paths an import of the folder stored the file under: its full path, and the path through the folder's
    /// real location when the folder was reached through a symbolic link (../shared often is one).
    /// </summary>
    private static List<string> StoredPathsOf(string folder, string file)
    {
        var paths = new List<string> { Path.Combine(folder, file) };
        if (RealPath(folder) is { } real && !string.Equals(real, folder, StringComparison.Ordinal))
        {
            paths.Add(Path.Combine(real, file));
        }

        return paths;
    }

    /// <summary>The folder with every symbolic link on its way resolved, or null when it cannot be.</summary>
    private static string? RealPath(string folder)
    {
        try
        {
            var full = Path.GetFullPath(folder);
            var root = Path.GetPathRoot(full)!;
            var real = root;
            foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = Path.Combine(real, part);
                real = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next;
            }

            return real;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
