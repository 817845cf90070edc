using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Imports;

namespace NewsHub.Web.Pages.Admin.Imports;

/// <summary>One run: live progress while it runs (polled as JSON), a cancel button, and its report.</summary>
public sealed class DetailsModel(NewsHubDbContext db, ImportQueue queue, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions ProgressJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public Progress Run { get; private set; } = null!;

    public IReadOnlyList<FileRow> Files { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public FileOutcome? Outcome { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadProgressAsync(id, cancellationToken) is not { } run)
        {
            return NotFound();
        }

        Run = run;
        Files = await db.ImportFileOutcomes.AsNoTracking()
            .Where(f => f.ImportRunId == id && (Outcome == null || f.Outcome == Outcome))
            // Problems first, then the rest in folder order.
            .OrderBy(f => f.Outcome == FileOutcome.Failed ? 0 : f.Outcome == FileOutcome.Missing ? 1 : 2).ThenBy(f => f.Path)
            .Select(f => new FileRow(f.Path, f.Outcome, f.Error, f.ArticleId))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The small JSON the page polls for live progress.</summary>
    public async Task<IActionResult> OnGetProgressAsync(long id, CancellationToken cancellationToken) =>
        await LoadProgressAsync(id, cancellationToken) is { } run ? new JsonResult(run, ProgressJson) : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(long id, CancellationToken cancellationToken)
    {
        Notice = await queue.RequestCancelAsync(id, cancellationToken)
            ? "已请求取消；当前文章写完后停止。Cancel requested: the run stops after the article in hand."
            : "该运行已经结束。The run has already ended.";
        return RedirectToPage(new { id });
    }

    private async Task<Progress?> LoadProgressAsync(long id, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is null ? null : Progress.Of(run, clock.GetUtcNow());
    }

    public sealed record FileRow(string Path, FileOutcome Outcome, string? Error, long? ArticleId);

    /// <summary>A run's state, with rate and time left worked out from its start and files done.</summary>
    public sealed record Progress(
        long Id, ImportRunKind Kind, string Folder, bool Recursive, bool DryRun, ImportRunStatus Status,
        DateTimeOffset RequestedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, bool CancelRequested,
        int TotalFiles, int FilesDone, string? CurrentFile, double? FilesPerSecond, double? SecondsLeft,
        int New, int Changed, int Unchanged, int Duplicate, int Failed, int Missing, string? Error)
    {
        public bool IsActive => Status is ImportRunStatus.Queued or ImportRunStatus.Running;

        public int Percent => TotalFiles == 0 ? (IsActive ? 0 : 100) : (int)Math.Min(100, 100L * FilesDone / TotalFiles);

        public static Progress Of(ImportRun run, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(run);
            var end = run.FinishedAt ?? now;
            var elapsed = run.StartedAt is { } started ? (end - started).TotalSeconds : 0;
            double? rate = elapsed > 0.5 && run.FilesDone > 0 ? run.FilesDone / elapsed : null;
            double? left = run.Status == ImportRunStatus.Running && rate is > 0 && run.TotalFiles >= run.FilesDone
                ? (run.TotalFiles - run.FilesDone) / rate.Value
                : null;
            return new Progress(
                run.Id, run.Kind, run.Folder, run.Recursive, run.DryRun, run.Status,
                run.RequestedAt, run.StartedAt, run.FinishedAt, run.CancelRequested,
                run.TotalFiles, run.FilesDone, run.CurrentFile, rate, left,
                run.NewCount, run.ChangedCount, run.UnchangedCount, run.DuplicateCount, run.FailedCount, run.MissingCount, run.Error);
        }
    }
}
