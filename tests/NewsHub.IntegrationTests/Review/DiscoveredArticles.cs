using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Import;

namespace NewsHub.IntegrationTests.Review;

/// <summary>
/// Articles naming a company no catalog lists (星河智驾, invented for these tests) beside catalog companies, and
/// the analysis that discovers it.
/// </summary>
internal static class DiscoveredArticles
{
    public const string Name = "星河智驾";

    public static DiscoveringAnalyzer Analyzer { get; } = new((Name, CompanyRole.Tech));

    /// <summary>Writes <paramref name="count"/> articles, each reporting that 比亚迪 and 星河智驾 signed an agreement, a year apart.</summary>
    public static TestFolder Write(TestFolder folder, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(folder);
        for (var i = 0; i < count; i++)
        {
            var year = 2015 + i;
            folder.Write($"discovered-{i}.md", $"""
                ---
                title: 智能驾驶合作第{i + 1}篇
                source: NewsHub 测试
                date: {year}-03-05
                ---

                {year}年3月5日，比亚迪与{Name}在深圳签署战略合作协议，双方将在智能驾驶领域展开合作。{Name}成立于2014年。
                """);
        }

        return folder;
    }
}
