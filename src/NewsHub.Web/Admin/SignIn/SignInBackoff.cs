using Microsoft.Extensions.Options;

namespace NewsHub.Web.Admin.SignIn;

/// <summary>
/// Counts wrong passwords in a row per client and for the admin account, and pauses signing in after too many,
/// for a time that doubles with every further wrong one. While paused even the right password is refused, so
/// guessing cannot go on behind the pause; a right password once the pause is over clears the counts.
/// </summary>
/// <remarks>
/// In memory, per app instance: a restart forgets the counts, which costs an attacker a restart of the site.
/// </remarks>
public sealed class SignInBackoff(IOptions<SignInThrottleOptions> options, TimeProvider time)
{
    /// <summary>The key of the account's own count; client keys are addresses, which never look like this.</summary>
    public const string AccountKey = "account:admin";

    private const int MaxClients = 10_000;
    private readonly SignInThrottleOptions settings = options.Value;
    private readonly Dictionary<string, Failures> failures = new(StringComparer.Ordinal);

    /// <summary>How long signing in stays paused for <paramref name="client"/>, or null when it may try.</summary>
    public TimeSpan? RetryAfter(string client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var now = time.GetUtcNow();
        lock (failures)
        {
            var until = Max(LockedUntil(ClientKey(client)), LockedUntil(AccountKey));
            return until > now ? until - now : null;
        }
    }

    /// <summary>Counts a wrong password from <paramref name="client"/>; returns the pause it started, if any.</summary>
    public TimeSpan? RecordFailure(string client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var now = time.GetUtcNow();
        lock (failures)
        {
            Forget(now);
            Count(ClientKey(client), settings.FreeFailuresPerClient, now);
            Count(AccountKey, settings.FreeFailuresForAccount, now);
            var until = Max(LockedUntil(ClientKey(client)), LockedUntil(AccountKey));
            return until > now ? until - now : null;
        }
    }

    /// <summary>A right password: this client and the account start afresh.</summary>
    public void RecordSuccess(string client)
    {
        ArgumentNullException.ThrowIfNull(client);
        lock (failures)
        {
            failures.Remove(ClientKey(client));
            failures.Remove(AccountKey);
        }
    }

    /// <summary>The pause after <paramref name="inARow"/> wrong passwords when <paramref name="free"/> are let pass.</summary>
    public static TimeSpan Lockout(int inARow, int free, TimeSpan first, TimeSpan max)
    {
        if (inARow < free)
        {
            return TimeSpan.Zero;
        }

        // 2^30 × anything is past any sensible maximum; the cap keeps the shift from overflowing.
        var doublings = Math.Min(inARow - free, 30);
        var ticks = first.Ticks * (double)(1L << doublings);
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }

    private static string ClientKey(string client) => "client:" + client;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private DateTimeOffset LockedUntil(string key) => failures.TryGetValue(key, out var f) ? f.LockedUntil : DateTimeOffset.MinValue;

    private void Count(string key, int free, DateTimeOffset now)
    {
        var inARow = (failures.TryGetValue(key, out var f) ? f.InARow : 0) + 1;
        var lockout = Lockout(inARow, free, settings.FirstLockout, settings.MaxLockout);
        failures[key] = new Failures(inARow, now, lockout > TimeSpan.Zero ? now + lockout : DateTimeOffset.MinValue);
    }

    /// <summary>Drops counts older than the longest pause, so that addresses seen once do not pile up.</summary>
    private void Forget(DateTimeOffset now)
    {
        if (failures.Count < MaxClients)
        {
            return;
        }

        foreach (var (key, f) in failures.ToList())
        {
            if (f.LockedUntil < now && now - f.LastFailure > settings.MaxLockout)
            {
                failures.Remove(key);
            }
        }
    }

    private sealed record Failures(int InARow, DateTimeOffset LastFailure, DateTimeOffset LockedUntil);
}
