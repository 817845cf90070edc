using NewsHub.Ingestion.Partnerships;
using static NewsHub.Ingestion.Tests.Partnerships.Mentions;

namespace NewsHub.Ingestion.Tests.Partnerships;

/// <summary>
/// Relations told by a construction rather than a cooperation word (issue #15, item 3): where a product comes from,
/// a product reaching another's cars, a partner list a company is in, two companies listed before a word of acting
/// together; each with sentences that must link and sentences that must not.
/// </summary>
public sealed class RelationWithoutCooperationWordTests
{
    private static readonly DateTimeOffset Published = new(2025, 5, 8, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly (string, string, CompanyRole)[] Companies =
    [
        Carmaker("理想汽车", "理想"), Carmaker("理想"), Carmaker("小鹏"), Carmaker("蔚来"), Carmaker("比亚迪"), Carmaker("吉利"),
        Carmaker("奇瑞"), Carmaker("长安"), Carmaker("宝马"), Carmaker("索尼本田", "本田"), Carmaker("本田"), Carmaker("丰田"),
        Carmaker("特斯拉"), Battery("宁德时代"), Battery("中创新航"), Parts("博世"), Parts("地平线"), Mobility("文远知行"),
        Carmaker("集度"), Carmaker("问界", "赛力斯"), Carmaker("江淮"), Mobility("小马智行"), Mobility("毫末智行"), Other("中石化"), Carmaker("极氪", "吉利"), Carmaker("光束汽车", "光束"), Carmaker("长城汽车", "长城"), Carmaker("长城"),
        Tech("英伟达"), Tech("高通"), Tech("华为"), Tech("百度"), Tech("索尼"), Tech("支付宝", "阿里巴巴"), Tech("腾讯"),
    ];

    private static IReadOnlyList<PartnershipFinding> Find(string text) => PartnershipFinder.Find(text, In(text, Companies), Published);

    private static List<string> Pairs(string text) =>
        [.. Find(text).Select(f => string.Join('-', new[] { f.CompanyA.Group, f.CompanyB.Group }.Order(StringComparer.Ordinal))).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("理想汽车的电池来自宁德时代。", new[] { "宁德时代-理想" })]
    [InlineData("据了解，小鹏新款车型的芯片均来自英伟达。", new[] { "小鹏-英伟达" })]
    [InlineData("蔚来旗下第二品牌的电芯主要来自宁德时代和中创新航。", new[] { "中创新航-蔚来", "宁德时代-蔚来" })]
    public void Goods_of_a_company_that_come_from_another_make_it_the_supplier(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
        Assert.All(Find(text), f => Assert.Equal(PartnershipStage.Supply, f.Stage));
    }

    [Theory]
    [InlineData("来自宝马的高管已经加入蔚来。")]
    [InlineData("据悉，蔚来的新任高管来自宝马。")]
    [InlineData("来自支付宝的用户在吉利订阅用户中占比10%。")]
    [InlineData("理想汽车的电池并非来自宁德时代。")]
    [InlineData("比亚迪否认其电池来自宁德时代。")]
    public void People_users_or_denied_goods_that_come_from_a_company_tie_nobody(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void A_rumoured_source_of_goods_is_only_talks()
    {
        var finding = Assert.Single(Find("有传闻称，小鹏的芯片来自地平线。"));

        Assert.Equal(PartnershipStage.Talks, finding.Stage);
    }

    [Theory]
    [InlineData("2月6日，吉利宣布其自研大模型与百度的文心大模型完成深度融合。", new[] { "吉利-百度" })]
    [InlineData("长安汽车表示，其新一代座舱已完成与腾讯混元大模型的融合。", new[] { "腾讯-长安" })]
    [InlineData("集度汽车将融合百度的全部能力，打造新的交互体验。", new[] { "百度-集度" })]
    [InlineData("奇瑞与华为的盘古大模型已经融合，首批车型将于下月交付。", new[] { "华为-奇瑞" })]
    public void A_system_merged_with_another_companys_model_is_a_supply_tie(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
        Assert.All(Find(text), f => Assert.Equal(PartnershipStage.Supply, f.Stage));
    }

    [Theory]
    [InlineData("小鹏的智驾方案采用多传感器融合的路线。")]
    [InlineData("比亚迪表示将推动车路云融合发展。")]
    [InlineData("蔚来和理想都在推进软硬件深度融合。")]
    [InlineData("吉利并未与百度的大模型融合。")]
    public void Fusion_as_a_noun_a_shared_aim_or_a_denial_ties_nobody(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("文远知行的方案已先后上车奇瑞和吉利的车型。", new[] { "吉利-文远知行", "奇瑞-文远知行" })]
    [InlineData("地平线的征程芯片将量产上车比亚迪。", new[] { "地平线-比亚迪" })]
    [InlineData("百度的大模型已应用于长安、吉利等车企的量产车型。", new[] { "吉利-百度", "百度-长安" })]
    [InlineData("华为智驾方案已覆盖奇瑞、长安等车企。", new[] { "华为-奇瑞", "华为-长安" })]
    public void A_suppliers_product_reaching_a_carmakers_cars_links_the_two(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("比亚迪推出了新的车载应用，腾讯则发布了新游戏。")]
    [InlineData("华为的业务已覆盖全国，比亚迪的门店也遍布各地。")]
    [InlineData("蔚来的车主上车后可以使用自研的语音助手，小鹏也推出了类似功能。")]
    [InlineData("地平线的芯片尚未上车比亚迪。")]
    [InlineData("比亚迪不会把英伟达的芯片应用于新车。")]
    public void Software_called_an_application_coverage_of_places_or_a_negated_arrival_links_nothing(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("特斯拉、比亚迪等多家车企也在英伟达的合作名单中。", new[] { "比亚迪-英伟达", "特斯拉-英伟达" })]
    [InlineData("宁德时代入选宝马的供应商名单。", new[] { "宁德时代-宝马" })]
    [InlineData("目前，奇瑞已进入高通的客户名单。", new[] { "奇瑞-高通" })]
    public void Companies_placed_in_a_partner_list_pair_with_its_owner(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("蔚来和小鹏并未出现在英伟达的合作名单中。")]
    [InlineData("比亚迪在英伟达的客户大会上展示了新车。")]
    public void A_company_left_out_of_a_partner_list_or_only_at_its_owners_event_is_no_partner(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("小鹏、华为合作今日揭晓", new[] { "华为-小鹏" }, PartnershipStage.Agreement)]
    [InlineData("宝马、长安合资生产新车", new[] { "宝马-长安" }, PartnershipStage.JointVenture)]
    [InlineData("索尼、本田再度合作推出新车", new[] { "本田-索尼" }, PartnershipStage.Agreement)]
    public void Two_companies_listed_before_a_word_of_acting_together_are_partners(string text, string[] pairs, PartnershipStage stage)
    {
        Assert.Equal(pairs, Pairs(text));
        Assert.Equal(stage, Find(text)[0].Stage);
    }

    [Theory]
    [InlineData("比亚迪、吉利合资品牌销量下滑。")]
    [InlineData("奇瑞、吉利、长安合作推出新平台。")]
    [InlineData("比亚迪、华为两大巨头市值齐涨，合作传闻不断。")]
    [InlineData("奇瑞、吉利等车企合作的供应商越来越多。")]
    [InlineData("丰田、本田未合作开发新车。")]
    public void A_generic_joint_venture_a_longer_list_or_a_distant_word_links_no_listed_pair(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("丰田、本田等禁止在企业内部使用百度研发的人工智能。")]
    [InlineData("宝马已禁止员工使用腾讯的地图服务。")]
    public void Forbidding_the_use_of_a_companys_product_is_no_tie(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("背靠百度和吉利的集度，从成立那天就备受关注。", new[] { "吉利-集度", "百度-集度" })]
    [InlineData("作为百度和吉利联合打造的造车企业，集度今年遭遇现金流困境。", new[] { "吉利-百度", "吉利-集度", "百度-集度" })]
    [InlineData("宝马和长城合资成立的光束汽车今年投产。", new[] { "光束-宝马", "光束-长城", "宝马-长城" })]
    [InlineData("由宝马与长城共同设立的光束汽车已经投产。", new[] { "光束-宝马", "光束-长城", "宝马-长城" })]
    public void A_company_that_others_made_together_or_back_is_each_ones_partner(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("百度和吉利合作的集度汽车今年发布了新车。", new[] { "吉利-百度" })]
    [InlineData("作为百度和吉利联合打造的首款车型，集度ROBO-01今年上市。", new[] { "吉利-百度" })]
    [InlineData("宝马和长城合资成立了新公司，集度则发布了新车。", new[] { "宝马-长城" })]
    public void A_company_after_a_mere_cooperation_or_outside_the_description_is_no_joint_creation(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("英伟达宣布，理想将在下一代车型上使用Thor芯片，长城、极氪两家厂商采用Orin芯片。", new[] { "吉利-英伟达", "理想-英伟达", "英伟达-长城" })]
    [InlineData("高通表示，蔚来已经采用其座舱芯片，小鹏也将选用。", new[] { "小鹏-高通", "蔚来-高通" })]
    public void A_suppliers_announcement_covers_the_adopting_clauses_that_follow(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("英伟达宣布降价，理想将采用新的芯片。", "理想-英伟达")]
    [InlineData("英伟达宣布，理想将使用Thor芯片。长城则采用了新的芯片。", "英伟达-长城")]
    [InlineData("高通表示，蔚来已经采用其座舱芯片，小鹏则采用了自研芯片。", "小鹏-高通")]
    public void An_adoption_outside_the_announcement_or_of_ones_own_making_is_not_the_announcers(string text, string pair)
    {
        Assert.DoesNotContain(pair, Pairs(text));
    }

    [Theory]
    [InlineData("即将搭载英伟达Thor芯片的厂商，中国厂商有比亚迪、理想和极氪。", new[] { "吉利-英伟达", "比亚迪-英伟达", "理想-英伟达" })]
    [InlineData("采用高通座舱芯片的车企，包括蔚来、小鹏。", new[] { "小鹏-高通", "蔚来-高通" })]
    public void The_adopters_a_clause_names_by_kind_are_listed_in_the_next(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("搭载英伟达芯片的厂商越来越多，比亚迪则坚持自研。")]
    [InlineData("搭载英伟达芯片的厂商，有望在明年翻倍，比亚迪也在观望。")]
    public void A_clause_after_the_adopters_kind_that_lists_nobody_names_no_adopter(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("问界新车首发华为的途灵平台。", new[] { "华为-赛力斯" })]
    [InlineData("集度是首个应用百度大模型的汽车品牌。", new[] { "百度-集度" })]
    [InlineData("比亚迪率先应用了宁德时代的新电池。", new[] { "宁德时代-比亚迪" })]
    public void A_first_use_of_a_suppliers_product_links_the_two(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("比亚迪新车将于上海车展全球首发，华为也将发布新手机。")]
    [InlineData("集度首发了自研的智能座舱。")]
    public void A_debut_of_ones_own_product_links_nothing(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("小马智行完成10亿元C轮融资，丰田领投，比亚迪跟投。", new[] { "丰田-小马智行", "小马智行-比亚迪" })]
    [InlineData("小马智行宣布完成新一轮融资，由丰田领投，博世和比亚迪跟投。", new[] { "丰田-小马智行", "博世-小马智行", "小马智行-比亚迪" })]
    public void Each_investor_of_a_round_invested_in_the_company_that_raised_it_not_in_the_lead_investor(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Fact]
    public void A_partner_list_resumed_after_a_comma_with_yiji_keeps_its_subject()
    {
        Assert.Equal(
            ["中石化-蔚来", "吉利-蔚来", "江淮-蔚来", "蔚来-长安"],
            Pairs("蔚来已经和长安、吉利、江淮等主机厂，以及中石化等签署了能源合作协议。"));
    }

    [Fact]
    public void A_clause_with_yiji_after_a_finished_deal_is_no_continuation()
    {
        Assert.Equal(["江淮-蔚来"], Pairs("蔚来与江淮签署了协议，以及长安发布了新车。"));
    }

    [Theory]
    [InlineData("支持华为座舱已通过认证的车型有比亚迪、长安和奇瑞。", new[] { "华为-奇瑞", "华为-比亚迪", "华为-长安" })]
    [InlineData("搭载英伟达芯片的车型有比亚迪、长安逸动、奇瑞星途、吉利等品牌的新车。", new[] { "吉利-英伟达", "奇瑞-英伟达", "比亚迪-英伟达", "英伟达-长安" })]
    public void Each_company_listed_as_what_a_relative_clause_describes_pairs_with_its_object_and_not_with_the_others(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
    }

    [Theory]
    [InlineData("2019年，毫末智行从长城孵化而来。", new[] { "毫末智行-长城" })]
    [InlineData("长城孵化的毫末智行今年申请上市。", new[] { "毫末智行-长城" })]
    public void A_company_incubated_by_another_is_held_by_it(string text, string[] pairs)
    {
        Assert.Equal(pairs, Pairs(text));
        Assert.Equal(PartnershipStage.Investment, Find(text)[0].Stage);
    }

    [Theory]
    [InlineData("宁德时代的孵化器吸引了多家初创公司，比亚迪也在其中。")]
    [InlineData("毫末智行并非由长城孵化。")]
    public void An_incubator_or_a_denied_incubation_links_nothing(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("小鹏、华为否认合作传闻。", "华为-小鹏")]
    [InlineData("比亚迪否认已进入英伟达的合作名单。", "比亚迪-英伟达")]
    [InlineData("英伟达否认理想将使用Thor芯片，长城、极氪两家厂商也未采用Orin芯片。", "英伟达-长城")]
    [InlineData("比亚迪否认其车型已搭载英伟达芯片。搭载英伟达芯片的厂商有理想和极氪。", "比亚迪-英伟达")]
    public void A_denied_construction_gives_no_relation(string text, string pair)
    {
        Assert.DoesNotContain(pair, Pairs(text));
    }

    [Theory]
    [InlineData("传闻小鹏、华为合作开发新车。")]
    [InlineData("据知情人士透露，理想汽车的电池来自宁德时代。")]
    [InlineData("网传搭载英伟达Thor芯片的厂商，有理想和极氪。")]
    public void A_rumoured_construction_is_only_talks(string text)
    {
        Assert.NotEmpty(Find(text));
        Assert.All(Find(text), f => Assert.Equal(PartnershipStage.Talks, f.Stage));
    }
}
