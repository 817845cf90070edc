using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Partnerships;
using static NewsHub.Ingestion.Tests.Partnerships.Mentions;

namespace NewsHub.Ingestion.Tests.Analysis;

/// <summary>The partnerships of one article as listed for a reader: each once, the most telling first.</summary>
public sealed class ReportedPartnershipsTests
{
    private static readonly DateTimeOffset Published = new(2021, 8, 28, 16, 0, 0, TimeSpan.FromHours(8));

    private static IReadOnlyList<PartnershipFinding> Find(string text) =>
        PartnershipFinder.Find(text, In(text, Carmaker("特斯拉"), Battery("宁德时代"), Carmaker("蔚来")), Published);

    [Fact]
    public void Lists_what_happened_with_a_written_date_before_plans_and_undated_mentions_of_the_same_pair()
    {
        const string text = "此前有消息称，2021年10月1日起，特斯拉将使用宁德时代提供的电池。据悉，特斯拉是宁德时代的长期客户。6月28日，宁德时代发布公告称，公司与特斯拉于6月25日签订协议。";

        var reported = ReportedPartnerships.From(Find(text));

        Assert.Equal(3, reported.Count);
        Assert.Equal(("2021-06-25", PartnershipStage.Agreement, false), (reported[0].Date.ToIsoString(), reported[0].Stage, reported[0].IsPlanned));
        Assert.True(reported[^1].IsPlanned);
    }

    [Fact]
    public void Tells_each_pair_stage_and_date_once_with_its_surest_evidence()
    {
        const string text = "特斯拉与宁德时代签署合作协议。特斯拉与宁德时代展开合作。蔚来与宁德时代签署合作协议。";

        var reported = ReportedPartnerships.From(Find(text));

        Assert.Equal(
            [("特斯拉", "宁德时代", "签署"), ("蔚来", "宁德时代", "签署")],
            reported.Select(f => (f.CompanyA.Group, f.CompanyB.Group, f.Trigger)));
    }
}
