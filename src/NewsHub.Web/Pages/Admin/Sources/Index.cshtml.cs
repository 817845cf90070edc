using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Sources;
using NewsHub.Ingestion.Sources;
using NewsHub.Pipeline.Sources;
using NewsHub.Web.Sources;

namespace NewsHub.Web.Pages.Admin.Sources;

/// <summary>
/// Watched folders and subscribed feeds with their health lines; pause, resume, delete, fetch now, and the
/// feed list as OPML (export, and import of a reader's subscriptions).
/// </summary>
public sealed class IndexModel(NewsHubDbContext db, SourceSchedulerSignal signal, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SourceRow> Sources { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sources = await db.Sources.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new SourceRow(s.Id, s.Name, s.Kind, s.Locator, s.Schedule, s.Recursive, s.Enabled, s.NextRunAt, s.LastAttemptAt, s.LastSuccessAt,
                s.LastError, s.ConsecutiveFailures, s.ItemsSeen, s.ItemsNew, s.LastRunId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Makes the source due now; this instance's scheduler queues its poll at once.</summary>
    public async Task<IActionResult> OnPostFetchNowAsync(long id, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Name, s.Enabled }).SingleOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        if (!source.Enabled)
        {
            Notice = $"{source.Name} 已暂停，请先恢复。{source.Name} is paused: resume it first.";
            return RedirectToPage();
        }

        await SourceLeases.DueNowAsync(db, id, cancellationToken);
        signal.Notify();
        Notice = $"已安排立即抓取 {source.Name}，结果见其状态行和导入历史。{source.Name} will be fetched now; its health line and the history show the result.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostPauseAsync(long id, CancellationToken cancellationToken) => SetEnabledAsync(id, false, cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(long id, CancellationToken cancellationToken) => SetEnabledAsync(id, true, cancellationToken);

    /// <summary>Deletes the source; its articles stay, and its runs stay in the history.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken)
    {
        var name = await db.Sources.Where(s => s.Id == id).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null || !await SourceRegistry.RemoveAsync(db, name, cancellationToken))
        {
            return NotFound();
        }

        Notice = $"已删除 {name}，它带来的文章仍保留。Deleted {name}; its articles stay.";
        return RedirectToPage();
    }

    /// <summary>The feeds as an OPML 2.0 file, for a feed reader or another NewsHub.</summary>
    public async Task<IActionResult> OnGetOpmlAsync(CancellationToken cancellationToken)
    {
        var feeds = await db.Sources.AsNoTracking().Where(s => s.Kind == SourceKind.Feed).OrderBy(s => s.Name)
            .Select(s => new { s.Name, s.Locator }).ToListAsync(cancellationToken);
        var opml = OpmlFeedList.Write(feeds.Select(f => (f.Name, f.Locator)), clock.GetUtcNow());
        return File(Encoding.UTF8.GetBytes(opml), "text/x-opml; charset=utf-8", "newshub-feeds.opml");
    }

    /// <summary>Subscribes to every feed of an uploaded OPML file; feeds already here, or refused, are listed with their reasons.</summary>
    public async Task<IActionResult> OnPostOpmlAsync(IFormFile? opml, CancellationToken cancellationToken)
    {
        if (opml is null || opml.Length == 0)
        {
            Notice = "请选择一个 OPML 文件。Choose an OPML file.";
            return RedirectToPage();
        }

        if (opml.Length > OpmlFeedList.MaxBytes)
        {
            Notice = $"OPML 文件超过 {OpmlFeedList.MaxBytes / 1024 / 1024} MB。The OPML file is larger than {OpmlFeedList.MaxBytes / 1024 / 1024} MB.";
            return RedirectToPage();
        }

        IReadOnlyList<OpmlFeed> feeds;
        try
        {
            await using var stream = opml.OpenReadStream();
            feeds = OpmlFeedList.Read(stream);
        }
        catch (FormatException ex)
        {
            Notice = $"无法读取 OPML 文件。The OPML file cannot be read: {ex.Message}";
            return RedirectToPage();
        }

        var added = 0;
        var skipped = new List<string>();
        foreach (var feed in feeds)
        {
            try
            {
                await SourceRegistry.AddAsync(db, new SourceDraft(SourceKind.Feed, feed.Title, feed.Address, ""), clock.GetUtcNow(), cancellationToken);
                added++;
            }
            catch (SourceRegistrationException ex)
            {
                skipped.Add($"{feed.Address}: {ex.Message}");
            }
        }

        Notice = $"从 OPML 添加了 {added} 个订阅源，跳过 {skipped.Count} 个。Added {added} feeds from OPML, skipped {skipped.Count}."
                 + (skipped.Count == 0 ? "" : " " + string.Join(" ", skipped.Take(20)));
        return RedirectToPage();
    }

    private async Task<IActionResult> SetEnabledAsync(long id, bool enabled, CancellationToken cancellationToken)
    {
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        source.Enabled = enabled;
        var now = clock.GetUtcNow();
        if (enabled && source.NextRunAt < now)
        {
            // Resumed after its time: poll now rather than at once and again a period later.
            source.NextRunAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        Notice = enabled ? $"已恢复 {source.Name}。Resumed {source.Name}." : $"已暂停 {source.Name}。Paused {source.Name}.";
        return RedirectToPage();
    }

    public sealed record SourceRow(
        long Id, string Name, SourceKind Kind, string Locator, string Schedule, bool Recursive, bool Enabled, DateTimeOffset NextRunAt,
        DateTimeOffset? LastAttemptAt, DateTimeOffset? LastSuccessAt, string? LastError, int ConsecutiveFailures, int ItemsSeen, int ItemsNew, long? LastRunId)
    {
        public string KindText => Kind == SourceKind.Folder ? "文件夹 Folder" : "订阅源 Feed";
    }
}
