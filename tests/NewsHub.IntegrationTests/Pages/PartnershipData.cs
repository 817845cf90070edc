using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Pages;

/// <summary>
/// Catalog companies, articles and the partnerships they report, for page tests that must not depend on the
/// tagger's and finder's judgement: the test says which sentence tells which partnership, and the import's own
/// <see cref="ArticleWriter"/> stores each article and groups its mentions into events, so pages see the events
/// the app would store. Which mentions a test expects in one event (<see cref="Mention"/>'s <c>existing</c>) is
/// checked against what the writer made of them.
/// </summary>
/// <param name="db">Stores the companies; its connection string names the database the writer writes to.</param>
/// <param name="writerOptions">The writer's settings, such as its event window; the app's defaults when null.</param>
public sealed class PartnershipData(NewsHubDbContext db, ArticleWriterOptions? writerOptions = null)
{
    private readonly Dictionary<string, Company> companies = new(StringComparer.Ordinal);
    private readonly List<SeededArticle> articles = [];
    private readonly List<PendingEvent> pendingEvents = [];

    /// <summary>A group (a company without parent).</summary>
    public Company Group(string name, CompanyRole role, string? english = null, params string[] aliases)
    {
        var company = new Company { CanonicalName = name, Role = role, EnglishNames = english is null ? [] : [english] };
        company.Aliases.Add(new CompanyAlias { Name = name });
        if (english is not null)
        {
            company.Aliases.Add(new CompanyAlias { Name = english });
        }

        foreach (var alias in aliases)
        {
            company.Aliases.Add(new CompanyAlias { Name = alias });
        }

        db.Companies.Add(company);
        companies.Add(name, company);
        return company;
    }

    /// <summary>A brand or unit folded into <paramref name="parent"/>.</summary>
    public Company Brand(string name, Company parent, params string[] aliases)
    {
        var company = Group(name, parent.Role, null, aliases);
        company.Parent = parent;
        return company;
    }

