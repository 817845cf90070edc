using NewsHub.Ingestion.Partnerships;
using static NewsHub.Ingestion.Tests.Partnerships.Mentions;

namespace NewsHub.Ingestion.Tests.Partnerships;

/// <summary>The evidence of each finding: its sentence, and offsets an analyst can follow into the text.</summary>
public sealed class EvidenceTests
{
    private static readonly DateTimeOffset Published = new(2021, 9, 28, 9, 39, 0, TimeSpan.FromHours(8));

    private static readonly (string, string, CompanyRole)[] Companies =
        [Carmaker("北汽新能源", "北汽"), Carmaker("凯翼汽车", "凯翼"), Carmaker("上汽"), Tech("华为"), Tech("阿里巴巴"), Tech("小米"), Tech("百度"), Battery("宁德时代"), Carmaker("福特")];

    private static IReadOnlyList<PartnershipFinding> Find(string text) => PartnershipFinder.Find(text, In(text, Companies), Published);

    [Fact]
    public void Gives_the_sentence_and_offsets_that_point_into_the_clean_text()
    {
        const string text = "第一段与此无关。\n图说：9月26日，北汽新能源与华为在京签署全面业务深化合作协议，双方将展开合作。下一句。";
        var finding = Assert.Single(Find(text));

        Assert.Equal("图说：9月26日，北汽新能源与华为在京签署全面业务深化合作协议，双方将展开合作。", finding.Evidence);
        Assert.Equal(finding.Evidence, text.Substring(finding.EvidenceStart, finding.Evidence.Length));
        Assert.Equal("北汽新能源", text.Substring(finding.CompanyA.Start, finding.CompanyA.Length));
        Assert.Equal("华为", text.Substring(finding.CompanyB.Start, finding.CompanyB.Length));
        Assert.Equal(finding.Trigger, text.Substring(finding.TriggerStart, finding.Trigger.Length));
        Assert.Equal("签署", finding.Trigger);
        Assert.Equal("2021-09-26", finding.Date.ToIsoString());
    }

    [Fact]
    public void Reads_text_split_into_words_by_spaces_with_offsets_into_it()
    {
        const string text = "时间 ： 2014 年 8 月 13 日 消息 ， 凯翼汽车 正在 与 小米 和 百度 等 互联网 公司 接洽 ,   合作 双方 ： 上汽 与 阿里巴巴 ,   其他 内容";
        var findings = Find(text);

        Assert.Equal(
            [("凯翼", "小米", PartnershipStage.Talks, "2014-08-13"), ("凯翼", "百度", PartnershipStage.Talks, "2014-08-13"), ("上汽", "阿里巴巴", PartnershipStage.Agreement, "2014-08-13")],
            findings.Select(f => (f.CompanyA.Group, f.CompanyB.Group, f.Stage, f.Date.ToIsoString())));
        Assert.All(findings, f => Assert.Equal(f.Evidence, text.Substring(f.EvidenceStart, f.Evidence.Length)));
        Assert.All(findings, f => Assert.Equal(f.Trigger, text.Substring(f.TriggerStart, f.Trigger.Length)));
        Assert.Equal("合作 双方 ： 上汽 与 阿里巴巴 ,", findings[2].Evidence);
    }

    [Fact]
    public void Evidence_starts_at_the_sentence_that_names_a_subject_carried_from_before()
    {
        const string text = "福特近来动作频频。与宁德时代达成战略合作。";
        var finding = Assert.Single(Find(text));

        Assert.Equal(text, finding.Evidence);
        Assert.Equal(0, finding.EvidenceStart);
        Assert.Equal(("福特", "宁德时代"), (finding.CompanyA.Group, finding.CompanyB.Group));
    }

    [Fact]
    public void One_sentence_gives_one_finding_per_pair_the_most_telling_one()
    {
        const string text = "6月28日，宁德时代与福特签订协议，宁德时代将在明年1月起向福特供应电池，并与福特合作开发新电池。";
        var finding = Assert.Single(Find(text));

        Assert.Equal((PartnershipStage.Agreement, false, "签订"), (finding.Stage, finding.IsPlanned, finding.Trigger));
    }
}
