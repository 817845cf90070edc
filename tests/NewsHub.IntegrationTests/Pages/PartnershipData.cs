using System.Security.Cryptography;
using System.Text;
using NewsHub.Data;
using NewsHub.Data.Entities;

namespace NewsHub.IntegrationTests.Pages;

/// <summary>
/// Builds catalog companies, articles and partnership events straight into a test database, with
/// offsets computed from the text as the import pipeline would store them, for page tests that must
/// not depend on the tagger's and finder's judgement.
/// </summary>
public sealed class PartnershipData(NewsHubDbContext db)
{
    private readonly Dictionary<string, Company> companies = new(StringComparer.Ordinal);
    private readonly List<PendingEvent> pendingEvents = [];
    private readonly Dictionary<PartnershipMention, (Company First, Company Second)> linked = [];

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

    /// <summary>An article whose clean text is <paramref name="paragraphs"/> joined by newlines, its HTML one &lt;p&gt; each.</summary>
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
            ImportedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Articles.Add(article);
        return article;
    }

    /// <summary>Tags every occurrence of <paramref name="asWritten"/> in the article as <paramref name="company"/>.</summary>
    public static void Tag(Article article, string asWritten, Company company)
    {
        for (var at = article.CleanText.IndexOf(asWritten, StringComparison.Ordinal); at >= 0;
             at = article.CleanText.IndexOf(asWritten, at + asWritten.Length, StringComparison.Ordinal))
        {
            article.CompanyMentions.Add(new ArticleCompanyMention
            {
                Company = company,
                Group = GroupOf(company),
                AsWritten = asWritten,
                Start = at,
                Length = asWritten.Length,
            });
        }
    }

    /// <summary>
    /// A mention in the sentence of <paramref name="article"/> that holds both names and the trigger, added
    /// to <paramref name="existing"/> or to a new event of the two groups. Both names are tagged. The event
    /// is written by <see cref="SaveAsync"/>, once group ids are known and the pair can be put in order.
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
        Tag(article, firstAsWritten, first);
        Tag(article, secondAsWritten, second);

        var pending = existing ?? new PendingEvent(GroupOf(first), GroupOf(second), stage, planned, Copy(date), SortDateOf(date, article.PublishedAt), confidence);
        if (pending.First == pending.Second)
        {
            throw new InvalidOperationException("A partnership needs two groups.");
        }

        var mention = new PartnershipMention
        {
            Article = article,
            Evidence = sentence.Text,
            EvidenceStart = sentence.Start,
            EvidenceLength = sentence.Text.Length,
            CompanyAAsWritten = firstAsWritten,
            CompanyAStart = sentence.Start + sentence.Text.IndexOf(firstAsWritten, StringComparison.Ordinal),
            CompanyBAsWritten = secondAsWritten,
            CompanyBStart = sentence.Start + sentence.Text.IndexOf(secondAsWritten, StringComparison.Ordinal),
            Trigger = trigger,
            TriggerStart = sentence.Start + sentence.Text.IndexOf(trigger, StringComparison.Ordinal),
            Stage = stage,
            IsPlanned = planned,
            Date = Copy(date),
            Confidence = confidence,
            ArticlePublishedOn = article.PublishedAt is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
        };
        pending.Mentions.Add(mention);
        linked.Add(mention, (first, second));
        if (existing is null)
        {
            pendingEvents.Add(pending);
        }

        return pending;
    }

    /// <summary>Saves companies and articles, then the events with each pair in id order, as the schema's check constraint wants.</summary>
    public async Task SaveAsync()
    {
        await db.SaveChangesAsync();
        foreach (var pending in pendingEvents.Where(p => p.Entity is null))
        {
            var (a, b) = pending.First.Id < pending.Second.Id ? (pending.First, pending.Second) : (pending.Second, pending.First);
            pending.Entity = new PartnershipEvent
            {
                CompanyAId = a.Id,
                CompanyBId = b.Id,
                Stage = pending.Stage,
                IsPlanned = pending.IsPlanned,
                Date = pending.Date,
                SortDate = pending.SortDate,
                Confidence = pending.Confidence,
                ArticleCount = pending.Mentions.Select(m => m.Article).Distinct().Count(),
                Mentions = pending.Mentions,
            };
            foreach (var mention in pending.Mentions)
            {
                Link(mention, a);
            }

            db.PartnershipEvents.Add(pending.Entity);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Gives <paramref name="mention"/> the ids of the companies it names and of their groups, sides in the event's
    /// order as the writer stores them (side A is the group <paramref name="groupA"/>), swapping the names when the
    /// sentence named them the other way round.
    /// </summary>
    private void Link(PartnershipMention mention, Company groupA)
    {
        var (first, second) = linked[mention];
        if (GroupOf(first) != groupA)
        {
            (first, second) = (second, first);
            (mention.CompanyAAsWritten, mention.CompanyBAsWritten) = (mention.CompanyBAsWritten, mention.CompanyAAsWritten);
            (mention.CompanyAStart, mention.CompanyBStart) = (mention.CompanyBStart, mention.CompanyAStart);
        }

        (mention.CompanyAId, mention.CompanyAGroupId) = (first.Id, GroupOf(first).Id);
        (mention.CompanyBId, mention.CompanyBGroupId) = (second.Id, GroupOf(second).Id);
    }

    public static PartialDate Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day, Precision = DatePrecision.Day };

    public static PartialDate Month(int year, int month) => new() { Year = year, Month = month, Precision = DatePrecision.Month };

    public static PartialDate MonthDay(int month, int day) => new() { Month = month, Day = day, Precision = DatePrecision.MonthDay };

    public static DateTimeOffset Beijing(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

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

    private static DateOnly? SortDateOf(PartialDate date, DateTimeOffset? published) => date switch
    {
        { Year: { } y, Month: { } m, Day: { } d } => new DateOnly(y, m, d),
        { Year: { } y, Month: { } m } => new DateOnly(y, m, 1),
        { Year: { } y } => new DateOnly(y, 1, 1),
        _ when published is { } p => DateOnly.FromDateTime(p.Date),
        _ => null,
    };

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
}

/// <summary>An event being built; <see cref="Entity"/> is set once saved.</summary>
public sealed class PendingEvent(Company first, Company second, PartnershipStage stage, bool isPlanned, PartialDate date, DateOnly? sortDate, double confidence)
{
    public Company First { get; } = first;

    public Company Second { get; } = second;

    public PartnershipStage Stage { get; } = stage;

    public bool IsPlanned { get; } = isPlanned;

    public PartialDate Date { get; } = date;

    public DateOnly? SortDate { get; } = sortDate;

    public double Confidence { get; } = confidence;

    public List<PartnershipMention> Mentions { get; } = [];

    public PartnershipEvent? Entity { get; set; }

    public long Id => Entity?.Id ?? throw new InvalidOperationException("Not saved yet.");
}
