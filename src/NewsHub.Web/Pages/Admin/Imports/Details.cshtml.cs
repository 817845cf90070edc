using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Admin;
using NewsHub.Pipeline.Import.Runs;
using NewsHub.Web.Localization;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Admin.Imports;

/// <summary>One run: live progress while it runs (polled as JSON), a cancel button, and its report, a page at a time.</summary>
public sealed class DetailsModel(NewsHubDbContext db, ImportRunLog queue, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    /// <summary>Report lines a page: a run over thousands of files would otherwise be one page of megabytes.</summary>
    public const int PageSize = 100;

    private static readonly JsonSerializerOptions ProgressJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public Progress Run { get; private set; } = null!;

    public IReadOnlyList<FileRow> Files { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);

    [BindProperty(SupportsGet = true)]
    public FileOutcome? Outcome { get; set; }

    /// <summary>Finds report lines by path, article title or reason (in the words the page shows).</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [TempData]
    public string? Notice { get; set; }

    // The page number comes from the query string alone: Razor Pages keeps the page's path in the route value "page".
    public async Task<IActionResult> OnGetAsync(long id, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        if (await LoadProgressAsync(id, cancellationToken) is not { } run)
        {
            return NotFound();
        }

        Run = run;
        var lines = FilteredLines(id);
        Paging = Paging.Of(page, PageSize, await lines.CountAsync(cancellationToken));
        var rows = await lines
            // Problems first, then the rest in folder order.
            .OrderBy(f => f.Outcome == FileOutcome.Failed ? 0 : f.Outcome == FileOutcome.Missing ? 1 : 2).ThenBy(f => f.Path).ThenBy(f => f.Id)
            .Skip(Paging.Skip).Take(Paging.Take)
            .Select(f => new
            {
                f.Path,
                f.Outcome,
                f.Error,
                f.ArticleId,
                Title = db.Articles.Where(a => a.Id == f.ArticleId).Select(a => a.Title).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        Files = [.. rows.Select(r => new FileRow(r.Path, ShownPath(r.Path, run.Folder), r.Outcome, r.ArticleId, r.Title,
            r.Error is null ? null : FailureText.Describe(text, r.Error, r.Path)))];
        return Page();
    }

    /// <summary>The address of another page of the report, keeping the filter and search.</summary>
    public string ReportUrl(int page) => QueryString.Create(
        new Dictionary<string, string?> { ["outcome"] = Outcome?.ToString(), ["q"] = Search, ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null }
            .Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent() is { Length: > 0 } query ? query : "?";

    private IQueryable<ImportFileOutcome> FilteredLines(long id)
    {
        var lines = db.ImportFileOutcomes.AsNoTracking().Where(f => f.ImportRunId == id && (Outcome == null || f.Outcome == Outcome));
        if (string.IsNullOrWhiteSpace(Search))
        {
            return lines;
        }

        var term = Search.Trim();
        var pattern = LikePattern.Containing(term);
        // A reason is stored by its kind and shown in words: search the words, then match the kinds they name.
        string[] reasonPatterns = [pattern, .. FailureText.KindsMatching(text, term).Select(kind => LikePattern.Exactly($"[{kind}]") + "%")];
        return lines.Where(f => EF.Functions.ILike(f.Path, pattern)
            || (f.Error != null && reasonPatterns.Any(p => EF.Functions.ILike(f.Error, p)))
            || db.Articles.Any(a => a.Id == f.ArticleId && EF.Functions.ILike(a.Title, pattern)));
    }

    /// <summary>A file of the run's folder relative to it: the folder is shown once, above the report.</summary>
    internal static string ShownPath(string path, string folder) =>
        folder.Length > 0 && path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + "/", StringComparison.Ordinal)
            ? Path.GetRelativePath(folder, path)
            : path;

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

    /// <summary>A report line: a file (shown relative to the run's folder) or, for a re-tag, an article or a company.</summary>
    public sealed record FileRow(string Path, string ShownPath, FileOutcome Outcome, long? ArticleId, string? ArticleTitle, (string Reason, string? Detail)? Failure);

    /// <summary>A run's state, with rate and time left worked out from its start and files done.</summary>
    public sealed record Progress(
        long Id, ImportRunKind Kind, string Folder, bool Recursive, bool DryRun, ImportRunStatus Status,
        DateTimeOffset RequestedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, bool CancelRequested,
        int TotalFiles, int FilesDone, string? CurrentFile, double? FilesPerSecond, double? SecondsLeft,
        int New, int Changed, int Unchanged, int Duplicate, int Failed, int Missing, string? Error)
    {
        public bool IsActive => Status is ImportRunStatus.Queued or ImportRunStatus.Running;

        /// <summary>What became of the run, or is becoming of it, in words: the status line and the polled JSON agree.</summary>
        public string StatusText => RunLabels.Summary(Kind, Status, CancelRequested, TotalFiles, FilesDone, Failed, Changed);

        /// <summary>False while a run is queued or still listing its files, when "0 / 0" would say nothing true.</summary>
        public bool TotalKnown => !IsActive || TotalFiles > 0;

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
                run.TotalFiles, run.FilesDone, run.CurrentFile is { } current ? ShownPath(current, run.Folder) : null, rate, left,
                run.NewCount, run.ChangedCount, run.UnchangedCount, run.DuplicateCount, run.FailedCount, run.MissingCount, run.Error);
        }
    }
}
