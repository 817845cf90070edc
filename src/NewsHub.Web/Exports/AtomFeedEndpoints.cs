using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Api;
using NewsHub.Web.Caching;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Exports;

/// <summary>
/// Atom 1.0 feeds of partnership events, newest first: one per company group
/// (<c>/feeds/companies/{id}.atom</c>) and one per pair (<c>/feeds/pairs/{a}/{b}.atom</c>).
/// </summary>
public static class AtomFeedEndpoints
{
    /// <summary>How many events a feed carries; readers poll, so the newest are what matters.</summary>
    public const int MaxEntries = 50;

    private const string AtomContentType = "application/atom+xml; charset=utf-8";

    // Markup characters escaped, Chinese left readable.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEndpointRouteBuilder MapAtomFeeds(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var feeds = endpoints.MapGroup("/feeds").WithTags("Feeds").CacheOutput(PublicPageCachePolicy.Name);
        feeds.MapMethods("/companies/{id:int}.atom", ApiEndpoints.ReadMethods, CompanyFeedAsync).WithName("CompanyAtomFeed");
        feeds.MapMethods("/pairs/{a:int}/{b:int}.atom", ApiEndpoints.ReadMethods, PairFeedAsync).WithName("PairAtomFeed");
        return endpoints;
    }

    private static async Task<IResult> CompanyFeedAsync(int id, HttpRequest request, NewsHubDbContext db, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == id && c.Status != CompanyStatus.Rejected)
            .Select(c => new { c.Id, c.CanonicalName, GroupId = c.ParentId ?? c.Id, Reviewed = c.Status != CompanyStatus.Discovered })
            .SingleOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return Results.NotFound();
        }

        // Events are kept per group: a brand's feed is its group's.
        if (company.GroupId != company.Id)
        {
            return Results.Redirect(SiteLinks.CompanyFeed(company.GroupId), permanent: true);
        }

        var events = db.PartnershipEvents.AsNoTracking().Where(e => e.CompanyAId == id || e.CompanyBId == id);
        var records = await EventRecords.LoadAsync(Newest(events), cancellationToken);
        var feed = BuildFeed(
            request,
            title: $"{ExportVocabulary.CompanyName(company.CanonicalName, company.Reviewed)}的合作动态 · NewsHub",
            description: $"NewsHub 收录的{company.CanonicalName}合作事件，最新的在前。",
            alternatePath: SiteLinks.Company(company.CanonicalName),
            selfPath: SiteLinks.CompanyFeed(id),
            records);
        return Atom(feed);
    }

    private static async Task<IResult> PairFeedAsync(int a, int b, HttpRequest request, NewsHubDbContext db, CancellationToken cancellationToken)
    {
        if (a == b)
        {
            return Results.NotFound();
        }

        var (low, high) = (Math.Min(a, b), Math.Max(a, b));
        if (a != low)
        {
            return Results.Redirect(SiteLinks.PairFeed(low, high), permanent: true);
        }

        var names = await db.Companies.AsNoTracking().Where(c => (c.Id == low || c.Id == high) && c.Status != CompanyStatus.Rejected)
            .ToDictionaryAsync(c => c.Id, c => new CompanyRecord(c.Id, c.CanonicalName, c.Role, c.Status != CompanyStatus.Discovered), cancellationToken);
        if (names.Count != 2)
        {
            return Results.NotFound();
        }

        var events = db.PartnershipEvents.AsNoTracking().Where(e => e.CompanyAId == low && e.CompanyBId == high);
        var records = await EventRecords.LoadAsync(Newest(events), cancellationToken);
        var feed = BuildFeed(
            request,
            title: $"{ExportVocabulary.CompanyName(names[low])}与{ExportVocabulary.CompanyName(names[high])}的合作动态 · NewsHub",
            description: $"NewsHub 收录的{names[low].Name}与{names[high].Name}之间的合作事件，最新的在前。",
            alternatePath: SiteLinks.Pair(names[low].Name, names[high].Name),
            selfPath: SiteLinks.PairFeed(low, high),
            records);
        return Atom(feed);
    }

    private static IQueryable<PartnershipEvent> Newest(IQueryable<PartnershipEvent> events) =>
        events
            .Where(e => e.Mentions.Any(m => m.Article.Status == ArticleStatus.Active))
            .NewestFirst()
            .Take(MaxEntries);

    private static SyndicationFeed BuildFeed(HttpRequest request, string title, string description, string alternatePath, string selfPath, IReadOnlyList<EventRecord> records)
    {
        var site = PublicSite.BaseUri(request);
        var items = records.Select(r => BuildEntry(site, r)).ToList();
        var feed = new SyndicationFeed(
            title,
            description,
            new Uri(site, alternatePath.TrimStart('/')),
            new Uri(site, selfPath.TrimStart('/')).AbsoluteUri,
            items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UtcNow,
            items)
        {
            Language = "zh-CN",
            Generator = "NewsHub",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "NewsHub" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(site, selfPath.TrimStart('/')), "application/atom+xml"));
        return feed;
    }

    private static SyndicationItem BuildEntry(Uri site, EventRecord record)
    {
        var eventUri = new Uri(site, SiteLinks.Event(record.Id).TrimStart('/'));
        var planned = record.IsPlanned ? "（计划）" : "";
        var title = $"{ExportVocabulary.CompanyName(record.CompanyA)} × {ExportVocabulary.CompanyName(record.CompanyB)}：{ExportVocabulary.Chinese(record.Stage)}{planned}";
        var item = new SyndicationItem(title, new TextSyndicationContent(EntryHtml(site, record), TextSyndicationContentKind.Html), eventUri, eventUri.AbsoluteUri, Updated(record));
        if (record.Mentions.Select(m => m.Article.PublishedAt).Where(p => p is not null).Min() is { } published)
        {
            item.PublishDate = published;
        }

        item.Categories.Add(new SyndicationCategory(QueryValues.Key(record.Stage), null, ExportVocabulary.Chinese(record.Stage)));
        return item;
    }

    /// <summary>An event changes when an article reporting it is stored again; with no article, its date stands in.</summary>
    private static DateTimeOffset Updated(EventRecord record) =>
        record.Mentions.Count > 0
            ? record.Mentions.Max(m => m.Article.UpdatedAt)
            : record.SortDate is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;

    /// <summary>The entry's content: date, stage and each evidence sentence with its article, every text escaped.</summary>
    private static string EntryHtml(Uri site, EventRecord record)
    {
        var html = new StringBuilder();
        html.Append("<p>")
            .Append(Html.Encode($"日期：{record.Date.ToIsoString() ?? "未知"} · 阶段：{ExportVocabulary.Chinese(record.Stage)} · {record.ArticleCount} 篇报道"))
            .Append("</p>");
        foreach (var mention in record.Mentions)
        {
            var articleUri = new Uri(site, SiteLinks.Article(mention.Article.Id).TrimStart('/'));
            html.Append("<blockquote>").Append(Html.Encode(mention.Evidence)).Append("</blockquote>")
                .Append("<p>来源：<a href=\"").Append(Html.Encode(articleUri.AbsoluteUri)).Append("\">")
                .Append(Html.Encode(mention.Article.Title)).Append("</a>");
            if (mention.Article.Outlet is { } outlet)
            {
                html.Append('（').Append(Html.Encode(outlet)).Append('）');
            }

            html.Append("</p>");
        }

        return html.ToString();
    }

    private static IResult Atom(SyndicationFeed feed)
    {
        // The formatter writes synchronously, and Kestrel forbids synchronous writes to the response: write to
        // memory first (a feed is at most MaxEntries entries).
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return Results.Bytes(buffer.ToArray(), AtomContentType);
    }
}
