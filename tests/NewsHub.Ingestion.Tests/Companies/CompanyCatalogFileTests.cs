using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Companies;

namespace NewsHub.Ingestion.Tests.Companies;

public sealed class CompanyCatalogFileTests
{
    private static CompanyCatalog Parse(string yaml) => CompanyCatalogFile.Parse(new StringReader(yaml), "test.yaml");

    [Fact]
    public void The_shipped_catalog_lists_at_least_700_companies_in_every_role()
    {
        var catalog = CompanyCatalogFile.Default;

        Assert.True(catalog.Companies.Count >= 700, $"only {catalog.Companies.Count} companies");
        Assert.All(Enum.GetValues<CompanyRole>(), role => Assert.Contains(catalog.Companies, c => c.Role == role && c.Parent is null));
    }

    [Theory]
    [InlineData("沃尔沃", "吉利")]
    [InlineData("极星", "吉利")]
    [InlineData("奥迪", "大众")]
    [InlineData("保时捷", "大众")]
    [InlineData("高德", "阿里巴巴")]
    [InlineData("火山引擎", "字节跳动")]
    [InlineData("北汽蓝谷", "北汽")]
    [InlineData("上汽通用五菱", "上汽")]
    [InlineData("鸿蒙智行", "华为")]
    [InlineData("Cruise", "通用")]
    [InlineData("萝卜快跑", "百度")]
    [InlineData("Zoox", "亚马逊")]
    [InlineData("捷尼赛思", "现代")]
    [InlineData("广汽丰田", "广汽")]
    [InlineData("华晨宝马", "宝马")]
    [InlineData("大众安徽", "大众")]
    [InlineData("曼恩", "大众")]
    [InlineData("支付宝", "蚂蚁集团")]
    [InlineData("DeepMind", "谷歌")]
    [InlineData("库卡", "美的集团")]
    [InlineData("延锋", "上汽")]
    [InlineData("海拉", "佛瑞亚")]
    [InlineData("LG新能源", "LG")]
    public void The_shipped_catalog_folds_brands_into_their_group(string brand, string group)
    {
        var catalog = CompanyCatalogFile.Default;

        Assert.Equal(group, catalog.GroupOf(catalog.Find(brand)!).Name);
    }

    [Theory]
    [InlineData("起亚", CompanyRole.Carmaker)]
    [InlineData("Waymo", CompanyRole.Mobility)]
    [InlineData("广汽三菱", CompanyRole.Carmaker)]
    [InlineData("蚂蚁集团", CompanyRole.Tech)]
    [InlineData("宝腾", CompanyRole.Carmaker)]
    [InlineData("Mobileye", CompanyRole.Parts)]
    [InlineData("蔚来资本", CompanyRole.Other)]
    public void The_shipped_catalog_keeps_separately_held_companies_and_uncontrolled_joint_ventures_as_groups(string name, CompanyRole role)
    {
        var company = CompanyCatalogFile.Default.Find(name)!;

        Assert.Null(company.Parent);
        Assert.Equal(role, company.Role);
    }

    [Theory]
    [InlineData("滴滴", CompanyRole.Mobility)]
    [InlineData("Uber", CompanyRole.Mobility)]
    [InlineData("小马智行", CompanyRole.Mobility)]
    [InlineData("文远知行", CompanyRole.Mobility)]
    [InlineData("图森未来", CompanyRole.Mobility)]
    [InlineData("Momenta", CompanyRole.Parts)]
    [InlineData("地平线", CompanyRole.Parts)]
    [InlineData("富士康", CompanyRole.Tech)]
    [InlineData("谷歌", CompanyRole.Tech)]
    [InlineData("百度", CompanyRole.Tech)]
    public void The_shipped_catalog_tells_fleet_runners_from_driver_assistance_suppliers_and_tech_companies(string group, CompanyRole role)
    {
        Assert.Equal(role, CompanyCatalogFile.Default.Find(group)!.Role);
    }

    [Fact]
    public void Reads_the_mobility_role_in_any_case()
    {
        var catalog = Parse("companies:\n  - name: 甲出行\n    role: mobility\n  - name: 乙智驾\n    role: Mobility\n");

        Assert.All(catalog.Companies, c => Assert.Equal(CompanyRole.Mobility, c.Role));
    }

    [Fact]
    public void Reads_every_name_and_marks_the_ambiguous_ones()
    {
        var catalog = Parse("""
            companies:
              - name: 长安
                role: carmaker
                english: [Changan]
                aliases: [长安汽车]
                ambiguous: [长安]
              - name: 深蓝汽车
                parent: 长安
            """);

        var changan = catalog.Find("长安")!;
        Assert.Equal([new CatalogAlias("长安", true), new CatalogAlias("Changan", false), new CatalogAlias("长安汽车", false)], changan.Aliases);
        Assert.Equal(["Changan"], changan.EnglishNames);
        Assert.Equal(CompanyRole.Carmaker, catalog.Find("深蓝汽车")!.Role);
        Assert.Same(changan, catalog.GroupOf(catalog.Find("深蓝汽车")!));
    }

    [Theory]
    [InlineData("companies:\n  - name: A\n    role: tech\n  - name: B\n    role: tech\n    aliases: [a]\n", "alias \"a\" of \"B\" already stands for \"A\"")]
    [InlineData("companies:\n  - name: A\n    parent: Z\n", "names parent \"Z\", which is not in the catalog")]
    [InlineData("companies:\n  - name: A\n    parent: B\n  - name: B\n    parent: A\n", "is its own ancestor")]
    [InlineData("companies:\n  - name: A\n", "is a group (no parent) and needs a role")]
    [InlineData("companies:\n  - name: A\n    role: bank\n", "has role \"bank\"")]
    [InlineData("companies:\n  - name: A\n    role: bank\n", "use one of carmaker, battery, parts, mobility, tech, other")]
    [InlineData("companies:\n  - name: A\n    role: tech\n    ambiguous: [B]\n", "marks \"B\" ambiguous, but that is not one of its names")]
    [InlineData("companies:\n  - name: A\n    role: tech\n  - name: A\n    role: tech\n", "company \"A\" is listed twice")]
    [InlineData("companies:\n  - name: A\n    role: tech\n    alias: [B]\n", "line 4")]
    [InlineData("companies: []\n", "no companies listed")]
    public void Rejects_a_catalog_that_breaks_a_rule_and_says_which(string yaml, string problem)
    {
        var error = Assert.Throws<CatalogValidationException>(() => Parse(yaml));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loads_an_edited_copy_from_a_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "companies:\n  - name: 测试汽车\n    role: carmaker\n");
        try
        {
            Assert.Equal("测试汽车", Assert.Single(CompanyCatalogFile.Load(path).Companies).Name);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
