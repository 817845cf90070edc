using NewsHub.Ingestion.Partnerships;
using static NewsHub.Ingestion.Tests.Partnerships.Mentions;

namespace NewsHub.Ingestion.Tests.Partnerships;

/// <summary>Which companies a sentence links, and which it only names.</summary>
public sealed class PartnershipLinkingTests
{
    private static readonly DateTimeOffset Published = new(2024, 6, 20, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly (string, string, CompanyRole)[] Companies =
    [
        Carmaker("北汽新能源", "北汽"), Carmaker("北汽"), Carmaker("比亚迪"), Carmaker("特斯拉"), Carmaker("宝马"), Carmaker("本田"),
        Carmaker("吉利"), Carmaker("长安汽车", "长安"), Carmaker("丰田"), Carmaker("三菱汽车", "三菱"), Carmaker("广汽集团", "广汽"),
        Carmaker("福特"), Carmaker("小鹏"), Carmaker("理想汽车", "理想"), Carmaker("蔚来"),
        Carmaker("现代汽车", "现代"),
        Battery("宁德时代"), Battery("国轩高科"), Parts("地平线"), Parts("法雷奥"), Parts("Momenta"),
        Mobility("滴滴自动驾驶", "滴滴"), Mobility("Waymo"), Mobility("小马智行"), Mobility("Uber"),
        Tech("华为"), Tech("腾讯云", "腾讯"), Tech("腾讯"), Tech("阿里巴巴"), Tech("百度"), Tech("AWS", "亚马逊"),
        Tech("小米"), Tech("英伟达"), Tech("高通"), Other("软银"),
    ];

    private static IReadOnlyList<PartnershipFinding> Find(string text, DateTimeOffset? published = null) =>
        PartnershipFinder.Find(text, In(text, Companies), published ?? Published);

    private static List<string> Pairs(string text) =>
        [.. Find(text).Select(f => string.Join('-', new[] { f.CompanyA.Group, f.CompanyB.Group }.Order(StringComparer.Ordinal))).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void Links_two_companies_that_sign_an_agreement_with_each_other()
    {
        var finding = Assert.Single(Find("北汽新能源与华为在北京签署全面战略合作协议，双方将在智能座舱领域展开合作。"));

        Assert.Equal(("北汽", "华为"), (finding.CompanyA.Group, finding.CompanyB.Group));
        Assert.Equal(PartnershipStage.Agreement, finding.Stage);
        Assert.False(finding.IsPlanned);
    }

    [Fact]
    public void A_list_after_the_partner_word_gives_one_pair_each_and_none_within_the_list()
    {
        Assert.Equal(["亚马逊-宝马", "亚马逊-本田"], Pairs("AWS与宝马、本田等多家车企展开了深度合作。"));
    }

    [Fact]
    public void The_partners_named_after_a_relational_noun_each_pair_with_its_owner()
    {
        Assert.Equal(["Momenta-丰田", "Momenta-比亚迪", "Momenta-长安"], Pairs("目前，Momenta的客户包括比亚迪、长安汽车和丰田。"));
    }

    [Fact]
    public void A_possessive_pronoun_points_back_to_the_company_the_sentence_is_about()
    {
        Assert.Equal(["Momenta-比亚迪", "Momenta-蔚来"], Pairs("Momenta的客户包括比亚迪，其最大投资者为蔚来。"));
    }

    [Fact]
    public void The_value_of_a_structured_label_is_a_partnership()
    {
        Assert.Equal(["小米-长安", "百度-长安"], Pairs("合作双方：长安汽车与小米和百度。"));
    }

    [Fact]
    public void A_clause_without_a_subject_takes_the_company_the_sentence_is_about()
    {
        var findings = Find("此外，比亚迪还投资了芯片公司地平线，还与自动驾驶初创公司Momenta成立合资公司。");

        Assert.Equal(
            [("比亚迪", "地平线", PartnershipStage.Investment), ("比亚迪", "Momenta", PartnershipStage.JointVenture)],
            findings.Select(f => (f.CompanyA.Group, f.CompanyB.Group, f.Stage)));
    }

    [Fact]
    public void A_sentence_without_a_subject_takes_the_company_the_paragraph_is_about()
    {
        Assert.Equal(["国轩高科-比亚迪", "国轩高科-蔚来"], Pairs("国轩高科近来频获大单。与比亚迪达成战略合作；与蔚来签订合作意向书。"));
    }

    [Fact]
    public void A_fronted_phrase_takes_the_subject_of_the_clause_after_it()
    {
        Assert.Equal(["华为-福特"], Pairs("作为与华为广泛合作的一部分，福特正在探索把大模型带到车上。"));
    }

    [Fact]
    public void Companies_that_receive_an_investment_pair_with_each_investor_not_the_investors_with_each_other()
    {
        Assert.Equal(["广汽-滴滴", "法雷奥-滴滴"], Pairs("滴滴自动驾驶获得来自广汽集团、法雷奥等多家企业的数轮投资。"));
    }

    [Fact]
    public void A_mobility_company_is_the_automotive_side_next_to_a_technology_company()
    {
        Assert.Equal(["小马智行-英伟达"], Pairs("小马智行与英伟达签署战略合作协议，双方将在自动驾驶计算平台领域展开合作。"));
    }

    [Fact]
    public void A_mobility_company_pairs_with_its_investors_and_with_a_carmaker()
    {
        Assert.Equal(["广汽-滴滴", "滴滴-软银"], Pairs("滴滴自动驾驶获得来自软银、广汽集团等多家投资机构和企业的数轮投资。"));
        Assert.Equal(["Waymo-现代"], Pairs("Waymo 宣布与现代汽车达成多年战略合作伙伴关系。"));
    }

    [Fact]
    public void Two_mobility_companies_that_work_together_are_a_partnership()
    {
        Assert.Equal(["Uber-小马智行"], Pairs("Uber 与小马智行签署合作协议，将在中东市场部署自动驾驶车辆。"));
    }

    [Fact]
    public void A_list_that_acts_together_pairs_within_itself()
    {
        Assert.Equal(["三菱-广汽"], Pairs("这家公司是由广汽集团、三菱汽车三方合资经营的企业。"));
    }

    [Fact]
    public void Each_phrase_of_a_list_of_described_companies_links_its_own_pair()
    {
        Assert.Equal(["北汽-华为", "小鹏-高通"], Pairs("再加上搭载自研系统的理想汽车、和高通共同开发座舱的小鹏、计划与华为进行合作的北汽等等，赛道愈发拥挤。"));
    }

    [Fact]
    public void A_rumour_the_article_denies_elsewhere_is_no_partnership()
    {
        Assert.Empty(Find("吉利发布公告，表示并未与华为进行洽谈。此前，知情人士称华为正与吉利接触，可能由吉利代工生产汽车。"));
        Assert.Equal(["华为-吉利"], Pairs("吉利发布公告，表示并未与百度进行洽谈。此前，知情人士称华为正与吉利接触，可能由吉利代工生产汽车。"));
    }

    [Fact]
    public void A_company_named_after_a_verb_is_not_what_the_next_clause_is_about()
    {
        Assert.Equal(["宁德时代-福特", "福特-长安"], Pairs("福特宣布投资长安汽车，获得宁德时代的股份，并与宁德时代签署合作协议。"));
    }

    [Fact]
    public void The_owner_named_to_place_a_unit_is_not_a_partner_of_its_own()
    {
        Assert.Equal(["地平线-理想"], Pairs("理想汽车采用了吉利旗下的地平线开发的芯片。"));
    }

    [Theory]
    [InlineData("北汽与腾讯旗下腾讯云联合发布新一代车联网平台。")]
    [InlineData("北汽与腾讯旗下的腾讯云签署战略合作协议。")]
    [InlineData("北汽宣布与腾讯旗下的腾讯云达成合作。")]
    public void A_partner_placed_by_its_owner_is_still_the_partner(string text)
    {
        Assert.Equal(["北汽-腾讯"], Pairs(text));
    }

    [Fact]
    public void Partners_left_unnamed_are_those_the_next_clause_lists()
    {
        Assert.Equal(["吉利-百度", "比亚迪-百度"], Pairs("百度正在与多家车企洽谈合作，其中包括比亚迪和吉利。"));
        Assert.Empty(Pairs("百度正在与多家车企洽谈合作，比亚迪和吉利则坚持自研。"));
    }

    [Fact]
    public void A_company_that_wins_an_order_pairs_with_the_one_that_gave_it()
    {
        Assert.Equal(["国轩高科-蔚来"], Pairs("国轩高科拿下蔚来的定点项目。"));
    }

    [Fact]
    public void A_relative_clause_links_the_company_it_describes()
    {
        Assert.Equal(["三菱-本田"], Pairs("与本田组成企业联盟的三菱汽车将在年底前决定是否加入。"));
    }

    [Theory]
    [InlineData("为何比亚迪没有选择与华为合作？")]
    [InlineData("比亚迪并未与华为达成任何合作。")]
    [InlineData("比亚迪否认了与华为合作的传闻。")]
    [InlineData("有关比亚迪与华为合作的报道不实。")]
    [InlineData("吉利回应是否与小米合作：目前并无相关事项。")]
    [InlineData("如果双方达成协议，特斯拉将与百度合作。")]
    [InlineData("吉利与百度的合资谈判最终破裂。")]
    public void Denied_negated_questioned_or_hypothetical_cooperation_is_no_partnership(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("比亚迪正在追赶特斯拉，双方的竞争愈发激烈。")]
    [InlineData("特斯拉以93万台的销量排名第一，而比亚迪以59万台排名第二。")]
    [InlineData("与特斯拉依赖宁德时代不同，国轩高科更看重自己的研发。")]
    public void Rivalry_comparison_and_mere_co_mention_are_no_partnership(string text) => Assert.Empty(Find(text));

    [Fact]
    public void A_company_compared_with_is_not_a_partner()
    {
        Assert.Equal(["宁德时代-特斯拉"], Pairs("特斯拉希望与宁德时代达成与福特汽车上月公告类似的合作。"));
    }

    [Fact]
    public void A_rival_in_the_same_clause_is_not_a_partner()
    {
        Assert.Equal(["华为-比亚迪"], Pairs("比亚迪联合华为挑战特斯拉。"));
    }

    [Fact]
    public void Rivalry_that_turned_into_cooperation_is_a_partnership()
    {
        Assert.Equal(["华为-小鹏"], Pairs("从「互掐」到「牵手」，小鹏华为只为这块屏？"));
    }

    [Theory]
    [InlineData("腾讯云与腾讯签署合作协议。")]
    [InlineData("腾讯与阿里巴巴达成战略合作。")]
    [InlineData("百度、华为、腾讯等科技巨头纷纷入局汽车云。")]
    [InlineData("软银领投了阿里巴巴的新一轮融资。")]
    public void A_company_with_its_own_unit_or_two_technology_companies_are_no_partnership(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Companies_that_each_do_the_same_are_not_partners_of_each_other()
    {
        Assert.Equal(["小鹏-英伟达", "英伟达-蔚来"], Pairs("蔚来和小鹏都采用了英伟达的芯片。"));
    }

    [Fact]
    public void A_company_set_apart_is_no_partner()
    {
        Assert.Equal(["国轩高科-蔚来"], Pairs("除了宁德时代外，国轩高科也向蔚来供应电池。"));
    }

    [Theory]
    [InlineData("吉利正在与百度洽谈合作。", PartnershipStage.Talks)]
    [InlineData("据知情人士透露，吉利已与百度达成合作。", PartnershipStage.Talks)]
    [InlineData("吉利与百度签署战略合作协议。", PartnershipStage.Agreement)]
    [InlineData("吉利与百度共同成立合资公司。", PartnershipStage.JointVenture)]
    [InlineData("吉利与百度签署协议，成立合资公司。", PartnershipStage.JointVenture)]
    [InlineData("吉利与百度签署协议，双方随后成立了合资公司。", PartnershipStage.JointVenture)]
    [InlineData("吉利入股百度旗下的一家公司。", PartnershipStage.Investment)]
    [InlineData("吉利的新车搭载百度的智驾系统。", PartnershipStage.Supply)]
    public void The_stage_follows_the_words_that_link_the_two(string text, PartnershipStage stage)
    {
        Assert.Equal(stage, Assert.Single(Find(text)).Stage);
    }

    [Theory]
    [InlineData("吉利计划与百度合作开发智能座舱。", true)]
    [InlineData("吉利将与百度合作开发智能座舱。", true)]
    [InlineData("吉利已与百度合作开发智能座舱。", false)]
    [InlineData("百度将吉利的订单交给了合作伙伴。", false)]
    public void Plans_and_the_future_are_marked(string text, bool planned)
    {
        Assert.Equal(planned, Assert.Single(Find(text)).IsPlanned);
    }

    [Fact]
    public void A_surer_link_has_a_higher_confidence()
    {
        var signed = Assert.Single(Find("吉利与百度签署战略合作协议。"));
        var used = Assert.Single(Find("吉利的部分车型使用百度的地图。"));
        var rumoured = Assert.Single(Find("据传闻，吉利正在使用百度的地图。"));

        Assert.InRange(signed.Confidence, 0.0, 1.0);
        Assert.True(signed.Confidence > used.Confidence, $"{signed.Confidence} > {used.Confidence}");
        Assert.True(used.Confidence > rumoured.Confidence, $"{used.Confidence} > {rumoured.Confidence}");
    }

    [Fact]
    public void Fewer_than_two_groups_give_nothing()
    {
        Assert.Empty(PartnershipFinder.Find("宁德时代与宁德时代签署协议。", In("宁德时代与宁德时代签署协议。", Companies), Published));
        Assert.Empty(PartnershipFinder.Find("没有公司的句子，签署合作协议。", [], Published));
    }
}
