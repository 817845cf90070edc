using NewsHub.Data.Entities;
using NewsHub.Data.Search;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Search;

/// <summary>
/// The app over a database holding a handful of articles written for these tests, indexed by
/// <see cref="ArticleSearchIndexer"/> as the import does: some name 华为 or 北汽 as words, some only
/// contain their characters inside other words (中华为民族, 华北汽车站), one is hidden.
/// </summary>
public sealed class SearchFixture : WebAppFixture
{
    public const string HuaweiInTitle = "华为与北汽签署全面合作协议";
    public const string HuaweiInBody = "新能源车企加快智能化布局";
    public const string BaicNewEnergy = "北汽新能源发布新款车型";
    public const string UnrelatedChinese = "一次去华北的旅行";
    public const string Hidden = "已下线文章：华为发布会";
    public const string Markup = "关于<script>alert(1)</script>的报道";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var articles = new[]
        {
            NewArticle(HuaweiInTitle, "北汽集团与华为技术有限公司今天在北京签署全面合作协议，双方将在智能驾驶领域深入合作。", new DateTimeOffset(2021, 9, 28, 9, 0, 0, TimeSpan.FromHours(8))),
            NewArticle(HuaweiInBody, "多家车企近期宣布与科技公司合作。其中，长安汽车表示将继续与华为在智能座舱方面合作。另有消息称，宁德时代也在接洽多家车企。", new DateTimeOffset(2022, 3, 1, 10, 0, 0, TimeSpan.FromHours(8))),
            NewArticle(BaicNewEnergy, "北汽新能源今天发布新款车型，新车续航超过六百公里。", new DateTimeOffset(2023, 5, 6, 10, 0, 0, TimeSpan.FromHours(8))),
            NewArticle(UnrelatedChinese, "我们在华北汽车站等车，人很多。中华为民族复兴而奋斗的故事，在这里口口相传。", new DateTimeOffset(2020, 1, 2, 10, 0, 0, TimeSpan.FromHours(8))),
            NewArticle(Hidden, "华为发布会的报道已从来源文件夹移除。", new DateTimeOffset(2020, 2, 2, 10, 0, 0, TimeSpan.FromHours(8)), ArticleStatus.Missing),
            NewArticle(Markup, "一篇带有标记的文章：<b>华为</b> & 北汽 \"合作\"。", new DateTimeOffset(2019, 2, 2, 10, 0, 0, TimeSpan.FromHours(8))),
        };
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
        foreach (var article in articles)
        {
            await ArticleSearchIndexer.IndexAsync(db, article);
        }
    }

    public static Article NewArticle(string title, string text, DateTimeOffset published, ArticleStatus status = ArticleStatus.Active) => new()
    {
        ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(title + text))),
        Title = title,
        PublishedAt = published,
        Format = ArticleFormat.PlainText,
        Encoding = "utf-8",
        CleanText = text,
        SanitizedHtml = "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>",
        MetadataJson = "{}",
        ImportedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
        Status = status,
    };
}
