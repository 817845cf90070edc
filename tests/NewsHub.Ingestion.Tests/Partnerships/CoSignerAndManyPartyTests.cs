using NewsHub.Ingestion.Partnerships;
using static NewsHub.Ingestion.Tests.Partnerships.Mentions;

namespace NewsHub.Ingestion.Tests.Partnerships;

/// <summary>
/// Who is whose partner when many companies are named together (issue #15, item 3): companies that sign side by
/// side with a third are each its partner, not each other's; a pledge, alliance, standards group or list of members,
/// exhibitors or attendees pairs none of them; a deal of one company with several named partners gives one pair each.
/// </summary>
public sealed class CoSignerAndManyPartyTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly (string, string, CompanyRole)[] Companies =
    [
        Carmaker("比亚迪"), Carmaker("吉利"), Carmaker("长城"), Carmaker("奇瑞"), Carmaker("长安"), Carmaker("宝马"), Carmaker("奔驰"),
        Carmaker("蔚来"), Carmaker("上汽"), Battery("宁德时代"), Parts("博世"), Tech("华为"), Tech("百度"), Tech("腾讯"),
    ];

    private static IReadOnlyList<PartnershipFinding> Find(string text) => PartnershipFinder.Find(text, In(text, Companies), Published);

    private static List<string> Pairs(string text) =>
        [.. Find(text).Select(f => string.Join('-', new[] { f.CompanyA.Group, f.CompanyB.Group }.Order(StringComparer.Ordinal))).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("比亚迪和吉利与华为签约。", new[] { "华为-吉利", "华为-比亚迪" })]
    [InlineData("奇瑞和长安分别与华为签署了战略合作协议。", new[] { "华为-奇瑞", "华为-长安" })]
    [InlineData("上月，宝马和奔驰都与宁德时代签订了电池供应协议。", new[] { "奔驰-宁德时代", "宁德时代-宝马" })]
    [InlineData("比亚迪、吉利在发布会现场与百度签约。", new[] { "吉利-百度", "比亚迪-百度" })]
    public void Companies_that_each_sign_with_a_third_are_its_partners_not_each_others(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("博世和宁德时代正在为宝马开发新一代电池。", new[] { "博世-宝马", "宁德时代-宝马" })]
    [InlineData("比亚迪和吉利都从宁德时代采购电池。", new[] { "吉利-宁德时代", "宁德时代-比亚迪" })]
    [InlineData("奇瑞和长安去年开始向博世采购制动系统。", new[] { "博世-奇瑞", "博世-长安" })]
    public void Companies_that_each_work_for_or_buy_from_a_third_are_its_partners_not_each_others(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("华为与比亚迪和吉利签约。", new[] { "华为-吉利", "华为-比亚迪" })]
    [InlineData("华为与比亚迪、长城、奇瑞分别签署了战略合作协议。", new[] { "华为-奇瑞", "华为-比亚迪", "华为-长城" })]
    public void A_deal_of_one_company_with_several_named_partners_gives_one_pair_per_partner(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("比亚迪、吉利、长城等车企共同签署了《汽车数据安全自律公约》。")]
    [InlineData("吉利联合比亚迪、长城、奇瑞等20家企业发起成立智能网联汽车产业联盟。")]
    [InlineData("华为与比亚迪、长城、奇瑞共同发布了行业倡议。")]
    [InlineData("宁德时代、比亚迪、博世等企业共同参与制定该团体标准，并将合作推进落地。")]
    [InlineData("华为携手比亚迪、吉利、奇瑞等成员单位共同推进车路协同。")]
    [InlineData("出席本次签约仪式的有宝马、奔驰、比亚迪、蔚来等车企。")]
    public void A_statement_of_many_parties_pairs_none_of_them(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void Two_companies_that_form_an_alliance_are_still_partners()
    {
        Assert.Equal(["宁德时代-比亚迪"], Pairs("比亚迪与宁德时代结成战略联盟。"));
    }

    [Fact]
    public void A_deal_told_beside_a_many_party_statement_in_another_sentence_stays()
    {
        const string text = "比亚迪、吉利、长城等车企共同发布了行业倡议。会后，比亚迪与华为签署了战略合作协议。";

        Assert.Equal(["华为-比亚迪"], Pairs(text));
    }
}
