using NewsHub.Web.Exports;

namespace NewsHub.Web.Tests.Exports;

public class ExportVocabularyTests
{
    [Theory]
    [InlineData(DatePrecision.Day, 2014, 7, 23, "2014年7月23日")]
    [InlineData(DatePrecision.Month, 2014, 7, null, "2014年7月")]
    [InlineData(DatePrecision.Year, 2014, null, null, "2014年")]
    [InlineData(DatePrecision.MonthDay, null, 7, 23, "7月23日（年份不详）")]
    [InlineData(DatePrecision.None, null, null, null, "日期不详")]
    [InlineData(DatePrecision.Day, 2014, null, null, "日期不详")]
    public void A_date_is_written_at_its_precision_as_a_Chinese_reader_writes_it(DatePrecision precision, int? year, int? month, int? day, string expected)
    {
        var date = new PartialDate { Precision = precision, Year = year, Month = month, Day = day };

        Assert.Equal(expected, ExportVocabulary.ChineseDate(date));
    }

    [Theory]
    [InlineData(DatePrecision.Day, "day")]
    [InlineData(DatePrecision.MonthDay, "month_day")]
    [InlineData(DatePrecision.None, "none")]
    public void Date_precisions_are_snake_case_codes(DatePrecision precision, string code) =>
        Assert.Equal(code, ExportVocabulary.Code(precision));

    [Theory]
    [InlineData(DateSource.Text, "text")]
    [InlineData(DateSource.Published, "published")]
    public void Date_sources_are_snake_case_codes(DateSource source, string code) => Assert.Equal(code, ExportVocabulary.Code(source));

    [Fact]
    public void Every_stage_has_a_Chinese_name_of_its_own()
    {
        var names = Enum.GetValues<PartnershipStage>().Select(ExportVocabulary.Chinese).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.DoesNotContain(names, name => name.Any(char.IsAsciiLetter));
        Assert.Equal("合资", ExportVocabulary.Chinese(PartnershipStage.JointVenture));
    }

    [Fact]
    public void A_company_no_admin_reviewed_is_marked_in_feeds()
    {
        Assert.Equal("华为", ExportVocabulary.CompanyName(new CompanyRecord(1, "华为", CompanyRole.Tech, Reviewed: true)));
        Assert.Equal("某新公司（未审核）", ExportVocabulary.CompanyName("某新公司", reviewed: false));
    }
}
