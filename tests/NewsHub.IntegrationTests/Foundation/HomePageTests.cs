using System.Net;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Foundation;

public class HomePageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Home_page_answers_200_with_articles_read_from_PostgreSQL()
    {
        await using (var db = app.CreateContext())
        {
            db.Articles.Add(new Article
            {
                ContentHash = new string('a', 64),
                Title = "测试：北汽与华为签署合作协议<script>",
                PublishedAt = new DateTimeOffset(2021, 9, 28, 9, 39, 0, TimeSpan.FromHours(8)),
                Format = ArticleFormat.PlainText,
                Encoding = "utf-8",
                CleanText = "北汽与华为签署合作协议。",
                SanitizedHtml = "<p>北汽与华为签署合作协议。</p>",
                MetadataJson = "{}",
                ImportedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/Articles", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("测试：北汽与华为签署合作协议&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
