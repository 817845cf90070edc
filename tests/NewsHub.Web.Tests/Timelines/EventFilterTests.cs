using NewsHub.Web.Timelines;

namespace NewsHub.Web.Tests.Timelines;

public class EventFilterTests
{
    [Fact]
    public void The_query_lists_given_values_trimmed_in_a_stable_order_and_leaves_out_empty_ones()
    {
        var filter = new EventFilter { Text = " 智能座舱 ", To = "2016-12", Stage = "agreement", Company = "北汽", Partner = "  ", Role = "" };

        Assert.Equal(
            [new("company", "北汽"), new("stage", "agreement"), new("to", "2016-12"), new("q", "智能座舱")],
            filter.ToQuery());
        Assert.False(filter.IsEmpty);
    }

    [Fact]
    public void The_query_string_escapes_values_and_appends_only_extra_pairs_with_a_value()
    {
        var filter = new EventFilter { Company = "北汽&华为", From = "2015" };

        var query = filter.ToQueryString(new("page", "2"), new("sort", null), new("view", ""));

        Assert.Equal("?company=%E5%8C%97%E6%B1%BD%26%E5%8D%8E%E4%B8%BA&from=2015&page=2", query.Value);
    }

    [Fact]
    public void A_filter_of_blanks_is_empty_and_says_nothing()
    {
        var filter = new EventFilter { Company = " ", Text = "\t" };

        Assert.True(filter.IsEmpty);
        Assert.Empty(filter.ToQuery());
        Assert.False(filter.ToQueryString().HasValue);
    }
}
