using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Api;
using NewsHub.Web.Caching;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Exports;

/// <summary>
/// <c>GET /exports/events.csv</c>: the events of the timeline's filters as a spreadsheet, one row per
/// evidence sentence (an event reported by three articles gives three rows with the same event_id), newest
/// event first.
/// </summary>
/// <remarks>
/// UTF-8 with a byte order mark, because Excel reads a CSV without one in the machine's legacy code page and
/// turns Chinese into mojibake. Fields are quoted per RFC 4180 and a cell that starts with = + - @ (or a
/// tab or carriage return) gets a leading apostrophe, so a spreadsheet shows article text instead of running
/// it as a formula (CSV injection).
/// </remarks>
public static class EventsCsvEndpoint
{
    /// <summary>A bound on one download; the JSON API pages through anything larger.</summary>
    public const int MaxRows = 100_000;

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        HasHeader = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static IEndpointRouteBuilder MapEventsCsv(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Not cached: the file is named after the minute it was made.
        endpoints.MapMethods("/exports/events.csv", ApiEndpoints.ReadMethods, GetAsync).WithName("EventsCsv").WithTags("Exports");
        return endpoints;
    }

    private static async Task<IResult> GetAsync([AsParameters] EventFilter filter, HttpRequest request, NewsHubDbContext db, CurrentReferenceData reference, TimeProvider clock, CancellationToken cancellationToken)
    {
        var criteria = await EventCriteria.ResolveAsync(db, reference, filter, cancellationToken);
        var site = PublicSite.BaseUri(request);
        var rows = Rows(criteria.Apply(db.PartnershipEvents.AsNoTracking()));
        var fileName = $"newshub-events-{clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyyMMdd-HHmm}.csv";
        return Results.Stream(
            async body =>
            {
                if (HttpMethods.IsHead(request.Method))
                {
                    return; // the headers say all a HEAD asks; no need to read every mention
                }

                await using var csv = CsvWriter.Create(body, Options, leaveOpen: true);
                await csv.WriteRecordsAsync(rows.Take(MaxRows).AsAsyncEnumerable().Select(row => row.ToCsv(site)), cancellationToken);
            },
            "text/csv; charset=utf-8",
            fileName);
    }

    /// <summary>Every shown mention of the events, in timeline order (<see cref="EventOrder"/>), then most confident first.</summary>
    private static IQueryable<MentionRow> Rows(IQueryable<PartnershipEvent> events) =>
        from e in events
        from m in e.Mentions
        where m.Article.Status == ArticleStatus.Active
        orderby e.SortDate == null, e.SortDate descending, e.Date.Precision == DatePrecision.Year, e.Id descending, m.Confidence descending, m.Id
        select new MentionRow(
            e.Id, e.Date.Year, e.Date.Month, e.Date.Day, e.Date.Precision, e.Date.Source, e.Stage, e.IsPlanned,
            e.CompanyA.CanonicalName, e.CompanyA.Role, e.CompanyA.Status != CompanyStatus.Discovered,
            e.CompanyB.CanonicalName, e.CompanyB.Role, e.CompanyB.Status != CompanyStatus.Discovered,
            e.Mentions.Where(x => x.Article.Status == ArticleStatus.Active).Select(x => x.ArticleId).Distinct().Count(),
            m.Evidence, m.CompanyAAsWritten, m.CompanyBAsWritten, m.Trigger, m.Confidence,
            m.ArticleId, m.Article.Title, m.Article.PublishedAt, m.Article.PublishedOffsetMinutes, m.Article.Outlet, m.Article.SourceUrl);

