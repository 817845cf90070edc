using NewsHub.Ingestion.Partnerships;
using static NewsHub.Ingestion.Tests.Partnerships.Mentions;

namespace NewsHub.Ingestion.Tests.Partnerships;

/// <summary>The date of each partnership, at the precision the text gives it.</summary>
public sealed class EventDateTests
{
    /// <summary>A Thursday, published in the evening in China.</summary>
    private static readonly DateTimeOffset Published = new(2021, 10, 14, 20, 30, 0, TimeSpan.FromHours(8));

    private static readonly (string, string, CompanyRole)[] Companies = [Carmaker("吉利"), Carmaker("长安"), Tech("百度"), Tech("华为")];

    private static PartialDate DateOf(string text, DateTimeOffset? published) =>
        PartnershipFinder.Find(text, In(text, Companies), published)[0].Date;

    private static string? IsoDateOf(string text, DateTimeOffset? published = null) => DateOf(text, published ?? Published).ToIsoString();

    [Theory]
    [InlineData("2014年10月17日，吉利与华为签署战略合作协议。", "2014-10-17")]
    [InlineData("2014 年 10 月 17 日 ， 吉利 与 华为 签署 战略 合作 协议 。", "2014-10-17")]
    [InlineData("早在2018年，吉利就选择与百度进行技术合作。", "2018")]
    [InlineData("2020年7月份，吉利正式搭载了华为的系统。", "2020-07")]
    [InlineData("2021-06-25，吉利与华为签订协议。", "2021-06-25")]
    public void A_written_date_is_kept_at_its_precision(string text, string expected) => Assert.Equal(expected, IsoDateOf(text));

    [Theory]
    [InlineData("9月26日，吉利与华为签署合作协议。", "2021-09-26")]
    [InlineData("六月份，吉利与华为签署合作协议。", "2021-06")]
    [InlineData("十月十二日，吉利与华为签署合作协议。", "2021-10-12")]
    [InlineData("11月3日，吉利与华为签署合作协议。", "2020-11-03")]
    [InlineData("12月，吉利与华为签署合作协议。", "2020-12")]
    public void A_date_without_a_year_takes_the_year_that_keeps_it_before_publication(string text, string expected) =>
        Assert.Equal(expected, IsoDateOf(text));

    [Theory]
    [InlineData("今年1月21日，吉利与华为签署合作协议。", "2021-01-21")]
    [InlineData("去年3月，吉利与华为签署合作协议。", "2020-03")]
    [InlineData("去年12月份，吉利与百度达成合作。", "2020-12")]
    [InlineData("就在上月，吉利与华为签署合作协议。", "2021-09")]
    [InlineData("昨天，吉利与华为签署合作协议。", "2021-10-13")]
    [InlineData("吉利周二宣布与华为签署合作协议。", "2021-10-12")]
    [InlineData("近日，吉利与华为签署合作协议。", "2021-10-14")]
    public void A_relative_date_counts_from_the_publication(string text, string expected) => Assert.Equal(expected, IsoDateOf(text));

    [Theory]
    [InlineData("IT之家 4月25日消息，吉利上周发布了新车，并提供华为的系统。", "2021-04")]
    [InlineData("北京时间3月31日，据消息。吉利上月宣布与华为合作。", "2021-02")]
    public void A_relative_date_counts_from_the_nearest_date_written_before_it(string text, string expected) =>
        Assert.Equal(expected, IsoDateOf(text));

    [Fact]
    public void Same_year_refers_to_the_year_written_before()
    {
        const string text = "早在2019年，长安就利用了华为的平台。同年，吉利和百度共同成立了智算中心。";
        var findings = PartnershipFinder.Find(text, In(text, Companies), Published);

        Assert.Equal(["2019", "2019"], findings.Select(f => f.Date.ToIsoString()));
    }

    [Fact]
    public void The_nearest_date_before_the_cooperation_word_dates_it()
    {
        const string text = "6月28日晚，吉利发布公告称，公司与华为于6月25日签订协议。";

        Assert.Equal("2021-06-25", IsoDateOf(text));
    }

