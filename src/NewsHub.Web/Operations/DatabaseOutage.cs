using Npgsql;

namespace NewsHub.Web.Operations;

/// <summary>
/// Knows whether PostgreSQL is reachable, so that an outage is one warning when it starts and one line with
/// its duration when it ends, instead of a stack trace per request. Whatever meets an unreachable database
/// (a request, the change feed, the readiness check) reports it (<see cref="ReportAsync"/>); from then on it tries to connect
/// once every <see cref="ProbeInterval"/> until it can, and meanwhile pages come from the page cache or answer 503
/// (<see cref="DegradedMode"/>).
/// </summary>
public sealed partial class DatabaseOutage : BackgroundService
{
    /// <summary>How often the database is tried while it is unreachable.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);

    /// <summary>The Retry-After of answers refused during an outage: a few probes' worth.</summary>
    public const int RetryAfterSeconds = 5;

    private readonly string probeConnectionString;
    private readonly string poolConnectionString;
    private readonly TimeProvider time;
    private readonly ILogger<DatabaseOutage> logger;
    private readonly Lock gate = new();
    private TaskCompletionSource started = NewSignal();
    private DateTimeOffset? since;
    private Task<bool>? confirming;

    /// <param name="connectionString">The app's connection string, as its pages use it (its pool is emptied at both ends of an outage).</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where the two lines per outage go.</param>
    public DatabaseOutage(string connectionString, TimeProvider time, ILogger<DatabaseOutage> logger)
    {
        poolConnectionString = connectionString;
        // Not from the pool, whose idle connections may be dead; short, so that a silent network fails fast.
        probeConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            Timeout = 5,
            ApplicationName = "newshub-web outage probe",
        }.ConnectionString;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>True from the first failure to reach the database until a probe reaches it again.</summary>
    public bool IsUnreachable
    {
        get
        {
            lock (gate)
            {
                return since is not null;
            }
        }
    }

    /// <summary>
    /// Starts an outage if <paramref name="exception"/> says the database cannot be reached, none is under way, and a
    /// fresh connection fails too: one connection cut (a session ended by an administrator, a pooled connection that
    /// died) is not an outage. Returns whether the database is unreachable; concurrent reports share one check.
    /// </summary>
    public async Task<bool> ReportAsync(Exception exception)
    {
        if (!DatabaseFailure.IsUnreachable(exception))
        {
            return false;
        }

        Task<bool> check;
        lock (gate)
        {
            if (since is not null)
            {
                return true;
            }

            check = confirming ??= ConfirmAsync(exception);
        }

        return await check;
    }

    private async Task<bool> ConfirmAsync(Exception exception)
    {
        await Task.Yield();
        var reachable = await CanConnectAsync(CancellationToken.None);
        TaskCompletionSource? signal = null;
        lock (gate)
        {
            confirming = null;
            if (!reachable && since is null)
            {
                since = time.GetUtcNow();
                signal = started;
            }
        }

        // Pooled connections did not survive what happened to this one: the next requests must not meet them.
        ClearPool();
        if (reachable)
        {
            LogConnectionLost(Reason(exception));
            return false;
        }

        if (signal is not null)
        {
            LogUnreachable(Reason(exception));
            signal.TrySetResult();
        }

        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Task outage;
            lock (gate)
            {
                outage = started.Task;
            }

            await outage.WaitAsync(stoppingToken);
            do
            {
                await Task.Delay(ProbeInterval, time, stoppingToken);
            }
            while (!await CanConnectAsync(stoppingToken));

            TimeSpan duration;
            lock (gate)
            {
                duration = time.GetUtcNow() - since!.Value;
                since = null;
                started = NewSignal();
            }

            ClearPool();
            LogReachableAgain(Math.Round(duration.TotalSeconds, 1));
        }
    }

    private async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(probeConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var ping = new NpgsqlCommand("SELECT 1", connection);
            await ping.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever the reason, not reachable yet; a failing probe must never stop the app.
            return false;
        }
    }

    private void ClearPool()
    {
        using var connection = new NpgsqlConnection(poolConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>The innermost message: "Connection refused", "database … is not currently accepting connections".</summary>
    private static string Reason(Exception exception)
    {
        var reason = exception;
        while (reason.InnerException is not null && reason is not Npgsql.PostgresException)
        {
            reason = reason.InnerException;
        }

        return reason.Message;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unreachable ({Reason}); serving cached pages, answering the others 503 until it is back")]
    private partial void LogUnreachable(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A database connection failed ({Reason}), but the database is reachable")]
    private partial void LogConnectionLost(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database reachable again after {Seconds} s")]
    private partial void LogReachableAgain(double seconds);
}