    private sealed record MentionRow(
        long EventId, int? Year, int? Month, int? Day, DatePrecision Precision, DateSource Source, PartnershipStage Stage, bool IsPlanned,
        string CompanyA, CompanyRole CompanyARole, bool CompanyAReviewed, string CompanyB, CompanyRole CompanyBRole, bool CompanyBReviewed, int ArticleCount,
        string Evidence, string CompanyAAsWritten, string CompanyBAsWritten, string Trigger, double Confidence,
        long ArticleId, string ArticleTitle, DateTimeOffset? PublishedUtc, int? PublishedOffsetMinutes, string? Outlet, string? SourceUrl)
    {
        public EventCsvRow ToCsv(Uri site)
        {
            var date = new PartialDate { Year = Year, Month = Month, Day = Day, Precision = Precision, Source = Source };
            var published = EventRecords.WithOffset(PublishedUtc, PublishedOffsetMinutes);
            return new EventCsvRow
            {
                EventId = EventId,
                Date = date.ToIsoString() ?? "",
                DateText = ExportVocabulary.ChineseDate(date),
                DatePrecision = ExportVocabulary.Code(Precision),
                DateSource = ExportVocabulary.Code(Source),
                Stage = QueryValues.Key(Stage),
                StageText = ExportVocabulary.Chinese(Stage),
                Planned = IsPlanned ? "yes" : "no",
                CompanyA = CompanyA,
                CompanyARole = QueryValues.Key(CompanyARole),
                CompanyAReviewed = CompanyAReviewed ? "yes" : "no",
                CompanyB = CompanyB,
                CompanyBRole = QueryValues.Key(CompanyBRole),
                CompanyBReviewed = CompanyBReviewed ? "yes" : "no",
                ArticleCount = ArticleCount,
                Evidence = Evidence,
                CompanyAAsWritten = CompanyAAsWritten,
                CompanyBAsWritten = CompanyBAsWritten,
                Trigger = Trigger,
                Confidence = Math.Round(Confidence, 3).ToString("0.###", CultureInfo.InvariantCulture),
                ArticleId = ArticleId,
                ArticleTitle = ArticleTitle,
                ArticlePublishedAt = published?.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) ?? "",
                Outlet = Outlet ?? "",
                SourceUrl = SourceUrl ?? "",
                EventUrl = new Uri(site, SiteLinks.Event(EventId).TrimStart('/')).AbsoluteUri,
                ArticleUrl = new Uri(site, SiteLinks.Article(ArticleId).TrimStart('/')).AbsoluteUri,
            };
        }
    }
}

/// <summary>One row of the events CSV; the property order is the column order.</summary>
[CsvRecord]
public sealed partial class EventCsvRow
{
    [CsvColumn("event_id")] public long EventId { get; init; }
    [CsvColumn("date")] public string Date { get; init; } = "";
    [CsvColumn("date_text")] public string DateText { get; init; } = "";
    [CsvColumn("date_precision")] public string DatePrecision { get; init; } = "";
    [CsvColumn("date_source")] public string DateSource { get; init; } = "";
    [CsvColumn("stage")] public string Stage { get; init; } = "";
    [CsvColumn("stage_text")] public string StageText { get; init; } = "";
    [CsvColumn("planned")] public string Planned { get; init; } = "";
    [CsvColumn("company_a")] public string CompanyA { get; init; } = "";
    [CsvColumn("company_a_role")] public string CompanyARole { get; init; } = "";

    /// <summary>"no" for a company discovered in articles that no admin reviewed yet (未审核).</summary>
    [CsvColumn("company_a_reviewed")] public string CompanyAReviewed { get; init; } = "";
    [CsvColumn("company_b")] public string CompanyB { get; init; } = "";
    [CsvColumn("company_b_role")] public string CompanyBRole { get; init; } = "";
    [CsvColumn("company_b_reviewed")] public string CompanyBReviewed { get; init; } = "";
    [CsvColumn("article_count")] public int ArticleCount { get; init; }
    [CsvColumn("evidence")] public string Evidence { get; init; } = "";
    [CsvColumn("company_a_as_written")] public string CompanyAAsWritten { get; init; } = "";
    [CsvColumn("company_b_as_written")] public string CompanyBAsWritten { get; init; } = "";
    [CsvColumn("trigger")] public string Trigger { get; init; } = "";
    [CsvColumn("confidence")] public string Confidence { get; init; } = "";
    [CsvColumn("article_id")] public long ArticleId { get; init; }
    [CsvColumn("article_title")] public string ArticleTitle { get; init; } = "";
    [CsvColumn("article_published_at")] public string ArticlePublishedAt { get; init; } = "";
    [CsvColumn("outlet")] public string Outlet { get; init; } = "";
    [CsvColumn("source_url")] public string SourceUrl { get; init; } = "";
    [CsvColumn("event_url")] public string EventUrl { get; init; } = "";
    [CsvColumn("article_url")] public string ArticleUrl { get; init; } = "";
}