    [Fact]
    public void A_sentence_without_a_date_takes_the_date_its_paragraph_opens_with()
    {
        const string text = "4月12日，吉利发布公告。吉利将与华为共同开发新车。";

        Assert.Equal("2021-04-12", IsoDateOf(text));
    }

    [Fact]
    public void A_sentence_without_a_date_takes_the_nearest_dateline_before_it_not_a_date_inside_a_clause()
    {
        Assert.Equal("2021-05-02", IsoDateOf("3月1日，长安发布了新车。5月2日，吉利宣布了新计划。吉利将与华为共同开发新车。"));
        Assert.Equal("2021-10-14", IsoDateOf("百度今年3月已收购一家公司。吉利与华为签署了合作协议。"));
    }

    [Fact]
    public void The_start_of_a_period_dates_only_a_plan()
    {
        Assert.Equal("2019-11", IsoDateOf("2019年11月，吉利与华为签署供货协议，合同期限为2020年至2031年，由华为向吉利供应芯片。"));
    }

    [Fact]
    public void Without_a_publication_date_a_year_written_earlier_in_the_article_holds()
    {
        Assert.Equal("2014-07-23", DateOf("2014年的新闻。\n7月23日下午，吉利与华为签署合作协议。", published: null).ToIsoString());
    }

    [Fact]
    public void A_sentence_that_moves_on_from_the_opening_date_does_not_take_it()
    {
        const string text = "2019年，吉利把研发部门分拆。之后，吉利获得了来自百度的投资。";

        var date = DateOf(text, Published);
        Assert.Equal((DateSource.Published, "2021-10-14"), (date.Source, date.ToIsoString()));
    }

    [Fact]
    public void Without_a_date_in_the_text_the_publication_date_is_used_and_marked_so()
    {
        var date = DateOf("吉利与华为签署了合作协议。", Published);

        Assert.Equal((2021, 10, 14, DatePrecision.Day, DateSource.Published), (date.Year, date.Month, date.Day, date.Precision, date.Source));
    }

    [Fact]
    public void The_publication_date_is_the_day_in_china_whatever_zone_the_file_gave_it_in()
    {
        // 23:07 GMT is 07:07 the next morning in Beijing, the day the article's own dateline gives.
        var late = new DateTimeOffset(2021, 4, 24, 23, 7, 34, TimeSpan.Zero);

        Assert.Equal("2021-04-25", IsoDateOf("吉利与华为签署了合作协议。", late));
        Assert.Equal("2021-04-25", IsoDateOf("4月25日消息，吉利与华为签署了合作协议。", late));
    }

    [Theory]
    [InlineData("7月23日下午，吉利与华为签署合作协议。", "--07-23", DatePrecision.MonthDay)]
    [InlineData("今年1月21日，吉利与华为签署合作协议。", "--01-21", DatePrecision.MonthDay)]
    [InlineData("吉利与华为签署了合作协议。", null, DatePrecision.None)]
    [InlineData("去年，吉利与华为签署了合作协议。", null, DatePrecision.None)]
    public void Without_a_publication_date_and_a_year_only_month_and_day_are_kept(string text, string? expected, DatePrecision precision)
    {
        var date = DateOf(text, published: null);

        Assert.Equal((expected, precision), (date.ToIsoString(), date.Precision));
    }

    [Fact]
    public void A_date_after_publication_stands_only_when_the_text_marks_the_future()
    {
        Assert.Equal("2022-03", IsoDateOf("吉利计划2022年3月与华为共同推出新车。"));
        Assert.Equal("2021-10-14", IsoDateOf("2022年3月，吉利与华为签署合作协议。"));
    }

    [Fact]
    public void The_end_of_a_range_or_a_deadline_does_not_date_an_event()
    {
        Assert.Equal("2022-01", IsoDateOf("吉利将在2022年1月至2025年12月期间向长安供应电池。"));
        Assert.Equal("2021-10-14", IsoDateOf("截至2025年底，吉利与华为已合作推出五款车型。"));
    }

