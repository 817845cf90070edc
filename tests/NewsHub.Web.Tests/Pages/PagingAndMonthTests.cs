using NewsHub.Web.Pages;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Tests.Pages;

public class PagingAndMonthTests
{
    [Theory]
    [InlineData(null, 1, 0, 30)]
    [InlineData(2, 2, 30, 30)]
    [InlineData(99, 4, 90, 30)]
    [InlineData(-3, 1, 0, 30)]
    public void A_page_number_is_clamped_to_the_pages_there_are(int? asked, int shown, int skip, int take)
    {
        var paging = Paging.Of(asked, 30, 95);

        Assert.Equal((shown, skip, take, 4), (paging.Number, paging.Skip, paging.Take, paging.PageCount));
    }

    [Fact]
    public void An_empty_list_has_one_empty_page()
    {
        var paging = Paging.Of(5, 30, 0);

        Assert.Equal((1, 1, false, false), (paging.Number, paging.PageCount, paging.HasPrevious, paging.HasNext));
    }

    [Theory]
    [InlineData("2015-01", false, 2015, 1)]
    [InlineData("2015-1", false, 2015, 1)]
    [InlineData("2016", false, 2016, 1)]
    [InlineData("2016", true, 2016, 12)]
    [InlineData(" 2016-12 ", true, 2016, 12)]
    public void Months_read_from_query_strings(string text, bool endOfRange, int year, int month)
    {
        Assert.True(YearMonth.TryParse(text, endOfRange, out var parsed));
        Assert.Equal(new YearMonth(year, month), parsed);
    }

    [Theory]
    [InlineData("2015-13")]
    [InlineData("2015-00")]
    [InlineData("15-01-01")]
    [InlineData("-2015")]
    [InlineData("２０１５")]
    [InlineData("")]
    public void Malformed_months_are_refused(string text) => Assert.False(YearMonth.TryParse(text, null, out _));

    [Fact]
    public void Months_know_their_days_and_neighbours()
    {
        var february = new YearMonth(2024, 2);

        Assert.Equal(new DateOnly(2024, 2, 29), february.LastDay);
        Assert.Equal(new YearMonth(2023, 2), february.AddMonths(-12));
        Assert.Equal(new YearMonth(2025, 1), new YearMonth(2024, 12).AddMonths(1));
        Assert.Equal("2024-02", february.ToString());
    }
}
