using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Ingestion.Reading;

namespace NewsHub.IntegrationTests.Sources;

/// <summary>Articles written by the tests: files for watched folders, documents for feed items, and waiting for sources.</summary>
internal static class SourceTestFiles
{
    /// <summary>Writes a Markdown article with front matter; returns its path.</summary>
    public static string WriteArticle(string folder, string name, string title, string body, string? url = null)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        var front = $"---\ntitle: {title}\n{(url is null ? "" : $"url: {url}\n")}source: NewsHub 测试\ndate: 2026-11-30\n---\n\n{body}\n";
        File.WriteAllText(path, front, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A feed item's document as a feed fetcher reads it: the hash is of its content, so an edit is a change.</summary>
    public static ArticleDocument Document(string link, string title, string text)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + text)));
        return new ArticleDocument(link, hash, ArticleFormat.FrontMatterHtml, "utf-8", title,
            new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(8)), null, "NewsHub 测试订阅", link, text,
            $"<p>{WebUtility.HtmlEncode(text)}</p>", new Dictionary<string, object?>());
    }

    /// <summary>Polls the source's row until <paramref name="condition"/> holds, and returns it as it then was.</summary>
    public static async Task<Source> WaitForSourceAsync(string connectionString, string name, Func<Source, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            await using (var db = new NewsHubDbContext(NewsHubDbContextOptions.Create(connectionString)))
            {
                var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Name == name);
                if (source is not null && condition(source))
                {
                    return source;
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Source {name} did not reach \"{what}\": " +
                        (source is null ? "no such source" : $"last attempt {source.LastAttemptAt:O}, error {source.LastError}, next run {source.NextRunAt:O}"));
                }
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Polls a page until <paramref name="condition"/> holds for its HTML.</summary>
    public static async Task<string> WaitForPageAsync(HttpClient client, string url, Func<string, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            var html = await client.GetStringAsync(url);
            if (condition(html))
            {
                return html;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{url} did not come to show {what}.");
            }

            await Task.Delay(50);
        }
    }

    public static string Today => DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