    [Theory]
    [InlineData("吉利将于1月10日与华为共同推出新车。", 2021, 12, 20, "2022-01-10")]
    [InlineData("吉利与华为合作的新车计划于3月上市。", 2021, 12, 20, "2022-03")]
    [InlineData("长安与百度合作开发的新车将于10月9日上市。", 2023, 10, 5, "2023-10-09")]
    [InlineData("华为10月13日宣布将与吉利合作。", 2022, 10, 15, "2022-10-13")]
    [InlineData("吉利将与华为在12月推出新车。", 2022, 10, 15, "2022-12")]
    public void A_day_announced_as_coming_without_its_year_is_the_next_such_day(string text, int year, int month, int day, string expected) =>
        Assert.Equal(expected, IsoDateOf(text, new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8))));

    [Theory]
    [InlineData("吉利与华为的合作车型10月9日上市。", 2023, 10, 5, "2023-10-09")]
    [InlineData("12月28日，吉利与华为签署合作协议。", 2023, 1, 5, "2022-12-28")]
    [InlineData("3月8日，吉利与华为签署合作协议。", 2023, 3, 10, "2023-03-08")]
    public void A_day_without_its_year_is_the_one_nearest_the_publication_in_the_direction_the_text_tells(string text, int year, int month, int day, string expected) =>
        Assert.Equal(expected, IsoDateOf(text, new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8))));

    [Theory]
    [InlineData("此前，百度曾投资吉利。")]
    [InlineData("早前吉利已与华为签署合作协议。")]
    [InlineData("4月12日，长安发布公告。公告称，吉利此前与华为签署了合作协议。")]
    public void Background_without_a_date_is_undated_not_the_publication_day(string text)
    {
        var date = DateOf(text, Published);

        Assert.Equal(DatePrecision.None, date.Precision);
    }

    [Fact]
    public void Background_with_a_date_keeps_it() =>
        Assert.Equal("2020", IsoDateOf("去年，吉利此前已获得百度的投资。"));

    [Theory]
    [InlineData("一年前的11月26日，吉利与华为签署合作协议。", "2020-11-26")]
    [InlineData("两年前，吉利与华为签署合作协议。", "2019")]
    [InlineData("两个月前，吉利与华为签署合作协议。", "2021-08")]
    [InlineData("三天前，吉利与华为签署合作协议。", "2021-10-11")]
    public void Years_months_and_days_counted_back_count_from_the_publication(string text, string expected) => Assert.Equal(expected, IsoDateOf(text));

    [Fact]
    public void A_sentence_about_the_same_pair_dates_its_neighbour_the_text_does_not()
    {
        const string text = "长安与百度于3月8日签署战略合作协议。\n发布会上，百度宣布向长安提供智能座舱方案。";
        var findings = PartnershipFinder.Find(text, In(text, Companies), Published);

        Assert.Equal(["2021-03-08", "2021-03-08"], findings.Select(f => f.Date.ToIsoString()));
    }

    [Fact]
    public void A_year_alone_is_background_that_dates_no_neighbour()
    {
        const string text = "2019年，吉利与华为开始合作。\n发布会上，华为宣布向吉利提供智能座舱方案。";
        var findings = PartnershipFinder.Find(text, In(text, Companies), Published);

        Assert.Equal(["2019", "2021-10-14"], findings.Select(f => f.Date.ToIsoString()));
    }

    [Fact]
    public void A_plan_and_a_deed_of_the_same_pair_do_not_date_each_other()
    {
        const string text = "吉利与百度达成合作。从明年开始，吉利将在全系车型中使用百度的系统。";
        var findings = PartnershipFinder.Find(text, In(text, Companies), Published);

        Assert.Equal(["2021-10-14", "2022"], findings.Select(f => f.Date.ToIsoString()));
    }

    [Fact]
    public void A_sentence_that_moves_on_in_time_keeps_the_publication_day_beside_a_dated_neighbour()
    {
        const string text = "2019年，吉利与华为签署合作协议。目前，华为为吉利提供智能座舱方案。";
        var findings = PartnershipFinder.Find(text, In(text, Companies), Published);

        Assert.Equal(["2019", "2021-10-14"], findings.Select(f => f.Date.ToIsoString()));
    }
}
