namespace NewsHub.Web.Timelines;

/// <summary>Publication times as the article wrote them.</summary>
public static class ArticleTime
{
    /// <summary>
    /// A stored publication instant in the offset the article gave (+08:00 for Beijing time). Queries that
    /// project the column get UTC; the entity restores the offset only when it is materialised whole.
    /// </summary>
    public static DateTimeOffset? AsWritten(DateTimeOffset? instant, int? offsetMinutes) =>
        instant is { } time && offsetMinutes is { } minutes ? time.ToOffset(TimeSpan.FromMinutes(minutes)) : instant;
}
