using NewsHub.Web.Pages.Companies;
using NewsHub.Web.Timelines;
using static NewsHub.Web.Pages.Companies.PartnerLanes;

namespace NewsHub.Web.Tests.Pages;

/// <summary>A company page's partner lanes, built from per-(partner, year, stage) counts as the page's query gives them.</summary>
public class PartnerLanesTests
{
    private static readonly CompanyGroup Huawei = new(1, "华为", ["Huawei"], CompanyRole.Tech);
    private static readonly CompanyGroup Catl = new(2, "宁德时代", ["CATL"], CompanyRole.Battery);
    private static readonly CompanyGroup Baidu = new(3, "百度", ["Baidu"], CompanyRole.Tech);

    [Fact]
    public void Years_run_from_the_first_event_to_the_last_with_the_gaps_and_undated_events_get_a_column_of_their_own()
    {
        var lanes = Build([new Cell(Huawei, 2019, PartnershipStage.Talks, 1), new Cell(Catl, 2022, PartnershipStage.Supply, 2), new Cell(Baidu, null, PartnershipStage.Agreement, 1)]);

        Assert.Equal([2019, 2020, 2021, 2022], lanes.Years);
        Assert.True(lanes.HasUndated);
        Assert.Equal([new YearCount(2022, 2), new YearCount(2019, 1), new YearCount(null, 1)], lanes.PerYear);
        Assert.Equal((2, 4), (lanes.MaxPerYear, lanes.TotalEvents));
    }

    [Fact]
    public void The_partner_with_most_events_comes_first_and_equal_ones_by_name()
    {
        var lanes = Build([
            new Cell(Baidu, 2020, PartnershipStage.Talks, 1),
            new Cell(Huawei, 2020, PartnershipStage.Talks, 1),
            new Cell(Catl, 2020, PartnershipStage.Supply, 1),
            new Cell(Catl, 2021, PartnershipStage.Supply, 1),
        ]);

        Assert.Equal(["宁德时代", "华为", "百度"], lanes.Lanes.Select(l => l.Partner.Name));
        Assert.Equal([2, 1, 1], lanes.Lanes.Select(l => l.Total));
    }

    [Fact]
    public void A_cell_is_coloured_by_the_furthest_stage_and_lists_its_stages_in_the_order_a_partnership_goes()
    {
        var lanes = Build([
            new Cell(Huawei, 2021, PartnershipStage.JointVenture, 1),
            new Cell(Huawei, 2021, PartnershipStage.Talks, 2),
            new Cell(Huawei, 2021, PartnershipStage.Supply, 1),
            new Cell(Huawei, null, PartnershipStage.Agreement, 1),
        ]);

        var lane = Assert.Single(lanes.Lanes);
        var cell = lane.In(2021)!;
        Assert.Equal((4, PartnershipStage.JointVenture), (cell.Count, cell.Furthest));
        Assert.Equal([(PartnershipStage.Talks, 2), (PartnershipStage.Supply, 1), (PartnershipStage.JointVenture, 1)], cell.Stages);
        Assert.Equal(PartnershipStage.Agreement, lane.In(null)!.Furthest);
        Assert.Null(lane.In(2020));
    }

    [Fact]
    public void No_events_make_no_years_and_no_lanes()
    {
        var lanes = Build([]);

        Assert.Empty(lanes.Years);
        Assert.Empty(lanes.Lanes);
        Assert.False(lanes.HasUndated);
        Assert.Equal((0, 0), (lanes.MaxPerYear, lanes.TotalEvents));
    }
}
