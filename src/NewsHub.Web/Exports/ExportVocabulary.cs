using System.Globalization;
using System.Text.Json;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Exports;

/// <summary>
/// Words exports use beyond the query-string keys of <see cref="Timelines.QueryValues"/>: Chinese stage names
/// for people, snake_case codes of date precision and source for programs.
/// </summary>
public static class ExportVocabulary
{
    /// <inheritdoc cref="CompanyName(string, bool)"/>
    public static string CompanyName(CompanyRecord company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return CompanyName(company.Name, company.Reviewed);
    }

    /// <summary>A company's name as feeds write it: marked "（未审核）" when it was discovered and no admin reviewed it yet.</summary>
    public static string CompanyName(string name, bool reviewed) => reviewed ? name : name + "（未审核）";

    /// <summary>The stage as a reader says it (签署协议, 合资 …).</summary>
    public static string Chinese(PartnershipStage stage) => stage switch
    {
        PartnershipStage.Talks => "洽谈",
        PartnershipStage.Agreement => "签署协议",
        PartnershipStage.JointVenture => "合资",
        PartnershipStage.Investment => "投资",
        PartnershipStage.Supply => "供应与搭载",
        _ => stage.ToString(),
    };

    /// <summary>A date at its precision as a Chinese reader writes it: 2014年7月23日, 2014年7月, 2014年, 7月23日（年份不详）.</summary>
    public static string ChineseDate(PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return (date.Precision, date.Year, date.Month, date.Day) switch
        {
            (DatePrecision.Day, { } y, { } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{y}年{m}月{d}日"),
            (DatePrecision.Month, { } y, { } m, _) => string.Create(CultureInfo.InvariantCulture, $"{y}年{m}月"),
            (DatePrecision.Year, { } y, _, _) => string.Create(CultureInfo.InvariantCulture, $"{y}年"),
            (DatePrecision.MonthDay, _, { } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{m}月{d}日（年份不详）"),
            _ => "日期不详",
        };
    }

    /// <summary>day, month, year, month_day or none.</summary>
    public static string Code(DatePrecision precision) => JsonNamingPolicy.SnakeCaseLower.ConvertName(precision.ToString());

    /// <summary>text (the article says it) or published (its publication date stands in).</summary>
    public static string Code(DateSource source) => JsonNamingPolicy.SnakeCaseLower.ConvertName(source.ToString());
}
