using NewsHub.Data;
using NewsHub.Data.Entities;
using static NewsHub.IntegrationTests.Pages.PartnershipData;

namespace NewsHub.IntegrationTests.Pages;

/// <summary>
/// A small, fixed world of partnerships for page and browser tests: 北汽 (with its brand 极狐) and 华为
/// across several years, 吉利/极氪 with 百度, 宁德时代 supplying 理想, a hostile article title and
/// evidence, and an event whose only article has gone missing.
/// </summary>
public sealed class TimelineSeed
{
    public const string HostileTitle = "北汽<script>alert('title')</script>与华为";

    public Article BaicHuawei2021 { get; private set; } = null!;

    public Article ArcfoxHuawei2019 { get; private set; } = null!;

    public Article GeelyBaidu { get; private set; } = null!;

    public Article Hostile { get; private set; } = null!;

    public Article Missing { get; private set; } = null!;

    public PendingEvent BaicHuaweiAgreement { get; private set; } = null!;

    public PendingEvent ArcfoxHuaweiSupply { get; private set; } = null!;

    public PendingEvent GeelyBaiduJointVenture { get; private set; } = null!;

    public PendingEvent CatlLiAutoSupply { get; private set; } = null!;

    public PendingEvent HostileEvent { get; private set; } = null!;

    public PendingEvent MissingEvent { get; private set; } = null!;

    public static async Task<TimelineSeed> WriteAsync(NewsHubDbContext db)
    {
        var seed = new TimelineSeed();
        var data = new PartnershipData(db);
        var baic = data.Group("北汽", CompanyRole.Carmaker, "BAIC", "北京汽车", "北汽集团");
        var arcfox = data.Brand("极狐", baic, "ARCFOX");
        var huawei = data.Group("华为", CompanyRole.Tech, "Huawei", "华为技术");
        var geely = data.Group("吉利", CompanyRole.Carmaker, "Geely", "吉利汽车");
        var zeekr = data.Brand("极氪", geely);
        var baidu = data.Group("百度", CompanyRole.Tech, "Baidu");
        data.Group("宁德时代", CompanyRole.Battery, "CATL");
        data.Group("理想", CompanyRole.Carmaker, "Li Auto", "理想汽车");
        _ = zeekr;
        _ = arcfox;
        _ = huawei;

        seed.BaicHuawei2021 = data.Article(
            "北汽与华为签署全面合作协议",
            Beijing(2021, 9, 28),
            "2021年9月28日，北汽集团与华为在北京签署全面战略合作协议。",
            "双方将在智能网联汽车领域深化合作，北京汽车表示这是转型的重要一步。");
        seed.BaicHuaweiAgreement = data.Mention(seed.BaicHuawei2021, "北汽集团", "华为", "签署", PartnershipStage.Agreement, Day(2021, 9, 28));
        data.Tag(seed.BaicHuawei2021, "北京汽车", baic);

        var followUp = data.Article("极狐与华为合作的车型上市", Beijing(2021, 10, 8), "此前北汽集团与华为签署了合作协议，首款车型已经上市。");
        data.Mention(followUp, "北汽集团", "华为", "签署", PartnershipStage.Agreement, Day(2021, 9, 28), seed.BaicHuaweiAgreement);

        seed.ArcfoxHuawei2019 = data.Article(
            "极狐将搭载华为智能驾驶方案",
            Beijing(2019, 4, 16),
            "据悉，极狐将在新车型上搭载华为的智能驾驶系统。",
            "该车型预计年内发布。");
        seed.ArcfoxHuaweiSupply = data.Mention(seed.ArcfoxHuawei2019, "极狐", "华为", "搭载", PartnershipStage.Supply, Month(2019, 4), planned: true);

        seed.GeelyBaidu = data.Article(
            "吉利与百度成立合资公司",
            Beijing(2021, 3, 2),
            "3月2日，吉利汽车与百度宣布成立合资公司，极氪团队也参与其中。");
        seed.GeelyBaiduJointVenture = data.Mention(seed.GeelyBaidu, "吉利汽车", "百度", "合资", PartnershipStage.JointVenture, MonthDay(3, 2));

        var catl = data.Article("宁德时代为理想供应电池", Beijing(2020, 6, 10), "宁德时代将向理想汽车供应动力电池。");
        seed.CatlLiAutoSupply = data.Mention(catl, "宁德时代", "理想汽车", "供应", PartnershipStage.Supply, Month(2020, 6));

        seed.Hostile = data.Article(
            HostileTitle,
            Beijing(2018, 5, 20),
            "北汽与华为<script>alert('evidence')</script>签署协议。");
        seed.HostileEvent = data.Mention(seed.Hostile, "北汽", "华为", "签署", PartnershipStage.Agreement, Day(2018, 5, 20));

        seed.Missing = data.Article("一篇已经删除的文章", Beijing(2017, 1, 5), "百度与华为签署合作协议。");
        seed.Missing.Status = ArticleStatus.Missing;
        seed.MissingEvent = data.Mention(seed.Missing, "百度", "华为", "签署", PartnershipStage.Agreement, Day(2017, 1, 5));

        await data.SaveAsync();
        return seed;
    }
}
