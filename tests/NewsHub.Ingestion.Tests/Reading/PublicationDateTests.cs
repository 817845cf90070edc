using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

public class PublicationDateTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void Reads_rfc_1123_times_in_gmt() =>
        Assert.Equal(new DateTimeOffset(2021, 9, 28, 1, 39, 0, TimeSpan.Zero), PublicationDate.Parse("Tue, 28 Sep 2021 01:39:00 GMT"));

    [Fact]
    public void Reads_rfc_2822_times_with_a_numeric_offset() =>
        Assert.Equal(new DateTimeOffset(2021, 9, 28, 9, 39, 0, Beijing), PublicationDate.Parse("Tue, 28 Sep 2021 09:39:00 +0800"));

    [Fact]
    public void Reads_a_time_without_zone_as_china_standard_time()
    {
        var parsed = PublicationDate.Parse("2025-02-11 15:10:45");

        Assert.Equal(new DateTimeOffset(2025, 2, 11, 15, 10, 45, Beijing), parsed);
        Assert.Equal(Beijing, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("2024-03-05T10:00:00+08:00", 2024, 3, 5, 10, 0, 8)]
    [InlineData("2024-03-05T02:00:00Z", 2024, 3, 5, 2, 0, 0)]
    [InlineData("2024-03-05T02:00:00.123-05:00", 2024, 3, 5, 2, 0, -5)]
    public void Reads_iso_8601_with_an_offset(string value, int year, int month, int day, int hour, int minute, int offsetHours)
    {
        var parsed = PublicationDate.Parse(value);

        Assert.NotNull(parsed);
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), parsed.Value.DateTime.AddTicks(-(parsed.Value.DateTime.Ticks % TimeSpan.TicksPerSecond)));
        Assert.Equal(TimeSpan.FromHours(offsetHours), parsed.Value.Offset);
    }

    [Theory]
    [InlineData("2022-10-15")]
    [InlineData("2022/10/15")]
    public void Reads_a_date_alone_as_midnight_china_standard_time(string value) =>
        Assert.Equal(new DateTimeOffset(2022, 10, 15, 0, 0, 0, Beijing), PublicationDate.Parse(value));

    [Theory]
    [InlineData("2023年3月8日", 0, 0)]
    [InlineData("2023年03月08日 09:30", 9, 30)]
    [InlineData("2023年3月8日09:30", 9, 30)]
    [InlineData("２０２３年３月８日　０９：３０", 9, 30)]
    [InlineData("２０２３-０３-０８ ０９：３０", 9, 30)]
    public void Reads_chinese_and_full_width_dates_as_china_standard_time(string value, int hour, int minute) =>
        Assert.Equal(new DateTimeOffset(2023, 3, 8, hour, minute, 0, Beijing), PublicationDate.Parse(value));

    [Fact]
    public void A_chinese_date_in_front_matter_dates_the_article() =>
        Assert.Equal(new DateTimeOffset(2023, 3, 8, 9, 30, 0, Beijing), ArticleFiles.Read("---\ntitle: 标题\ndate: 2023年3月8日 09:30\n---\n正文。\n").PublishedAt);

    [Theory]
    [InlineData("2023年2月30日")]
    [InlineData("2023年3月8日 25:00")]
    public void A_chinese_date_that_does_not_exist_gives_null(string value) => Assert.Null(PublicationDate.Parse(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("上周三")]
    [InlineData("not a date")]
    [InlineData("2022-13-45")]
    public void Gives_null_rather_than_a_guess_for_anything_else(string? value) => Assert.Null(PublicationDate.Parse(value));

    [Fact]
    public void An_article_without_a_date_has_no_publication_time_not_the_import_time() =>
        Assert.Null(ArticleFiles.Read("---\ntitle: 无日期\n---\n正文。\n").PublishedAt);
}
