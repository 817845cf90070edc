using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsHub.Web.Operations;
using NewsHub.Data.Changes;
using Npgsql;

namespace NewsHub.Web.Caching;

/// <summary>
/// Tells the page cache when the data changed, whichever process changed it. It keeps one connection of
/// its own that <c>LISTEN</c>s on <see cref="DataChangeNotifications.Channel"/>, to which the tables'
/// triggers notify on every commit; each notification moves <see cref="Generation"/> on, and cached answers
/// are kept per generation, so none made before a change is served after it.
/// </summary>
/// <remarks>
/// <para>
/// A notification arrives a moment after its commit, and a reader who has just imported must not get the page
/// from before. So before a request may use the cache, <see cref="SyncAsync"/> sends a notification of its own
/// on the same channel and waits for it to come back: PostgreSQL delivers notifications in commit order, so
/// every change committed before the request arrived has been applied by then. Requests that arrive while one
/// such round trip is under way share the next one.
/// </para>
/// <para>
/// While the connection is down no notification can be trusted: the cache is bypassed until it listens
/// again, and then everything cached before is dropped, since changes may have been missed.
/// </para>
/// </remarks>
public sealed partial class DataChangeFeed : BackgroundService, IDataGeneration
{
    /// <summary>The output-cache tag of every cached answer that shows stored data.</summary>
    public const string CacheTag = "newshub-data";

    private static readonly TimeSpan FirstReconnectDelay = TimeSpan.FromMilliseconds(250);

    private readonly string listenConnectionString;
    private readonly string syncConnectionString;
    private readonly IOutputCacheStore store;
    private readonly PageCacheOptions settings;
    private readonly ILogger<DataChangeFeed> logger;
    private readonly DatabaseOutage outage;

    // Sync notifications carry this instance's prefix; other app instances on the database ignore them.
    private readonly string syncPrefix = "sync:" + Guid.NewGuid().ToString("N") + ":";
    private readonly Lock gate = new();
    private List<TaskCompletionSource<bool>> waiting = [];
    private bool roundRunning;
    private long roundNumber;
    private PendingSync? pending;
    private long generation;
    private volatile bool live;

    public DataChangeFeed(string connectionString, IOutputCacheStore store, IOptions<PageCacheOptions> options, ILogger<DataChangeFeed> logger, DatabaseOutage outage)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        syncConnectionString = builder.ConnectionString;
        // Not from the pool, whose connections are reset (UNLISTEN *) when returned; keepalives find a
        // connection that died silently, since a listener otherwise never writes.
        listenConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = "newshub-web change feed",
        }.ConnectionString;
        this.store = store;
        settings = options.Value;
        this.logger = logger;
        this.outage = outage;
    }

    /// <summary>Moves on with every change seen, and when listening starts again; cached answers are kept per value.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>True while the feed listens, so that cached answers can be trusted.</summary>
    public bool IsLive => live;

    /// <summary>
    /// Waits until every change committed before this call has been seen, and returns the generation to cache
    /// under; null when the feed cannot vouch for that (not listening, or no answer in time): then the
    /// request must not use the cache.
    /// </summary>
    public async Task<long?> SyncAsync(CancellationToken cancellationToken)
    {
        if (!live)
        {
            return null;
        }

        var joined = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (gate)
        {
            waiting.Add(joined);
            start = !roundRunning;
            roundRunning = true;
        }

        if (start)
        {
            _ = Task.Run(RunSyncRoundsAsync, CancellationToken.None);
        }

        return await joined.Task.WaitAsync(cancellationToken) ? Generation : null;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var delay = FirstReconnectDelay;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listenConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {DataChangeNotifications.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Whatever changed while nobody listened is unknown: start from a clean cache.
                Changed();
                live = true;
                if (failures > 0)
                {
                    LogListeningAgain(failures);
                }

                failures = 0;
                delay = FirstReconnectDelay;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
            {
                live = false;
                FailPendingSync();
                // The feed is often first to know: its connection is cut the moment the database goes.
                await outage.ReportAsync(ex);
                failures++;
                LogListenFailed(ex, failures, delay);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxReconnectDelay.Ticks));
            }
        }

        live = false;
        FailPendingSync();
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Payload.StartsWith(syncPrefix, StringComparison.Ordinal))
        {
            var round = long.Parse(e.Payload.AsSpan(syncPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
            if (Volatile.Read(ref pending) is { } sync && sync.Round == round)
            {
                sync.Done.TrySetResult(true);
            }
        }
        else if (!e.Payload.StartsWith("sync:", StringComparison.Ordinal))
        {
            Changed();
        }
    }

    /// <summary>A change: answers cached until now are not served again, and their memory is given back.</summary>
    private void Changed()
    {
        var now = Interlocked.Increment(ref generation);
        LogChanged(now);
        var eviction = store.EvictByTagAsync(CacheTag, CancellationToken.None);
        if (!eviction.IsCompletedSuccessfully)
        {
            _ = AwaitEvictionAsync(eviction);
        }
    }

    private async Task AwaitEvictionAsync(ValueTask eviction)
    {
        try
        {
            await eviction;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The generation has moved on already, so stale entries are never served; they only wait for expiry.
            LogEvictionFailed(ex);
        }
    }

    /// <summary>Sends one sync notification after another while requests wait for one, each for those waiting when it was sent.</summary>
    private async Task RunSyncRoundsAsync()
    {
        while (true)
        {
            List<TaskCompletionSource<bool>> batch;
            lock (gate)
            {
                if (waiting.Count == 0)
                {
                    roundRunning = false;
                    return;
                }

                batch = waiting;
                waiting = [];
            }

            var confirmed = live && await RoundTripAsync();
            foreach (var request in batch)
            {
                request.TrySetResult(confirmed);
            }
        }
    }

    private async Task<bool> RoundTripAsync()
    {
        var sync = new PendingSync(++roundNumber, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        Volatile.Write(ref pending, sync);
        try
        {
            await using var connection = new NpgsqlConnection(syncConnectionString);
            await connection.OpenAsync();
            // Nothing to make durable: no need to wait for the commit's WAL flush.
            await using var notify = new NpgsqlCommand("SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, $2)", connection);
            notify.Parameters.Add(new NpgsqlParameter { Value = DataChangeNotifications.Channel });
            notify.Parameters.Add(new NpgsqlParameter { Value = syncPrefix + sync.Round.ToString(CultureInfo.InvariantCulture) });
            await notify.ExecuteNonQueryAsync();
            return await sync.Done.Task.WaitAsync(settings.SyncTimeout);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
        {
            await outage.ReportAsync(ex);
            LogSyncFailed(ex);
            return false;
        }
    }

    private void FailPendingSync() => Volatile.Read(ref pending)?.Done.TrySetResult(false);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Data changed: page cache generation {Generation}")]
    private partial void LogChanged(long generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed lost its database connection (failure {Failures}); pages are served uncached, listening again in {Delay}")]
    private partial void LogListenFailed(Exception exception, int failures, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Change feed listening again after {Failures} failed attempt(s); cached pages dropped")]
    private partial void LogListeningAgain(int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed could not confirm it is up to date; the request is served uncached")]
    private partial void LogSyncFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evicting cached pages failed")]
    private partial void LogEvictionFailed(Exception exception);

    private sealed record PendingSync(long Round, TaskCompletionSource<bool> Done);
}
