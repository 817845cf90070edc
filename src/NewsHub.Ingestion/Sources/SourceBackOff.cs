namespace NewsHub.Ingestion.Sources;

/// <summary>
/// How long a failing source waits before its next poll: its period after the first failure, then twice as
/// long after each further one, up to <see cref="Ceiling"/> (or the period, if longer). A feed that is down is
/// asked less and less often, and a source that recovers is back on its schedule after one success.
/// </summary>
public static class SourceBackOff
{
    /// <summary>The longest wait between polls of a failing source whose period is shorter.</summary>
    public static readonly TimeSpan Ceiling = TimeSpan.FromHours(6);

    /// <summary>The wait after <paramref name="consecutiveFailures"/> failures in a row (at least one).</summary>
    public static TimeSpan Delay(TimeSpan period, int consecutiveFailures)
    {
        var limit = period > Ceiling ? period : Ceiling;
        var doublings = Math.Clamp(consecutiveFailures - 1, 0, 30);
        var delay = period.TotalSeconds * Math.Pow(2, doublings);
        return delay >= limit.TotalSeconds ? limit : TimeSpan.FromSeconds(delay);
    }
}
