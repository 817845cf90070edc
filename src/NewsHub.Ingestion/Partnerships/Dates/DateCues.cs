namespace NewsHub.Ingestion.Partnerships.Dates;

/// <summary>Words that tell how a date relates to the publication: background told as past, or a thing announced as coming.</summary>
internal static class DateCues
{
    /// <summary>
    /// Background before the cooperation word (此前华为曾投资……, 早前双方已签署……): it happened before the news,
    /// at a time the text does not give.
    /// </summary>
    /// <remarks>之前 and 以前 are left out: they mostly follow what they date (上市之前, 之前的申报信息).</remarks>
    public static readonly string[] Background = ["此前", "早前", "先前", "曾经", "早些时候", "早在", "以往", "过去"];

    /// <summary>
    /// Words right before a date that announce it as coming (将于10月9日上市, 计划于3月, 定于): a day written
    /// without its year is then the next such day, not the last.
    /// </summary>
    public static readonly string[] Coming = ["将于", "将在", "将", "即将于", "即将", "计划于", "计划在", "计划", "预计于", "预计在", "预计", "拟于", "拟在", "拟", "定于", "有望于", "有望在", "有望", "预定", "预定于", "或于", "或将于"];
}
