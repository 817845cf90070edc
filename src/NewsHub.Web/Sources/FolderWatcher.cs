using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Sources;

namespace NewsHub.Web.Sources;

/// <summary>
/// Watches the folders of enabled folder sources and makes a source due as soon as its folder has been quiet for
/// <see cref="SourceSchedulerOptions.WatchDebounce"/> after a change, so new and changed files are imported
/// within seconds instead of at the next scheduled rescan. The rescan stays the safety net: watchers miss events
/// on some file systems (network shares, overlay mounts) and drop them when their buffer overflows.
/// </summary>
/// <remarks>
/// Each pass (every <see cref="SourceSchedulerOptions.PollInterval"/>) reads the folder sources from the table,
/// so a source added, paused, moved or deleted anywhere is watched, or no longer, without a restart. Every
/// instance watches; the scheduler's lease makes sure only one of them imports each change.
/// </remarks>
public sealed partial class FolderWatcher(
    IServiceScopeFactory scopes,
    SourceSchedulerSignal signal,
    IOptions<SourceSchedulerOptions> options,
    TimeProvider clock,
    ILogger<FolderWatcher> logger) : BackgroundService
{
    private readonly SourceSchedulerOptions settings = options.Value;
    private readonly Dictionary<long, WatchedFolder> watched = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await SynchroniseAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogWatcherError(ex);
                }

                await Task.Delay(settings.PollInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var folder in watched.Values)
            {
                folder.Dispose();
            }

            watched.Clear();
        }
    }

    /// <summary>Starts watching new folder sources, and stops watching paused, changed or deleted ones.</summary>
    private async Task SynchroniseAsync(CancellationToken cancellationToken)
    {
        List<(long Id, string Locator, bool Recursive)> wanted;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
            var rows = await db.Sources.AsNoTracking()
                .Where(s => s.Enabled && s.Kind == SourceKind.Folder)
                .Select(s => new { s.Id, s.Locator, s.Recursive })
                .ToListAsync(cancellationToken);
            wanted = [.. rows.Select(r => (r.Id, r.Locator, r.Recursive))];
        }

        foreach (var (id, folder) in watched.Where(w => !wanted.Any(s => s.Id == w.Key && w.Value.Matches(s.Locator, s.Recursive))).ToList())
        {
            folder.Dispose();
            watched.Remove(id);
        }

        foreach (var (id, locator, recursive) in wanted.Where(s => !watched.ContainsKey(s.Id) || watched[s.Id].IsBroken))
        {
            if (watched.Remove(id, out var broken))
            {
                broken.Dispose();
            }

            if (!Directory.Exists(locator))
            {
                // The scheduled poll reports the missing folder in the health line; watch it once it is back.
                continue;
            }

            watched[id] = new WatchedFolder(id, locator, recursive, settings.WatchDebounce, this);
            LogWatching(id, locator);
        }
    }

    /// <summary>The folder of source <paramref name="sourceId"/> has been quiet since its last change: make it due now.</summary>
    private async Task MarkDueAsync(long sourceId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
            await SourceLeases.DueNowAsync(db, sourceId, CancellationToken.None);
            signal.Notify();
            LogChanged(sourceId);
        }
        catch (Exception ex)
        {
            // The next scheduled rescan imports the change anyway.
            LogMarkDueFailed(ex, sourceId);
        }
    }

    /// <summary>One folder's watcher, with the timer that waits for the folder to be quiet.</summary>
    private sealed class WatchedFolder : IDisposable
    {
        private readonly FileSystemWatcher watcher;
        private readonly Timer quiet;
        private readonly TimeSpan debounce;
        private readonly FolderWatcher owner;

        public WatchedFolder(long sourceId, string folder, bool recursive, TimeSpan debounce, FolderWatcher owner)
        {
            Folder = folder;
            Recursive = recursive;
            this.debounce = debounce;
            this.owner = owner;
            quiet = new Timer(_ => _ = owner.MarkDueAsync(sourceId), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = recursive,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                // The largest buffer Linux allows without tuning: fewer overflows when a crawler writes in bursts.
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += OnChange;
            watcher.Changed += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += (_, e) =>
            {
                // An overflow lost events: import now to be sure; any other error makes the next pass watch again.
                IsBroken = e.GetException() is not InternalBufferOverflowException;
                owner.LogWatchError(e.GetException(), sourceId, folder);
                Restart();
            };
            watcher.EnableRaisingEvents = true;
        }

        public string Folder { get; }

        public bool Recursive { get; }

        public bool IsBroken { get; private set; }

        public bool Matches(string folder, bool recursive) => Folder == folder && Recursive == recursive;

        public void Dispose()
        {
            watcher.Dispose();
            quiet.Dispose();
        }

        private void OnChange(object sender, FileSystemEventArgs e) => Restart();

        /// <summary>Starts the quiet period again: the import waits until the folder stops changing.</summary>
        private void Restart()
        {
            try
            {
                quiet.Change(debounce, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // An event raced the watcher's disposal: the folder is no longer watched.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching folder {Folder} of source {SourceId}")]
    private partial void LogWatching(long sourceId, string folder);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The folder of source {SourceId} changed: due now")]
    private partial void LogChanged(long sourceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The watcher of source {SourceId} ({Folder}) failed; the scheduled rescan still imports its changes")]
    private partial void LogWatchError(Exception exception, long sourceId, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not make source {SourceId} due after its folder changed; the scheduled rescan will import the change")]
    private partial void LogMarkDueFailed(Exception exception, long sourceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Synchronising the folder watchers failed; retrying")]
    private partial void LogWatcherError(Exception exception);
}
