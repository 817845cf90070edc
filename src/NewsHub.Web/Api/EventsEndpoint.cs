using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Web.Caching;
using NewsHub.Web.Exports;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Api;

/// <summary>
/// <c>GET /api/events</c>: partnership events newest first, with the timeline's filters, each with its
/// companies, stage, date at its precision, counts, evidence sentences and source articles.
/// </summary>
internal static class EventsEndpoint
{
    public static async Task<Ok<ApiPage<EventJson>>> GetAsync(
        [AsParameters] EventFilter filter,
        int? page,
        int? pageSize,
        HttpRequest request,
        NewsHubDbContext db,
        CurrentReferenceData reference,
        CancellationToken cancellationToken)
    {
        var paging = new Paging(page, pageSize);
        var criteria = await EventCriteria.ResolveAsync(db, reference, filter, cancellationToken);
        var events = criteria.Apply(db.PartnershipEvents.AsNoTracking());
        var total = await events.CountAsync(cancellationToken);
        var records = total <= paging.Skip ? [] : await EventRecords.LoadAsync(events.NewestFirst().Skip(paging.Skip).Take(paging.Size), cancellationToken);
        var links = new ApiLinks(request);
        return TypedResults.Ok(new ApiPage<EventJson>(
            paging.Number, paging.Size, total, [.. records.Select(r => EventJson.From(r, links))], [.. ApiProblems.Of(criteria), .. paging.Problems()]));
    }
}

/// <summary>An event as the API writes it.</summary>
/// <param name="Date">The event date at its precision.</param>
/// <param name="SortDate">The full date it is ordered and filtered by (yyyy-MM-dd), or null.</param>
/// <param name="ArticleCount">How many articles report it ("N 篇报道").</param>
/// <param name="MentionCount">How many evidence sentences are listed in <see cref="Evidence"/>.</param>
internal sealed record EventJson(
    long Id,
    string Url,
    IReadOnlyList<CompanyRefJson> Companies,
    string Stage,
    bool Planned,
    DateJson Date,
    DateOnly? SortDate,
    double Confidence,
    int ArticleCount,
    int MentionCount,
    IReadOnlyList<EvidenceJson> Evidence)
{
    public static EventJson From(EventRecord record, ApiLinks links) => new(
        record.Id,
        links.To(SiteLinks.Event(record.Id)),
        [CompanyRefJson.From(record.CompanyA, links), CompanyRefJson.From(record.CompanyB, links)],
        QueryValues.Key(record.Stage),
        record.IsPlanned,
        DateJson.From(record.Date),
        record.SortDate,
        Math.Round(record.Confidence, 3),
        record.ArticleCount,
        record.Mentions.Count,
        [.. record.Mentions.Select(m => EvidenceJson.From(m, links))]);
}

/// <summary>A company named in API output.</summary>
/// <param name="Reviewed">False for a company discovered in articles that no admin reviewed yet (shown as "未审核" on pages).</param>
internal sealed record CompanyRefJson(int Id, string Name, string Role, bool Reviewed, string Url)
{
    public static CompanyRefJson From(CompanyRecord company, ApiLinks links) =>
        new(company.Id, company.Name, QueryValues.Key(company.Role), company.Reviewed, links.To(SiteLinks.Company(company.Name)));
}

/// <summary>
/// A date known to a precision: <c>value</c> is <c>yyyy-MM-dd</c>, <c>yyyy-MM</c>, <c>yyyy</c>, <c>--MM-dd</c>
/// (year unknown) or null; <c>precision</c> is day, month, year, month_day or none; <c>source</c> is text
/// (said in the article) or published (the article's publication date stands in).
/// </summary>
internal sealed record DateJson(string? Value, string Precision, string Source)
{
    public static DateJson From(NewsHub.Domain.PartialDate date) =>
        new(date.ToIsoString(), ExportVocabulary.Code(date.Precision), ExportVocabulary.Code(date.Source));
}

/// <summary>One evidence sentence, the names as written, the trigger word and the article it comes from.</summary>
internal sealed record EvidenceJson(string Text, string CompanyAAsWritten, string CompanyBAsWritten, string Trigger, double Confidence, ArticleRefJson Article)
{
    public static EvidenceJson From(MentionRecord mention, ApiLinks links) => new(
        mention.Evidence, mention.CompanyAAsWritten, mention.CompanyBAsWritten, mention.Trigger, Math.Round(mention.Confidence, 3),
        ArticleRefJson.From(mention.Article, links));
}

/// <summary>A source article named in API output.</summary>
internal sealed record ArticleRefJson(long Id, string Title, DateTimeOffset? PublishedAt, string? Outlet, string? SourceUrl, string Url)
{
    public static ArticleRefJson From(ArticleRecord article, ApiLinks links) =>
        new(article.Id, article.Title, article.PublishedAt, article.Outlet, article.SourceUrl, links.To(SiteLinks.Article(article.Id)));
}

internal static class ApiProblems
{
    public static IReadOnlyList<ApiProblem> Of(EventCriteria criteria) => [.. criteria.Problems.Select(p => new ApiProblem(p.Field, p.Value))];
}
