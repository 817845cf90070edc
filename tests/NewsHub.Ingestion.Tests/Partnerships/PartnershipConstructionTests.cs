using NewsHub.Ingestion.Partnerships;
using static NewsHub.Ingestion.Tests.Partnerships.Mentions;

namespace NewsHub.Ingestion.Tests.Partnerships;

/// <summary>
/// Relations told without a cooperation word between the two, or in a construction the plain subject-verb-object
/// reading gets wrong (issue #15): each construction with sentences that must link and some that must not.
/// </summary>
public sealed class PartnershipConstructionTests
{
    private static readonly DateTimeOffset Published = new(2025, 3, 12, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly (string, string, CompanyRole)[] Companies =
    [
        Carmaker("奇瑞"), Carmaker("长城汽车", "长城"), Carmaker("长城"), Carmaker("零跑"), Carmaker("大众"), Carmaker("日产"),
        Carmaker("上汽"), Carmaker("赛力斯"), Carmaker("岚图"), Carmaker("极氪", "吉利"), Carmaker("吉利"),
        Battery("欣旺达"), Battery("亿纬锂能"), Parts("黑芝麻智能"), Parts("博世"), Parts("麦格纳"), Parts("富士康"),
        Mobility("文远知行"), Tech("英伟达"), Tech("高通"), Tech("科大讯飞"), Tech("华为"), Tech("阿里巴巴"), Other("红杉中国"),
    ];

    private static IReadOnlyList<PartnershipFinding> Find(string text) => PartnershipFinder.Find(text, In(text, Companies), Published);

    private static List<string> Pairs(string text) =>
        [.. Find(text).Select(f => string.Join('-', new[] { f.CompanyA.Group, f.CompanyB.Group }.Order(StringComparer.Ordinal))).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("奇瑞和零跑在发布会现场与华为签约。", new[] { "华为-奇瑞", "华为-零跑" })]
    [InlineData("日前，长城汽车和岚图今天在上海同高通签署了合作协议。", new[] { "岚图-高通", "长城-高通" })]
    [InlineData("赛力斯与上汽将于下月与欣旺达签订电池供应协议。", new[] { "上汽-欣旺达", "欣旺达-赛力斯" })]
    public void Companies_that_sign_side_by_side_with_a_third_are_each_its_partner_not_each_others(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Fact]
    public void Two_companies_joined_by_and_that_sign_with_nobody_else_are_still_partners()
    {
        Assert.Equal(["华为-奇瑞"], Pairs("奇瑞和华为在芜湖签署战略合作协议。"));
    }

    [Theory]
    [InlineData("日产的下一代电动车将由富士康制造。", "富士康-日产")]
    [InlineData("据悉，岚图首款轿车由麦格纳负责生产。", "岚图-麦格纳")]
    [InlineData("零跑表示，其海外车型由麦格纳在奥地利工厂生产。", "零跑-麦格纳")]
    public void The_company_a_making_verb_comes_from_makes_for_the_owner(string text, string pair)
    {
        Assert.Equal([pair], Pairs(text));
        Assert.Equal(PartnershipStage.Supply, Find(text)[0].Stage);
    }

    [Theory]
    [InlineData("这款芯片由黑芝麻智能自主研发。")]
    [InlineData("日产表示，新车的电池将由日产自己生产。")]
    [InlineData("从富士康离职后，他加入了岚图负责生产。")]
    public void A_maker_with_no_client_named_or_a_company_that_makes_for_itself_links_nothing(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("继上月获得大众的追加投资后，文远知行又宣布扩大车队。", "大众-文远知行")]
    [InlineData("继去年获得红杉中国和上汽的投资之后，黑芝麻智能启动了新一轮融资。", "上汽-黑芝麻智能")]
    [InlineData("继拿下奇瑞的定点之后，亿纬锂能再获大单。", "亿纬锂能-奇瑞")]
    public void What_a_company_received_in_a_fronted_since_phrase_links_it_with_the_giver(string text, string pair)
    {
        Assert.Contains(pair, Pairs(text));
    }

    [Theory]
    [InlineData("继华为之后，奇瑞也发布了新的智驾系统。")]
    [InlineData("继高通推出新款芯片后，英伟达也宣布降价。")]
    public void A_company_that_only_came_before_in_time_is_still_set_apart(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("携手华为，奇瑞发布了全新的智能驾驶品牌。", "华为-奇瑞")]
    [InlineData("牵手高通：零跑新一代座舱明年量产", "零跑-高通")]
    [InlineData("联手欣旺达，岚图将在湖北建设电池工厂。", "岚图-欣旺达")]
    public void A_fronted_joint_verb_takes_the_subject_of_the_clause_after_it(string text, string pair)
    {
        Assert.Equal([pair], Pairs(text));
    }

    [Fact]
    public void A_fronted_joint_verb_without_a_company_after_it_links_nothing()
    {
        Assert.Empty(Find("携手共进，奇瑞发布了全新的智能驾驶品牌。"));
    }

    [Fact]
    public void Partners_left_unnamed_with_a_long_description_are_those_the_next_clause_lists()
    {
        Assert.Equal(["奇瑞-文远知行", "文远知行-日产"], Pairs("文远知行已与多家国内外知名整车企业达成合作，包括奇瑞和日产。"));
        Assert.Empty(Pairs("文远知行已与多家国内外知名整车企业达成合作，奇瑞和日产则坚持自研。"));
    }

    [Theory]
    [InlineData("零跑成为高通新一代座舱芯片的首发车型。", new[] { "零跑-高通" })]
    [InlineData("岚图将是华为新平台的首发品牌。", new[] { "华为-岚图" })]
    [InlineData("黑芝麻智能新款芯片的首批用户包括奇瑞、长城汽车和日产。", new[] { "奇瑞-黑芝麻智能", "日产-黑芝麻智能", "长城-黑芝麻智能" })]
    public void The_first_car_or_users_of_a_suppliers_product_pair_with_the_supplier(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("零跑的首发车型定价15万元，高通的芯片也在展台亮相。")]
    [InlineData("零跑和华为的首发车型本周同时上市。")]
    public void A_first_car_named_beside_another_company_is_no_partnership(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("华为先后与奇瑞、赛力斯推出了两个新品牌。", new[] { "华为-奇瑞", "华为-赛力斯" })]
    [InlineData("高通为零跑推出了定制的座舱芯片。", new[] { "零跑-高通" })]
    public void Launching_with_or_for_another_company_links_the_two(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("零跑推出了搭载自研芯片的新车，华为则推出了新款手机。")]
    [InlineData("奇瑞和零跑都推出了新车。")]
    [InlineData("零跑推出了对标华为的新车型。")]
    public void Launching_ones_own_product_links_nothing(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("英伟达宣布，零跑将在下一代车型上使用Thor芯片。", "英伟达-零跑")]
    [InlineData("高通今日表示，长城汽车明年的新车将全面采用骁龙座舱芯片。", "长城-高通")]
    [InlineData("黑芝麻智能透露：奇瑞的新款车型已经搭载了华山芯片。", "奇瑞-黑芝麻智能")]
    public void A_supplier_announcing_that_a_company_adopts_something_is_its_partner(string text, string pair)
    {
        Assert.Equal([pair], Pairs(text));
    }

    [Theory]
    [InlineData("高通表示，零跑的新车采用了自研芯片。")]
    [InlineData("英伟达宣布降价，零跑将采用新的芯片。")]
    [InlineData("英伟达发布了新芯片，零跑则采用了新的平台。")]
    public void An_announcement_about_a_companys_own_choice_or_a_mere_neighbour_links_nothing(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void The_object_of_the_adoption_is_the_partner_rather_than_the_announcer()
    {
        Assert.Equal(["零跑-高通"], Pairs("英伟达宣布，零跑将采用高通的芯片。"));
    }

    [Theory]
    [InlineData("这项尚未公开的合作标志着欣旺达将成为岚图的首个电池供应商。", "岚图-欣旺达")]
    [InlineData("据一位不具名的人士透露，奇瑞已与华为签署协议。", "华为-奇瑞")]
    public void A_negation_that_only_describes_a_noun_does_not_negate_the_relation(string text, string pair)
    {
        Assert.Equal([pair], Pairs(text));
    }

    [Theory]
    [InlineData("奇瑞尚未与华为达成最终的合作协议。")]
    [InlineData("奇瑞没有与华为的合作。")]
    [InlineData("奇瑞并未达成与华为的合作。")]
    public void A_negation_of_the_relation_itself_still_negates_it(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("高通的座舱芯片已被零跑、奇瑞等车企采用。", new[] { "奇瑞-高通", "零跑-高通" })]
    [InlineData("英伟达的合作车企包括零跑、日产和岚图。", new[] { "岚图-英伟达", "日产-英伟达", "英伟达-零跑" })]
    [InlineData("目前科大讯飞的合作厂商有大众、奇瑞等。", new[] { "大众-科大讯飞", "奇瑞-科大讯飞" })]
    public void Each_adopter_or_partner_a_list_names_pairs_with_the_supplier(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Fact]
    public void A_described_company_still_starts_a_phrase_of_its_own()
    {
        Assert.Equal(["岚图-高通"], Pairs("搭载自研芯片的零跑、和高通共同开发座舱的岚图，都已上市。"));
    }

    [Theory]
    [InlineData("在高通的客户名单中，有零跑、奇瑞和日产。", new[] { "奇瑞-高通", "日产-高通", "零跑-高通" })]
    [InlineData("欣旺达的合作伙伴众多，还有岚图和零跑。", new[] { "岚图-欣旺达", "欣旺达-零跑" })]
    public void A_list_opened_by_you_in_the_next_clause_names_the_relations_partners(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("高通的客户遍布全球，有消息称零跑也在测试其芯片。")]
    [InlineData("欣旺达成为岚图的供应商，有望带动零跑跟进。")]
    public void A_clause_opened_by_you_without_a_name_right_after_lists_nothing(string text)
    {
        Assert.DoesNotContain("欣旺达-零跑", Pairs(text));
        Assert.DoesNotContain("零跑-高通", Pairs(text));
    }

    [Theory]
    [InlineData("文远知行完成新一轮融资，本轮由日产领投，红杉中国和博世跟投。", new[] { "博世-文远知行", "文远知行-日产", "文远知行-红杉中国" })]
    [InlineData("黑芝麻智能宣布完成C轮融资，上汽以5亿元参投。", new[] { "上汽-黑芝麻智能" })]
    public void Investors_named_without_an_object_after_a_funding_round_invested_in_its_company(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("文远知行发布了新车型。上汽也加大了投资。")]
    [InlineData("文远知行发布了新车型，上汽则加大了投资。")]
    public void An_investor_without_an_object_and_no_funding_round_links_nothing(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("借助华为的智能驾驶技术，岚图的销量迅速攀升。", "华为-岚图")]
    [InlineData("零跑可以依托大众的网点，在欧洲快速铺设销售渠道。", "大众-零跑")]
    [InlineData("奇瑞借助科大讯飞的语音技术打造了新一代座舱。", "奇瑞-科大讯飞")]
    public void Building_on_another_companys_technology_links_the_two(string text, string pair)
    {
        Assert.Equal([pair], Pairs(text));
    }

    [Theory]
    [InlineData("借助自研的芯片，岚图的销量迅速攀升，华为则发布了新手机。")]
    [InlineData("零跑依托自身的渠道出海，大众则选择了自建工厂。")]
    public void Building_on_ones_own_technology_links_nothing(string text)
    {
        Assert.Empty(Find(text));
    }
}
