namespace NewsHub.Data.Changes;

/// <summary>
/// How PostgreSQL tells readers that what the public pages show has changed. Statement-level triggers on
/// every table those pages read (migration AddChangeNotificationsAndTextIndexes) call
/// <c>pg_notify(<see cref="Channel"/>, '')</c>; PostgreSQL delivers the notification to every session that
/// listens on the database when the writing transaction commits, and never for one that rolls back, so it
/// reaches the web app whichever process wrote: an admin import, <c>newshub import</c>, or psql.
/// </summary>
public static class DataChangeNotifications
{
    /// <summary>The channel to <c>LISTEN</c> on.</summary>
    public const string Channel = "newshub_data_changed";

    /// <summary>The tables whose writes notify: all that public pages, the API and the exports read.</summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "articles", "article_sources", "article_company_mentions", "companies", "company_aliases",
        "partnership_events", "partnership_mentions",
    ];
}