    /// <summary>
    /// An article whose clean text is <paramref name="paragraphs"/> joined by newlines, its HTML one &lt;p&gt; each.
    /// It is written by <see cref="SaveAsync"/>, which sets its <see cref="Article.Id"/> and stores its
    /// <see cref="Article.Status"/> if the test changed it.
    /// </summary>
    public Article Article(string title, DateTimeOffset? published, params string[] paragraphs)
    {
        var text = string.Join('\n', paragraphs);
        var article = new Article
        {
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + text))),
            Title = title,
            PublishedAt = published,
            Outlet = "测试日报",
            SourceUrl = "https://example.com/news/" + Uri.EscapeDataString(title),
            Format = ArticleFormat.FrontMatterHtml,
            Encoding = "utf-8",
            CleanText = text,
            SanitizedHtml = string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>")),
            MetadataJson = "{}",
        };
        articles.Add(new SeededArticle(article));
        return article;
    }

    /// <summary>Tags every occurrence of <paramref name="asWritten"/> in the article as <paramref name="company"/>.</summary>
    public void Tag(Article article, string asWritten, Company company)
    {
        var seeded = Seeded(article);
        for (var at = article.CleanText.IndexOf(asWritten, StringComparison.Ordinal); at >= 0;
             at = article.CleanText.IndexOf(asWritten, at + asWritten.Length, StringComparison.Ordinal))
        {
            seeded.Companies.Add(new CompanyMentionToStore(company.CanonicalName, GroupOf(company).CanonicalName, asWritten, at, asWritten.Length));
        }
    }

    /// <summary>
    /// A mention in the sentence of <paramref name="article"/> that holds both names and the trigger. Both names
    /// are tagged. With <paramref name="existing"/>, the test expects it to report that event: <see cref="SaveAsync"/>
    /// fails if the writer's grouping puts it elsewhere; without, it expects an event of its own.
    /// </summary>
    public PendingEvent Mention(
        Article article, string firstAsWritten, string secondAsWritten, string trigger, PartnershipStage stage, PartialDate date,
        PendingEvent? existing = null, bool planned = false, double confidence = 0.9)
    {
        var text = article.CleanText;
        var sentence = Sentences(text).First(s => s.Text.Contains(firstAsWritten, StringComparison.Ordinal)
            && s.Text.Contains(secondAsWritten, StringComparison.Ordinal) && s.Text.Contains(trigger, StringComparison.Ordinal));
        var first = companies.Values.Single(c => c.Aliases.Any(a => a.Name == firstAsWritten));
        var second = companies.Values.Single(c => c.Aliases.Any(a => a.Name == secondAsWritten));
        if (GroupOf(first) == GroupOf(second))
        {
            throw new InvalidOperationException($"A partnership needs two groups; {firstAsWritten} and {secondAsWritten} are both {GroupOf(first).CanonicalName}.");
        }

        Tag(article, firstAsWritten, first);
        Tag(article, secondAsWritten, second);
        var mention = new PartnershipMentionToStore(
            MentionIn(sentence, firstAsWritten, first),
            MentionIn(sentence, secondAsWritten, second),
            stage,
            planned,
            Copy(date),
            sentence.Text,
            sentence.Start,
            trigger,
            sentence.Start + sentence.Text.IndexOf(trigger, StringComparison.Ordinal),
            confidence);
        Seeded(article).Partnerships.Add(mention);

        var pending = existing ?? new PendingEvent();
        pending.Reports.Add((article, mention));
        if (existing is null)
        {
            pendingEvents.Add(pending);
        }

        return pending;
    }

    /// <summary>
    /// Saves the companies, then writes each article through the import's writer in the order they were made,
    /// and reads back which event each expected event became.
    /// </summary>
    public async Task SaveAsync()
    {
        await db.SaveChangesAsync();
        var writer = SeedWriter.For(db, writerOptions);
        foreach (var seeded in articles.Where(a => a.Article.Id == 0))
        {
            var article = seeded.Article;
            var written = await writer.WriteAsync(new ArticleToStore(
                "/seed/" + article.ContentHash + ".html", article.ContentHash, article.Format, article.Encoding, article.Title,
                article.PublishedAt, Author: null, article.Outlet, article.SourceUrl, article.CleanText, article.SanitizedHtml,
                article.MetadataJson, seeded.Companies, seeded.Partnerships));
            article.Id = written.ArticleId;
            if (article.Status == ArticleStatus.Missing)
            {
                await SeedWriter.MarkMissingAsync(db, written.ArticleId);
            }
            else if (article.Status != ArticleStatus.Active)
            {
                throw new InvalidOperationException($"The seed cannot store an article as {article.Status}: only Active or Missing.");
            }
        }

        await ReadEventIdsAsync();
    }

    public static PartialDate Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day, Precision = DatePrecision.Day };

    public static PartialDate Month(int year, int month) => new() { Year = year, Month = month, Precision = DatePrecision.Month };

    public static PartialDate MonthDay(int month, int day) => new() { Month = month, Day = day, Precision = DatePrecision.MonthDay };

    public static DateTimeOffset Beijing(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Each expected event's id, from its reports' stored mentions; fails where the writer grouped otherwise.</summary>
    private async Task ReadEventIdsAsync()
    {
        var articleIds = pendingEvents.SelectMany(p => p.Reports).Select(r => r.Article.Id).Distinct().ToList();
        var stored = (await db.PartnershipMentions
                .Where(m => articleIds.Contains(m.ArticleId))
                .Select(m => new { m.ArticleId, m.EvidenceStart, m.TriggerStart, m.Trigger, m.EventId })
                .ToListAsync())
            .ToDictionary(m => (m.ArticleId, m.EvidenceStart, m.TriggerStart, m.Trigger), m => m.EventId);
        foreach (var pending in pendingEvents.Where(p => !p.IsSaved))
        {
            var ids = pending.Reports
                .Select(r => stored[(r.Article.Id, r.Mention.EvidenceStart, r.Mention.TriggerStart, r.Mention.Trigger)])
                .Distinct()
                .ToList();
            if (ids.Count != 1)
            {
                throw new InvalidOperationException(
                    $"The writer filed the reports of \"{pending.Reports[0].Mention.Evidence}\" under {ids.Count} events; the test expects one. " +
                    "Give them dates within the writer's event window.");
            }

            pending.Id = ids[0];
        }

        var shared = pendingEvents.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
        {
            throw new InvalidOperationException(
                $"The writer filed \"{shared.First().Reports[0].Mention.Evidence}\" and \"{shared.Last().Reports[0].Mention.Evidence}\" " +
                "under one event; the test expects two. Pass existing: to say they are one, or date them further apart.");
        }
    }

    private SeededArticle Seeded(Article article) =>
        articles.SingleOrDefault(a => ReferenceEquals(a.Article, article))
        ?? throw new InvalidOperationException($"The article \"{article.Title}\" was not made by this PartnershipData.");

    private static CompanyMentionToStore MentionIn((int Start, string Text) sentence, string asWritten, Company company) =>
        new(company.CanonicalName, GroupOf(company).CanonicalName, asWritten,
            sentence.Start + sentence.Text.IndexOf(asWritten, StringComparison.Ordinal), asWritten.Length);

    private static Company GroupOf(Company company)
    {
        while (company.Parent is not null)
        {
            company = company.Parent;
        }

        return company;
    }

    private static PartialDate Copy(PartialDate date) =>
        new() { Year = date.Year, Month = date.Month, Day = date.Day, Precision = date.Precision, Source = date.Source };

    private static IEnumerable<(int Start, string Text)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' or '\n')
            {
                yield return (start, text[start..(i + 1)].TrimEnd('\n'));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (start, text[start..]);
        }
    }

    /// <summary>An article to write, with the company and partnership mentions the test gave it.</summary>
    private sealed record SeededArticle(Article Article)
    {
        public List<CompanyMentionToStore> Companies { get; } = [];

        public List<PartnershipMentionToStore> Partnerships { get; } = [];
    }
}

/// <summary>An event a test expects: the reports it gave for it; <see cref="Id"/> is the stored event's, once saved.</summary>
public sealed class PendingEvent
{
    private long? id;

    public long Id
    {
        get => id ?? throw new InvalidOperationException("Not saved yet.");
        internal set => id = value;
    }

    internal bool IsSaved => id is not null;

    internal List<(Article Article, PartnershipMentionToStore Mention)> Reports { get; } = [];
}
