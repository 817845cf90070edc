using NewsHub.Web.Timelines;

namespace NewsHub.Web.Tests.Timelines;

public class QueryValuesTests
{
    [Theory]
    [InlineData(PartnershipStage.Talks, "talks")]
    [InlineData(PartnershipStage.Agreement, "agreement")]
    [InlineData(PartnershipStage.JointVenture, "joint-venture")]
    [InlineData(PartnershipStage.Investment, "investment")]
    [InlineData(PartnershipStage.Supply, "supply")]
    public void Each_stage_has_one_query_code_that_reads_back(PartnershipStage stage, string code)
    {
        Assert.Equal(code, QueryValues.Key(stage));
        Assert.True(QueryValues.TryParseStage(code, out var parsed));
        Assert.Equal(stage, parsed);
    }

    [Theory]
    [InlineData("JointVenture")]
    [InlineData("jointventure")]
    [InlineData("joint_venture")]
    [InlineData(" Joint-Venture ")]
    public void A_stage_is_read_in_the_spellings_people_and_programs_use(string text)
    {
        Assert.True(QueryValues.TryParseStage(text, out var stage));
        Assert.Equal(PartnershipStage.JointVenture, stage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("2")]
    [InlineData("venture")]
    [InlineData("合资")]
    public void A_stage_that_is_not_a_code_is_refused(string? text) => Assert.False(QueryValues.TryParseStage(text, out _));

    [Fact]
    public void Every_role_a_reader_filters_by_reads_back_from_its_code()
    {
        foreach (var role in QueryValues.Roles)
        {
            Assert.True(QueryValues.TryParseRole(QueryValues.Key(role), out var parsed));
            Assert.Equal(role, parsed);
        }

        Assert.True(QueryValues.TryParseRole("Carmaker", out var carmaker));
        Assert.Equal(CompanyRole.Carmaker, carmaker);
        Assert.False(QueryValues.TryParseRole("0", out _));
        Assert.False(QueryValues.TryParseRole("车企", out _));
    }

    [Fact]
    public void Stages_are_listed_once_each_in_the_order_a_partnership_goes_through_them()
    {
        Assert.Equal(
            [PartnershipStage.Talks, PartnershipStage.Agreement, PartnershipStage.Supply, PartnershipStage.Investment, PartnershipStage.JointVenture],
            QueryValues.Stages);
        Assert.Equal(Enum.GetValues<PartnershipStage>().Order(), QueryValues.Stages.Order());
    }

    [Theory]
    [InlineData("华为\0", "华为 ")]
    [InlineData("北汽\t华为\n", "北汽 华为 ")]
    [InlineData("\u0085\u007F", "  ")]
    public void Control_characters_become_spaces(string text, string expected)
    {
        Assert.True(QueryValues.HasControlCharacters(text));
        Assert.Equal(expected, QueryValues.WithoutControlCharacters(text));
    }

    [Fact]
    public void Text_without_control_characters_is_returned_as_it_is()
    {
        const string text = "比亚迪 与 Momenta\u3000合作";

        Assert.False(QueryValues.HasControlCharacters(text));
        Assert.False(QueryValues.HasControlCharacters(null));
        Assert.Same(text, QueryValues.WithoutControlCharacters(text));
    }
}
