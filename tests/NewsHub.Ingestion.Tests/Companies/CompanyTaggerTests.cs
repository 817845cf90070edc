using NewsHub.Ingestion.Companies;

namespace NewsHub.Ingestion.Tests.Companies;

public sealed class CompanyTaggerTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private IReadOnlyList<CompanyMention> Tag(string text) => fixture.Tagger.Tag(text);

    private List<string> Groups(string text) => Tag(text).Select(m => m.Group).ToList();

    [Fact]
    public void Folds_brands_and_units_into_their_group_and_keeps_the_name_as_written()
    {
        var mentions = Tag("北汽新能源与腾讯云、火山引擎签约，沃尔沃也在场。");

        Assert.Equal(
            [("北汽新能源", "北汽", "北汽新能源"), ("腾讯云", "腾讯", "腾讯云"), ("火山引擎", "字节跳动", "火山引擎"), ("沃尔沃", "吉利", "沃尔沃")],
            mentions.Select(m => (m.Name, m.Group, m.AsWritten)));
    }

    [Fact]
    public void Reports_offsets_into_the_text_and_the_role_of_the_group()
    {
        const string text = "据悉，宁德时代将向 Tesla 供货。";
        var mentions = Tag(text);

        Assert.All(mentions, m => Assert.Equal(m.AsWritten, text.Substring(m.Start, m.Length)));
        Assert.Equal([("宁德时代", CompanyRole.Battery, 3), ("特斯拉", CompanyRole.Carmaker, 10)], mentions.Select(m => (m.Group, m.Role, m.Start)));
    }

    [Fact]
    public void Tags_a_robotaxi_company_and_a_listed_affiliate_as_groups_of_their_own()
    {
        var mentions = Tag("Waymo 与现代汽车、起亚（Kia）达成合作，此前它与吉利合作。");

        Assert.Equal(
            [("Waymo", CompanyRole.Mobility), ("现代", CompanyRole.Carmaker), ("起亚", CompanyRole.Carmaker), ("起亚", CompanyRole.Carmaker), ("吉利", CompanyRole.Carmaker)],
            mentions.Select(m => (m.Group, m.Role)));
    }

    [Fact]
    public void Prefers_the_longest_name_and_never_overlaps()
    {
        var mentions = Tag("北汽新能源和大众汽车（中国）投资有限公司，以及LG新能源。");

        Assert.Equal(["北汽新能源", "大众汽车（中国）投资有限公司", "LG新能源"], mentions.Select(m => m.AsWritten));
        Assert.All(mentions.Zip(mentions.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Theory]
    [InlineData("他每天走过长安街。")]
    [InlineData("早餐是一碗小米粥。")]
    [InlineData("夜空中的北极星很亮。")]
    [InlineData("途中车辆很多，其中车企的展台最热闹。")]
    [InlineData("他在Oxford读书，喜欢Fordham的校园。")]
    public void A_name_inside_a_longer_word_does_not_fire(string text) => Assert.Empty(Tag(text));

    [Fact]
    public void Counts_a_name_with_a_company_tail_in_one_word()
    {
        Assert.Equal(["华为", "苹果"], Groups("华为公司和苹果公司都发布了财报。"));
    }

    [Theory]
    [InlineData("TESLA 的销量上涨。", "特斯拉")]
    [InlineData("Xpeng and XPENG are the same.", "小鹏")]
    [InlineData("SK On 将在美国建厂。", "SK")]
    [InlineData("三星SDI与LG新能源都在扩产。", "三星")]
    public void Matches_latin_names_in_their_accepted_spellings(string text, string group) => Assert.Contains(group, Groups(text));

    [Theory]
    [InlineData("I ate an apple and drove a tesla.")]
    [InlineData("Hi, 大家好。")]
    [InlineData("Lg 和 sk 都不是这样写的。")]
    public void Rejects_latin_names_in_other_spellings(string text) => Assert.Empty(Tag(text));

    [Theory]
    [InlineData("理想汽车发布了新车。", true)]
    [InlineData("理想L9交付破万。", true)]
    [InlineData("这是一个理想的选择，但结果并不理想。", false)]
    [InlineData("长安汽车的销量上涨。", true)]
    [InlineData("他梦回长安，写下诗句。", false)]
    [InlineData("小米发布了新手机。", true)]
    [InlineData("小米 SU7 开始交付。", true)]
    [InlineData("地里种着小米和高粱。", false)]
    [InlineData("德国大众在华销量下滑。", true)]
    [InlineData("这款产品面向社会大众。", false)]
    [InlineData("苹果宣布与比亚迪合作。", true)]
    [InlineData("我吃了一个苹果。", false)]
    [InlineData("东风汽车与华为签约。", true)]
    [InlineData("一阵东风吹过田野。", false)]
    [InlineData("零跑C11上市。", true)]
    [InlineData("百公里加速从零跑到一百只要三秒。", false)]
    [InlineData("极星汽车公布了财报。", true)]
    [InlineData("高德地图上线新功能。", true)]
    [InlineData("高德纳写了一本书。", false)]
    [InlineData("中车长客与高校合作。", true)]
    [InlineData("中车与比亚迪都在其列。", true)]
    [InlineData("一家基金领投地平线C轮融资。", true)]
    [InlineData("这家基金宣布向地平线投资约24亿欧元。", true)]
    [InlineData("飞机飞向地平线的尽头。", false)]
    [InlineData("吸引投资大众的目光。", false)]
    [InlineData("Great Wall 宣布在泰国建厂。", true)]
    [InlineData("游客登上 Great Wall 拍照。", false)]
    [InlineData("合众宣布完成新一轮融资。", true)]
    [InlineData("美利坚合众国的总统。", false)]
    [InlineData("尼古拉宣布召回部分氢燃料卡车。", true)]
    [InlineData("发明家尼古拉出生于1856年。", false)]
    [InlineData("米其林与蔚来合作开发轮胎。", true)]
    [InlineData("这家餐厅获得了米其林的两颗星。", false)]
    [InlineData("萤火虫宣布首款车型上市。", true)]
    [InlineData("夏夜的草丛里飞着萤火虫。", false)]
    [InlineData("天空太蓝了。", false)]
    [InlineData("海边的曙光很美。", false)]
    [InlineData("苹果选择中国制造商天马为该设备供应面板。", true)]
    public void Decides_an_everyday_word_by_its_context(string text, bool isCompany) =>
        Assert.Equal(isCompany, Tag(text).Count > 0);

    [Theory]
    [InlineData("1 月 9 日，B 站宣布发行新股。", "哔哩哔哩", "B 站")]
    [InlineData("360 集团创始人回应争议。", "奇虎360", "360 集团")]
    [InlineData("LG 新能源将为通用供应电池。", "LG", "LG 新能源")]
    public void Finds_a_name_written_with_a_space_where_latin_meets_chinese(string text, string group, string asWritten)
    {
        var mention = Assert.Single(Tag(text), m => m.Group == group);
        Assert.Equal(asWritten, mention.AsWritten);
    }

    [Theory]
    [InlineData("电动化浪潮席卷全球车市。")]
    [InlineData("（来源：新智元）")]
    [InlineData("芬兰城市经理尤卡-佩卡·乌朱拉表示满意。")]
    public void Words_that_hold_a_catalog_name_or_sound_like_one_tag_nothing(string text) =>
        Assert.Empty(Tag(text));

    [Fact]
    public void A_name_with_no_everyday_meaning_needs_no_context()
    {
        Assert.Equal(["蔚来"], Groups("蔚来今天表示，销量创新高。"));
    }

    [Fact]
    public void An_everyday_word_counts_when_the_article_names_the_company_plainly()
    {
        Assert.Equal(["理想", "理想"], Groups("理想汽车三月交付三万辆。业内认为理想的增长来自增程车型。"));
        Assert.Empty(Groups("业内认为理想的增长来自增程车型。"));
    }

    [Fact]
    public void A_brand_backs_its_group_but_a_group_does_not_back_an_everyday_brand_name()
    {
        Assert.Equal(["长安", "长安"], Groups("阿维塔发布新车。长安的销量也在上涨。"));
        Assert.Equal(["吉利"], Groups("吉利的新车支持远程升级。"));
    }

    [Theory]
    [InlineData("联想方面表示，新品将在下月发布。", "联想")]
    [InlineData("小米此前公布了工厂的进度。", "小米")]
    [InlineData("荣耀 MagicOS 9.0 开始推送。", "荣耀")]
    [InlineData("苹果 iPhone 17 系列曝光。", "苹果")]
    public void An_everyday_word_counts_as_the_subject_of_company_news(string text, string group) =>
        Assert.Equal([group], Groups(text));

    [Theory]
    [InlineData("何小鹏表示，销量将继续增长。")]
    [InlineData("李长安是这家店的老板。")]
    public void A_name_inside_a_persons_name_does_not_fire(string text) => Assert.Empty(Tag(text));

    [Fact]
    public void A_degree_word_keeps_the_everyday_meaning_even_when_the_company_is_named()
    {
        var mentions = Tag("理想汽车三月交付三万辆，但利润并不理想。");

        Assert.Equal(["理想汽车"], mentions.Select(m => m.AsWritten));
    }

    [Fact]
    public void An_everyday_word_counts_in_a_list_of_companies()
    {
        Assert.Equal(["蔚来", "小鹏", "理想"], Groups("蔚来、小鹏和理想都在降价。"));
    }

    [Fact]
    public void An_everyday_latin_name_counts_only_with_its_group_written_beside_it()
    {
        // 华为 HI is the listed 华为HI written with a space between the scripts.
        Assert.Equal(["华为 HI"], Tag("该车搭载华为 HI 全栈方案。").Select(m => m.AsWritten));
        Assert.Equal(["华为"], Groups("该车搭载华为 HI 全栈方案。"));
        Assert.Empty(Groups("HI 全栈方案即将发布。"));
    }

    [Theory]
    [InlineData("重庆长安汽车股份有限公司（以下简称“渝企”）今日公告。渝企表示，", "渝企")]
    [InlineData("重庆长安汽车股份有限公司（下称渝企）今日公告。渝企表示，", "渝企")]
    [InlineData("重庆长安汽车股份有限公司(以下简称\"CCA\")今日公告。CCA表示，", "CCA")]
    [InlineData("重庆长安汽车股份有限公司，以下简称“渝企”或“CCA”，今日公告。CCA表示，", "CCA")]
    public void An_alias_the_article_declares_holds_within_it(string text, string alias)
    {
        var mentions = Tag(text);

        Assert.Equal(2, mentions.Count(m => m.AsWritten == alias && m.Name == "长安"));
        Assert.Empty(Tag(alias + "表示，"));
    }

    [Fact]
    public void A_generic_declared_name_does_not_stand_for_the_company()
    {
        var mentions = Tag("华为技术有限公司（以下简称“公司”）与合资公司签署协议。公司表示，");

        Assert.Equal(["华为技术有限公司"], mentions.Select(m => m.AsWritten));
    }

    [Fact]
    public void A_declared_short_name_that_is_an_everyday_word_counts_after_its_declaration()
    {
        var mentions = Tag("重庆长安汽车股份有限公司（以下简称“长安”）发布公告。长安表示将加大投入。");

        Assert.Equal(["重庆长安汽车股份有限公司", "长安", "长安"], mentions.Select(m => m.AsWritten));
    }

    [Fact]
    public void A_declaration_for_a_company_outside_the_catalog_names_nobody()
    {
        Assert.Empty(Tag("某某新材料科技有限公司（以下简称“某某新材”）今日公告。某某新材表示，"));
    }

    [Fact]
    public void Tags_the_same_way_from_many_threads()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"第{i}条：理想汽车与华为、宁德时代合作，苹果宣布新品，长安街上人很多。").ToList();
        var expected = texts.Select(Tag).ToList();

        var parallel = new IReadOnlyList<CompanyMention>[texts.Count];
        Parallel.For(0, texts.Count, i => parallel[i] = Tag(texts[i]));

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(expected[i], parallel[i]);
        }
    }

    [Fact]
    public void An_empty_text_names_no_company() => Assert.Empty(Tag(""));
}
