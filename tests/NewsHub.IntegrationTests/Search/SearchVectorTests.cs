using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Search;
using Npgsql;
using NpgsqlTypes;

namespace NewsHub.IntegrationTests.Search;

/// <summary>
/// The search vector NewsHub builds itself must be what PostgreSQL's <c>to_tsvector('simple', …)</c> built
/// from the same words (positions, weights, limits), wherever PostgreSQL's parser keeps a word whole; and
/// words it would split again must be stored, and found, exactly as the segmenter cut them.
/// </summary>
public class SearchVectorTests(SearchFixture app) : IClassFixture<SearchFixture>
{
    public static TheoryData<string, string> Texts => new()
    {
        { SearchFixture.HuaweiInTitle, "北汽集团与华为技术有限公司今天在北京签署全面合作协议，双方将在智能驾驶领域深入合作。" },
        { "Huawei HI 与 MG4 的 OTA 升级", "上汽集团 SAIC Motor 表示，iPhone15 用户可以通过 CarPlay 连接；ADS 智驾系统年内推送给 HUAWEI 用户。" },
        { "同一个词出现三百次", string.Join("，", Enumerable.Repeat("华为与长安合作", 300)) },
        { "超过一万六千个词", string.Join(" ", Enumerable.Repeat("北汽 新能源 发布 新款 车型", 4000)) + " 结尾 长安" },
        { "", "只有正文没有标题的文章，华为出现在这里。" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Is_what_PostgreSQL_builds_from_the_same_words(string title, string body)
    {
        var titleWords = SearchTokenizer.Words(title).Where(IsWholeForPostgres).ToList();
        var bodyWords = SearchTokenizer.Words(body).Where(IsWholeForPostgres).ToList();
        Assert.NotEmpty(bodyWords);

        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT $1::tsvector::text,
                   (setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $3), 'B'))::text
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = SearchVector.Of(titleWords, bodyWords).Text, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = string.Join(' ', titleWords), NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = string.Join(' ', bodyWords), NpgsqlDbType = NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(reader.GetString(1), reader.GetString(0));
    }

    [Fact]
    public async Task Stores_words_with_quotes_backslashes_and_hyphens_as_cut_and_finds_them()
    {
        string[] words = ["e-tron", "it's", @"a\b", "Model3"];

        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT array_agg(lexeme ORDER BY lexeme), bool_and($1::tsvector @@ $2) FROM unnest($1::tsvector)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = SearchVector.Of(["标题"], words).Text, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = SearchQuery.AllOf(["e-tron", "model3"]) });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal([@"a\b", "e-tron", "it's", "model3", "标题"], reader.GetFieldValue<string[]>(0).Order(StringComparer.Ordinal));
        Assert.True(reader.GetBoolean(1));
    }

    [Fact]
    public async Task A_query_needs_every_word()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT $1::tsvector @@ $2, $1::tsvector @@ $3", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = SearchVector.Of(["华为"], ["北汽", "合作"]).Text, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = SearchQuery.AllOf(["华为", "北汽"]) });
        command.Parameters.Add(new NpgsqlParameter { Value = SearchQuery.AllOf(["华为", "长安"]) });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.True(reader.GetBoolean(0));
        Assert.False(reader.GetBoolean(1));
    }

    /// <summary>Letters and digits only: PostgreSQL's parser keeps such a word whole (e-tron or 2.0 it would split or read otherwise).</summary>
    private static bool IsWholeForPostgres(string word) => word.All(char.IsLetterOrDigit);

    private async Task<NpgsqlConnection> OpenAsync()
    {
        await using var db = app.CreateContext();
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        return connection;
    }
}
