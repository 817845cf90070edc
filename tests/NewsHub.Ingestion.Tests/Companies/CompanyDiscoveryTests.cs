using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Partnerships;
using NewsHub.Pipeline.Import;

namespace NewsHub.Ingestion.Tests.Companies;

/// <summary>Companies the catalog lacks, found by their shape, the word that introduces them, or their deal.</summary>
public sealed class CompanyDiscoveryTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private List<CompanyMention> Discovered(string text) => [.. fixture.Tagger.Tag(text).Where(m => m.Discovered)];

    private List<string> DiscoveredNames(string text) => [.. Discovered(text).Select(m => m.Name).Distinct()];

    [Fact]
    public void A_legal_name_gives_the_short_name_the_article_uses_most_and_is_tagged_wherever_used()
    {
        const string text = "2023年，北京蓝鲸湾科技有限公司（以下简称“蓝鲸湾”）成立。蓝鲸湾与宝马签署合作协议，蓝鲸湾将为其提供软件。";
        var mentions = Discovered(text);

        Assert.Equal(["蓝鲸湾"], mentions.Select(m => m.Name).Distinct());
        Assert.All(mentions, m => Assert.Equal(m.Name, m.Group));
        Assert.Equal(["北京蓝鲸湾科技有限公司", "蓝鲸湾", "蓝鲸湾", "蓝鲸湾"], mentions.Select(m => m.AsWritten));
        Assert.All(mentions, m => Assert.Equal(m.AsWritten, text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void A_legal_name_of_everyday_words_gives_the_short_form_the_article_uses()
    {
        var mentions = Discovered("毫米波雷达供应商苏州海鸥伙伴智能驾驶有限公司完成融资。海鸥伙伴方面介绍，海鸥伙伴将与上汽合作。");

        Assert.Equal(["海鸥伙伴"], mentions.Select(m => m.Name).Distinct());
        Assert.Equal(3, mentions.Count);
    }

    [Fact]
    public void A_company_listed_beside_a_discovered_one_is_backed_by_it()
    {
        var names = DiscoveredNames("包括澜沧兴港集团、滨江投控集团等多家国企已率先采购。");

        Assert.Equal(["澜沧兴港集团", "滨江投控集团"], names);
    }

    [Theory]
    [InlineData("自动驾驶公司Zoxel与丰田达成合作。", "Zoxel", CompanyRole.Mobility)]
    [InlineData("芯片企业矽澜杰宣布获得新一轮融资。", "矽澜杰", CompanyRole.Tech)]
    [InlineData("激光雷达厂商Lumora宣布与通用汽车签约。", "Lumora", CompanyRole.Parts)]
    [InlineData("动力电池供应商Voltaris将为福特供货。", "Voltaris", CompanyRole.Battery)]
    [InlineData("人形机器人公司Robexa与奔驰工厂合作。", "Robexa", CompanyRole.Tech)]
    public void A_word_for_a_kind_of_company_introduces_a_name_and_tells_its_role(string text, string name, CompanyRole role)
    {
        var mention = Assert.Single(Discovered(text));
        Assert.Equal((name, role), (mention.Name, mention.Role));
    }

    [Theory]
    [InlineData("奇澜汽车宣布将在欧洲销售新车。", "奇澜汽车", CompanyRole.Carmaker)]
    [InlineData("比亚迪与宙驰科技签署合作协议。", "宙驰科技", CompanyRole.Tech)]
    [InlineData("蔚来、澜势能源等企业参与了测试。", "澜势能源", CompanyRole.Battery)]
    [InlineData("2003年，比亚迪决定收购渭南汽车，进军汽车行业。", "渭南汽车", CompanyRole.Carmaker)]
    public void A_trade_name_counts_where_the_article_uses_it_as_a_company(string text, string name, CompanyRole role)
    {
        var mention = Assert.Single(Discovered(text));
        Assert.Equal((name, role), (mention.Name, mention.Role));
    }

    [Theory]
    [InlineData("航天公司紫色山谷宣布与丰田合作开发月球车。", "紫色山谷")]
    [InlineData("物流企业红色海湾与比亚迪签署合作协议。", "红色海湾")]
    [InlineData("芯片企业青山流水将为长安供应车规级芯片。", "青山流水")]
    [InlineData("私营航天公司白色山脉的创始人出席了活动。", "白色山脉")]
    public void A_descriptor_makes_a_name_of_two_everyday_words(string text, string name) =>
        Assert.Equal([name], DiscoveredNames(text));

    [Theory]
    [InlineData("科技公司核心团队宣布新计划。")]
    [InlineData("研究公司高级分析师表示，市场将增长。")]
    [InlineData("汽车企业高端品牌将推出新车。")]
    [InlineData("这家公司美好生活的愿景令人向往。")]
    public void A_descriptor_before_a_phrase_about_a_company_names_nobody(string text) =>
        Assert.Empty(Discovered(text));

    [Theory]
    [InlineData("吉利旗下的浙江星图智能科技已与高通签约。", "浙江星图智能科技")]
    [InlineData("长安旗下的深瞳科技将为阿维塔提供算法。", "深瞳科技")]
    public void A_trade_name_a_group_holds_is_a_company(string text, string name) =>
        Assert.Equal([name], DiscoveredNames(text));

    [Theory]
    [InlineData("吉利旗下的帝豪将推出新款。")]
    [InlineData("OpenAI 旗下聊天机器人 ChatGPT 用户破亿。")]
    [InlineData("东风集团旗下高端新能源品牌岚图汽车发布新车。")]
    public void What_a_group_holds_without_a_name_of_its_own_is_no_company(string text) =>
        Assert.Empty(Discovered(text));

    [Theory]
    [InlineData("Zentrix 于去年推出了自动驾驶卡车。", "Zentrix")]
    [InlineData("Quorvia于2023年发布首款激光雷达。", "Quorvia")]
    [InlineData("Voxlane 宣布获得丰田的投资。", "Voxlane")]
    [InlineData("Arvona 成立于2018年，总部位于加州。", "Arvona")]
    [InlineData("去年底，Mirelo完成了新一轮融资。", "Mirelo")]
    [InlineData("该公司此前获得Stravik的战略投资。", "Stravik")]
    public void A_latin_subject_of_what_only_companies_do_is_a_company(string text, string name) =>
        Assert.Equal([name], DiscoveredNames(text));

    [Theory]
    [InlineData("Gemini 于去年推出，迅速走红。")]
    [InlineData("Kimi 推出了新功能。")]
    [InlineData("该车获得Voxlane认证。")]
    [InlineData("Stravik 宣布退休。")]
    public void A_latin_subject_launched_or_certifying_is_no_company(string text) =>
        Assert.Empty(Discovered(text));

    [Theory]
    [InlineData("Tower Semiconductor 的收购已经完成。", "Tower Semiconductor")]
    [InlineData("蔚来宣布与Quorix达成战略合作。", "Quorix")]
    [InlineData("Nexaro公司首席执行官表示，将扩大产能。", "Nexaro")]
    [InlineData("谷歌将 Persona.AI 的团队纳入麾下。", "Persona.AI")]
    public void A_latin_name_counts_with_evidence(string text, string name) =>
        Assert.Equal([name], DiscoveredNames(text));

    [Theory]
    [InlineData("该车搭载了 OTA 升级与 ADAS 功能，并采用 SoC 芯片。")]
    [InlineData("小米SU7和Model Y在市场上竞争，iPhone用户很多。")]
    [InlineData("特斯拉前高管 Peter Carlsson 与 Paolo Cerruti 联合创立了一家企业。")]
    [InlineData("百度 Apollo 平台与吉利合作。")]
    [InlineData("他在Oxford读书，喜欢Fordham的校园。")]
    public void Products_tech_terms_and_people_written_in_latin_are_not_companies(string text) =>
        Assert.Empty(Discovered(text));

    [Theory]
    [InlineData("人工智能与新能源汽车是今年的热点，智能化和电动化并行。")]
    [InlineData("美国科技公司和中国科技企业都在发展人工智能。")]
    [InlineData("这套系统将会在明年推出，换电和纯电车型都支持。")]
    [InlineData("据新浪科技报道，宝马将在沈阳扩建工厂。")]
    [InlineData("张伟科技感十足地介绍了北京的新车。")]
    [InlineData("该公司将在上海建厂，公司高管表示满意。")]
    [InlineData("德国汽车工业正在转型，收购日本汽车零件的交易也在谈。")]
    public void Common_words_places_people_and_outlets_are_not_companies(string text) =>
        Assert.Empty(Discovered(text));

    [Fact]
    public void A_catalog_name_is_never_discovered_and_keeps_its_company()
    {
        var mentions = fixture.Tagger.Tag("小米汽车科技有限公司与宁德时代新能源科技股份有限公司合作。");

        Assert.DoesNotContain(mentions, m => m.Discovered);
        Assert.Equal(["小米", "宁德时代"], mentions.Select(m => m.Group).Distinct());
    }

    [Fact]
    public void A_name_an_admin_rejected_is_never_offered()
    {
        var catalog = CompanyCatalog.Create(CompanyCatalogFile.Default.Companies, ["Zoxel"]);
        var tagger = new CompanyTagger(catalog);

        Assert.DoesNotContain(tagger.Tag("自动驾驶公司Zoxel与丰田达成合作。"), m => m.Discovered);
    }

    [Fact]
    public void The_finder_pairs_a_discovered_company_instead_of_the_nearest_catalogued_one()
    {
        const string text = "特斯拉发布了新的机器人。人形机器人公司Robexa与奔驰工厂达成合作。";
        var findings = PartnershipFinder.Find(text, fixture.Tagger.Tag(text), null);

        var finding = Assert.Single(findings);
        Assert.Equal(["Robexa", "奔驰"], new[] { finding.CompanyA.Group, finding.CompanyB.Group }.Order());
    }

    [Fact]
    public void A_discovered_partner_reaches_the_store_marked_with_its_inferred_role()
    {
        const string text = "自动驾驶公司Zoxel与丰田达成合作，丰田也与宁德时代签署供货协议。";
        var findings = PartnershipFinder.Find(text, fixture.Tagger.Tag(text), null);

        var stored = findings.Select(ArticleMapping.ToStore).ToList();
        var withDiscovered = Assert.Single(stored, p => p.CompanyA.Discovered || p.CompanyB.Discovered);
        var discovered = withDiscovered.CompanyA.Discovered ? withDiscovered.CompanyA : withDiscovered.CompanyB;
        Assert.Equal(("Zoxel", CompanyRole.Mobility), (discovered.Name, discovered.Role));
        Assert.Contains(stored, p => !p.CompanyA.Discovered && !p.CompanyB.Discovered);
    }

    [Theory]
    [InlineData("长城汽车与宝马成立合资企业，命名光束汽车有限公司，落户张家港。", "命名")]
    [InlineData("双方决定成立新公司，更名为星澜动力科技有限公司，总部设在苏州。", "更名")]
    [InlineData("该公司此后定名澜曜科技有限公司，主营激光雷达。", "定名")]
    public void A_naming_verb_before_a_legal_name_is_not_part_of_it(string text, string verb)
    {
        Assert.DoesNotContain(DiscoveredNames(text), n => n.Contains(verb, StringComparison.Ordinal));
    }

    [Fact]
    public void A_legal_name_after_a_naming_verb_is_found_without_it()
    {
        Assert.Equal(["星澜动力科技有限公司"], DiscoveredNames("双方决定成立新公司，更名为星澜动力科技有限公司，总部设在苏州。"));
    }

    [Theory]
    [InlineData("大众宣布将于明年在 IAA Mobility 上发布新车，同时展出概念车。")]
    [InlineData("宝马计划在 Auto Shanghai 期间发布新车，与 Roveron Motors 无关。")]
    public void An_event_or_fair_is_no_company(string text)
    {
        Assert.DoesNotContain(DiscoveredNames(text), n => n.StartsWith("IAA", StringComparison.Ordinal) || n.StartsWith("Auto", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_whose_platform_is_where_someone_speaks_is_still_a_company()
    {
        Assert.Equal(["Zwitter"], DiscoveredNames("社交媒体公司 Zwitter 遭到诉讼。马斯克在 Zwitter 上表示，Zwitter 公司的收入大幅下降。"));
    }

    [Theory]
    [InlineData("英伟达高级研究经理&具身智能集团主管 Jim Fan 评论称，这是一大进步。")]
    [InlineData("多家车企正加速布局澜擎智能领域，澜擎智能集团宣布扩产。")]
    public void A_field_or_a_team_inside_a_company_is_no_company(string text)
    {
        Assert.Empty(DiscoveredNames(text));
    }

    [Theory]
    [InlineData("美国航空航天局（NASA）和美国国防部高级研究计划局（DARPA）宣布合作，NASA 已经与 DARPA 签署协议。")]
    [InlineData("苹果与 MLB 合作转播比赛。")]
    [InlineData("Meta 将继续投资 Vision Labs（视觉实验室），Vision Labs 总部位于加州。")]
    [InlineData("AMD 宣布与 OBS 达成合作。")]
    public void An_acronym_that_is_only_a_deals_party_or_a_public_bodys_name_is_no_company(string text)
    {
        Assert.Empty(DiscoveredNames(text));
    }

    [Fact]
    public void A_product_written_after_its_catalogued_maker_is_no_company()
    {
        Assert.Empty(DiscoveredNames("月之暗面 Kimi Chat 宣布推出新模型。Kimi 创始人杨植麟介绍了新模型。"));
    }

    [Theory]
    [InlineData("交易所有限公司")]
    [InlineData("香港联合交易所有限公司")]
    public void An_exchange_is_no_company(string name)
    {
        Assert.Empty(DiscoveredNames($"公司将按照纽约证券交易所及{name}的规则作出披露。"));
    }

    [Fact]
    public void An_abbreviation_of_a_discovered_name_folds_into_it()
    {
        var mentions = Discovered("谷歌与 Character.AI 达成合作，随后 C.AI 的创始人加入谷歌。");

        Assert.Equal(["Character.AI"], mentions.Select(m => m.Name).Distinct());
        Assert.Equal(["Character.AI", "C.AI"], mentions.Select(m => m.AsWritten));
    }

    [Theory]
    [InlineData("OpenAI 的竞争对手 Velorix 的 CEO 则预测，这一天很快到来。", "Velorix")]
    [InlineData("该项目的投资方包括软银、OpenAI 和 QXV。", "QXV")]
    [InlineData("以应对来自 OpenAI 和 Zyphra 等公司的挑战。", "Zyphra")]
    [InlineData("Velatrix、Corvana 和小米等汽车产业链厂商都宣布了支持。", "Corvana")]
    [InlineData("百度曾与 SB Drive（软银旗下自动驾驶公司）、澜龙客车开发无人驾驶小巴。", "澜龙客车")]
    public void A_name_that_has_a_companys_officer_or_stands_in_a_list_of_companies_is_one(string text, string name)
    {
        Assert.Contains(name, DiscoveredNames(text));
    }

    [Theory]
    [InlineData("Meta 将减少对 Facebook、Zentagram 和 Vreads 上的言论进行核查。")]
    [InlineData("让附近使用 iPhone、Podsly 耳机等苹果设备的用户可以聊天。")]
    [InlineData("输入法涵盖 Windows、HarmonyOS、Qubix 等系统。")]
    [InlineData("团队的核心成员包括 John Marlow，他是 OpenAI 的联合创始人。")]
    public void A_list_beside_a_company_that_is_not_of_companies_makes_no_company(string text)
    {
        Assert.Empty(DiscoveredNames(text));
    }

    [Theory]
    [InlineData("TransLumo 是一家总部位于硅谷的自动驾驶公司，成立于 2019 年。", "TransLumo", CompanyRole.Mobility)]
    [InlineData("据介绍，澜擎是一家激光雷达企业，已获得多家车企定点。", "澜擎", CompanyRole.Parts)]
    [InlineData("Veyra Robotics 是一家人形机器人公司。", "Veyra Robotics", CompanyRole.Tech)]
    [InlineData("Lingvane 是一家「虚拟翻译公司」，由多个智能体组成。", "Lingvane", CompanyRole.Other)]
    [InlineData("Solvane，是一家长期致力于太阳能电动汽车的制造商。", "Solvane", CompanyRole.Carmaker)]
    [InlineData("澜擎电子是国内专注 HUD 的一级供应商，客户包括蔚来。", "澜擎电子", CompanyRole.Tech)]
    public void The_subject_of_is_a_company_is_one_with_the_role_its_kind_tells(string text, string name, CompanyRole role)
    {
        var mention = Assert.Single(Discovered(text));
        Assert.Equal((name, role), (mention.Name, mention.Role));
    }

    [Theory]
    [InlineData("我们是一家有根的自动驾驶解决方案公司。")]
    [InlineData("它首先是一家科技公司，其次才是一家汽车公司。")]
    [InlineData("特斯拉不仅仅是一家汽车公司。")]
    [InlineData("这家企业的合作伙伴是一家芯片公司。")]
    [InlineData("Zimi 是月之暗面公司的产品。")]
    public void A_pronoun_a_phrase_or_a_catalogued_company_said_to_be_a_company_is_no_discovery(string text)
    {
        Assert.Empty(DiscoveredNames(text));
    }

    [Theory]
    [InlineData("比亚迪与 Zorvane 签署协议。Zorvane 将为比亚迪提供自动驾驶芯片。", "Zorvane", CompanyRole.Tech)]
    [InlineData("宝马与 Quelltron 达成合作，Quelltron 向宝马供应动力电池。", "Quelltron", CompanyRole.Battery)]
    [InlineData("华为与 Marvessa 达成合作。Marvessa 明年推出两款新车型。", "Marvessa", CompanyRole.Carmaker)]
    [InlineData("丰田与 Brightlane 达成合作。Brightlane 为丰田推出的新车提供激光雷达。", "Brightlane", CompanyRole.Parts)]
    public void A_companys_deeds_tell_its_role_where_nothing_else_does(string text, string name, CompanyRole role)
    {
        var mention = Discovered(text).First(m => m.Name == name);
        Assert.Equal(role, mention.Role);
    }

    [Fact]
    public void A_company_that_only_takes_a_supply_has_no_role_from_it()
    {
        var mention = Discovered("丰田与 Brightlane 达成合作，宁德时代为 Brightlane 供应电池。").First(m => m.Name == "Brightlane");
        Assert.Equal(CompanyRole.Other, mention.Role);
    }

    [Fact]
    public void A_company_shaped_name_bracketed_after_a_latin_name_is_its_chinese_name()
    {
        var mentions = Discovered("2019 年 Roadvane（星澜科技）发布公告称，开除了联合创始人。此后 Roadvane 进入清盘状态。");

        Assert.Single(mentions.Select(m => m.Group).Distinct());
        Assert.Equal(["Roadvane", "星澜科技", "Roadvane"], mentions.Select(m => m.AsWritten));
    }

    [Fact]
    public void An_outlet_credited_as_the_news_source_is_no_company()
    {
        Assert.Empty(DiscoveredNames("该公司正在开发聊天机器人。（消息来源：Trendwire Technology）"));
    }

    [Theory]
    [InlineData("零跑 C11 增程版将搭载由澜安动力提供的 1.2T 增程器。", "澜安动力")]
    [InlineData("这款车型由秦澜汽车负责生产。", "秦澜汽车")]
    public void The_maker_a_passive_names_is_a_company(string text, string name)
    {
        Assert.Equal([name], DiscoveredNames(text));
    }

    [Fact]
    public void A_trade_name_shape_after_by_without_a_verb_of_making_is_no_company()
    {
        Assert.Empty(DiscoveredNames("这一变化由澜安动力不足引起，与其他因素无关。"));
    }
}
