using NewsHub.Ingestion.Companies;

namespace NewsHub.Ingestion.Tests.Companies;

/// <summary>
/// A catalog name that is also an everyday word (理想, 大众, 长城, 地平线, 东风 …) counts where the sentence
/// puts it in a company's place, and only there. Invented sentences, on the shipped catalog.
/// </summary>
public sealed class CompanyPositionTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private List<string> Groups(string text) => fixture.Tagger.Tag(text).Where(m => !m.Discovered).Select(m => m.Group).ToList();

    [Theory]
    [InlineData("地平线获得新一轮融资。", "地平线")]
    [InlineData("长城领投了这家芯片初创公司。", "长城")]
    [InlineData("今年一月，大众领投了该公司的B轮融资。", "大众")]
    [InlineData("零跑在其新车上搭载了激光雷达。", "零跑")]
    [InlineData("小米在其手机上首发了这项技术。", "小米")]
    [InlineData("自从滴滴退市后，股价一直低迷。", "滴滴")]
    [InlineData("知名苹果分析师发布了最新报告。", "苹果")]
    [InlineData("同一天，地平线也发布了新一代芯片。", "地平线")]
    [InlineData("据悉，长城已经宣布降价。", "长城")]
    [InlineData("10月24日，地平线在港交所挂牌上市。", "地平线")]
    [InlineData("今年，江淮在巴西建厂。", "江淮")]
    public void Counts_the_subject_of_what_companies_do(string text, string group) => Assert.Equal([group], Groups(text));

    [Theory]
    [InlineData("宁德时代宣布与理想合作。", "理想")]
    [InlineData("博世为大众配套制动系统。", "大众")]
    [InlineData("宁德时代将向长城供货。", "长城")]
    [InlineData("该基金宣布对东风增资。", "东风")]
    [InlineData("一家产业资本战略投资零跑。", "零跑")]
    [InlineData("多家机构将与江淮共建工厂。", "江淮")]
    public void Counts_the_other_side_of_a_deal(string text, string group) => Assert.Contains(group, Groups(text));

    [Theory]
    [InlineData("江淮的合肥工厂已经投产。", "江淮")]
    [InlineData("地平线的芯片已经量产。", "地平线")]
    [InlineData("市场担心东风的销量下滑。", "东风")]
    [InlineData("外界关注苹果的 iPhone 何时更新。", "苹果")]
    public void Counts_the_owner_of_what_companies_own(string text, string group) => Assert.Equal([group], Groups(text));

    [Fact]
    public void Counts_catalog_names_enumerated_together()
    {
        Assert.Equal(["东风", "长城", "江淮"], Groups("东风、长城、江淮纷纷降价。"));
        Assert.Equal(["大众", "理想"], Groups("本月大众、理想都调整了售价。"));
    }

    [Theory]
    [InlineData("纯电车型卖得不错，理想则在增程车型上发力。", "理想")]
    [InlineData("裁员人数约占当地员工的一成，大众则在考虑关闭工厂。", "大众")]
    public void Counts_a_clause_subject_set_against_another(string text, string group) => Assert.Equal([group], Groups(text));

    [Fact]
    public void Finds_a_name_jieba_glued_to_the_next_words_first_character()
    {
        Assert.Equal(["博世", "宝马"], Groups("博世获得宝马新一代车型的订单。"));
        Assert.Empty(Groups("他每天走过长安街上。"));
    }

    [Theory]
    [InlineData("理想的状态是持续改进。")]
    [InlineData("大众消费品需求回暖。")]
    [InlineData("游客在长城脚下合影。")]
    [InlineData("太阳从地平线上升起。")]
    [InlineData("这是一款理想的车型。")]
    [InlineData("志愿者为大众提供服务。")]
    [InlineData("我们愿与大众分享喜悦。")]
    [InlineData("欧洲大陆的芯片产能不足。")]
    [InlineData("苹果在中国大陆的工厂很多。")]
    [InlineData("他希望能够远程完成工作。")]
    [InlineData("长城、黄河都是民族的象征。")]
    [InlineData("现实很骨感，理想则是另一回事。")]
    [InlineData("他相信理想也将实现。")]
    [InlineData("那份理想在心中燃烧。")]
    public void Leaves_the_everyday_word_alone(string text) =>
        Assert.DoesNotContain(Groups(text), g => g is "理想" or "大众" or "长城" or "地平线" or "大陆集团" or "吉利");
}
