using System.Text.Json;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Partnerships;
using NewsHub.Ingestion.Reading;
using static NewsHub.Ingestion.Tests.Partnerships.Mentions;

namespace NewsHub.Ingestion.Tests.Analysis;

/// <summary>The line <c>newshub analyze</c> prints for an article, in the shape the output contract gives.</summary>
public sealed class AnalysisJsonLineTests
{
    private const string Text = "9月26日，北汽新能源与华为签署合作协议。北汽新能源还将与华为共建实验室。";

    private static readonly DateTimeOffset Published = new(2021, 9, 28, 1, 39, 0, TimeSpan.Zero);

    private static ArticleDocument Document(string text, string title, DateTimeOffset? published) => new(
        "/data/articles/000_example.txt", "hash", ArticleFormat.FrontMatterHtml, "utf-8", title, published, null, null, null, text, "", new Dictionary<string, object?>());

    private static ArticleAnalysis Analysis(string text)
    {
        var mentions = In(text, Carmaker("北汽新能源", "北汽"), Tech("华为"), Carmaker("小鹏"));
        return new ArticleAnalysis(mentions, PartnershipFinder.Find(text, mentions, Published));
    }

    [Fact]
    public void Writes_the_article_its_companies_and_partnerships_as_one_line_of_json_with_chinese_unescaped()
    {
        var line = AnalysisJsonLine.ForArticle(Document(Text, "北汽新能源与华为签约", Published), Analysis(Text));

        Assert.DoesNotContain('\n', line);
        Assert.Contains("\"北汽新能源\"", line, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("000_example.txt", root.GetProperty("file").GetString());
        Assert.Equal("北汽新能源与华为签约", root.GetProperty("title").GetString());
        Assert.Equal("2021-09-28T01:39:00+00:00", root.GetProperty("published").GetString());
        Assert.Equal(
            [("北汽新能源", "北汽", "carmaker", 2), ("华为", "华为", "tech", 2)],
            root.GetProperty("companies").EnumerateArray().Select(c =>
                (c.GetProperty("name").GetString(), c.GetProperty("group").GetString(), c.GetProperty("role").GetString(), c.GetProperty("mentions").GetInt32())));

        var first = root.GetProperty("partnerships")[0];
        Assert.Equal(["北汽", "华为"], first.GetProperty("companies").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["carmaker", "tech"], first.GetProperty("roles").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("agreement", first.GetProperty("stage").GetString());
        Assert.Equal("2021-09-26", first.GetProperty("date").GetString());
        Assert.Equal("text", first.GetProperty("date_source").GetString());
        Assert.Equal("9月26日，北汽新能源与华为签署合作协议。", first.GetProperty("evidence").GetString());
        Assert.InRange(first.GetProperty("confidence").GetDouble(), 0.0, 1.0);
    }

    [Fact]
    public void Writes_null_for_a_missing_publication_time_and_a_missing_date()
    {
        const string text = "北汽新能源与华为签署合作协议。";
        var mentions = In(text, Carmaker("北汽新能源", "北汽"), Tech("华为"));
        var analysis = new ArticleAnalysis(mentions, PartnershipFinder.Find(text, mentions, published: null));

        using var json = JsonDocument.Parse(AnalysisJsonLine.ForArticle(Document(text, "标题", published: null), analysis));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("partnerships")[0].GetProperty("date").ValueKind);
    }

    [Fact]
    public void Lists_the_headline_companies_first_and_the_headline_partnerships_after_the_texts()
    {
        const string title = "从对手到牵手，小鹏华为联手";
        var headline = Analysis(title);
        var text = Analysis(Text);
        var analysis = new ArticleAnalysis(text.Companies, [.. headline.Partnerships.Select(f => f with { InHeadline = true }), .. text.Partnerships])
        {
            HeadlineCompanies = headline.Companies,
        };

        using var json = JsonDocument.Parse(AnalysisJsonLine.ForArticle(Document(Text, title, Published), analysis));

        var pairs = json.RootElement.GetProperty("partnerships").EnumerateArray()
            .Select(p => string.Join('-', p.GetProperty("companies").EnumerateArray().Select(c => c.GetString())))
            .ToList();
        Assert.Equal("小鹏-华为", pairs[^1]);
        Assert.Equal(2, pairs.Count(p => p == "北汽-华为"));
        Assert.Equal("小鹏", json.RootElement.GetProperty("companies")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Writes_a_file_that_could_not_be_read_as_its_name_and_the_reason()
    {
        using var json = JsonDocument.Parse(AnalysisJsonLine.ForError("/data/articles/broken.md", "the front matter is never closed"));

        Assert.Equal(["file", "error"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("broken.md", json.RootElement.GetProperty("file").GetString());
        Assert.Equal("the front matter is never closed", json.RootElement.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData(CompanyRole.Carmaker, "carmaker")]
    [InlineData(CompanyRole.Battery, "battery")]
    [InlineData(CompanyRole.Parts, "parts")]
    [InlineData(CompanyRole.Mobility, "mobility")]
    [InlineData(CompanyRole.Tech, "tech")]
    [InlineData(CompanyRole.Other, "other")]
    public void Names_every_role_in_lower_case(CompanyRole role, string name) => Assert.Equal(name, AnalysisJsonLine.RoleName(role));

    [Fact]
    public void Gives_every_role_a_name_of_its_own()
    {
        var roles = Enum.GetValues<CompanyRole>();

        Assert.Equal(roles.Length, roles.Select(AnalysisJsonLine.RoleName).Distinct(StringComparer.Ordinal).Count());
    }
}
