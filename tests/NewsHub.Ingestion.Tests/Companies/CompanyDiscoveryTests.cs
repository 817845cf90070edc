using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Import;
using NewsHub.Ingestion.Partnerships;

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
}
