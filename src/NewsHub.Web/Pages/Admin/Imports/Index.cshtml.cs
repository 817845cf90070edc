using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Admin;

namespace NewsHub.Web.Pages.Admin.Imports;

/// <summary>History: every import and re-tag run, newest first, each linking to its report.</summary>
public sealed class IndexModel(NewsHubDbContext db) : PageModel
{
    private const int PageSize = 50;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Total = await db.ImportRuns.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Runs = await db.ImportRuns.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new RunRow(r.Id, r.Kind, r.Folder, r.DryRun, r.Status, r.CancelRequested, r.RequestedAt, r.FinishedAt,
                r.TotalFiles, r.FilesDone, r.NewCount, r.ChangedCount, r.UnchangedCount, r.DuplicateCount, r.FailedCount, r.MissingCount, r.Error))
            .ToListAsync(cancellationToken);
    }

    public sealed record RunRow(
        long Id, ImportRunKind Kind, string Folder, bool DryRun, ImportRunStatus Status, bool CancelRequested, DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt,
        int TotalFiles, int FilesDone, int New, int Changed, int Unchanged, int Duplicate, int Failed, int Missing, string? Error)
    {
        /// <summary>The run's status in words, with its failures counted (the same words as on the run's page).</summary>
        public string StatusText => RunLabels.Summary(Kind, Status, CancelRequested, TotalFiles, FilesDone, Failed, Changed);
    }
}
